package org.welcomingcity.web.request;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.welcomingcity.request.boundary.StoredFile;
import org.welcomingcity.web.api.Problem;

/** Files over HTTP: read with a ceiling, so an oversize upload is refused without being held; sent as downloads. */
final class Uploads {

    /** 413 has no constant in every JAX-RS version we meet. */
    static final int TOO_LARGE = 413;

    private Uploads() {
    }

    static byte[] read(InputStream body, long maxBytes) {
        try (body) {
            byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (content.length > maxBytes) {
                throw new WebApplicationException(Problem.response(TOO_LARGE, "file: larger than the limit of "
                        + String.format("%,d", maxBytes) + " bytes; nothing was stored"));
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException("The upload broke off", e);
        }
    }

    static Response download(StoredFile file) {
        String safeName = file.fileName().replaceAll("[^A-Za-z0-9._ -]", "_");
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + safeName + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

}
