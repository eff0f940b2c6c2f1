package org.welcomingcity.web.request;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.omnifaces.util.Faces;

/** A file chosen in a multipart form, as the page's upload fields hand it over. */
final class ChosenFile {

    private ChosenFile() {
    }

    /**
     * The chosen file. Faces hands over no value for an empty file, which must be refused like
     * any other bad file rather than taken for "no file": then the part is read from the request.
     */
    static Part of(Part bound, String clientId) {
        if (bound != null) {
            return bound;
        }
        try {
            return Faces.getRequest().getPart(clientId);
        } catch (IOException | ServletException notMultipart) {
            return null;
        }
    }

    static boolean isMissing(Part part) {
        return part == null || part.getSubmittedFileName() == null || part.getSubmittedFileName().isBlank();
    }

    static byte[] read(Part part) {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The upload broke off", e);
        }
    }
}
