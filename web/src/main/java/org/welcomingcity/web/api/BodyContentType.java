package org.welcomingcity.web.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * A body must say what it is. JAX-RS lets a body without a Content-Type through to any resource
 * method, whatever the method takes; such a body is refused with 415 naming what the method
 * takes. A body in any character set but UTF-8 is refused with 415 too, before a reader meets a
 * charset it may not know. The same words serve {@link HttpErrorMapper} when a body's type is the wrong one.
 */
@Provider
public class BodyContentType implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Consumes consumes = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(Consumes.class);
        if (consumes == null || !request.hasEntity()) {
            return;
        }
        if (request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null) {
            request.abortWith(Problem.response(415, "Content-Type: required; send the body as "
                    + String.join(" or ", consumes.value()) + "."));
            return;
        }
        String charset;
        try {
            charset = request.getMediaType().getParameters().get(MediaType.CHARSET_PARAMETER);
        } catch (IllegalArgumentException malformed) {
            request.abortWith(Problem.response(415, "Content-Type: not understood; send the body as "
                    + String.join(" or ", consumes.value()) + "."));
            return;
        }
        if (charset != null && !charset.equalsIgnoreCase("UTF-8")) {
            request.abortWith(Problem.response(415, "Content-Type: charset '" + charset
                    + "' is not taken; send the body as " + String.join(" or ", consumes.value()) + " in UTF-8."));
        }
    }

    /** The 415 message for a body of the wrong type, from the type sent and the path it went to. */
    static String wrongType(String sent, String path) {
        String expected = path.endsWith("/attachments")
                ? "application/pdf, image/png or image/jpeg (a scanned document)" : "application/json";
        return "Content-Type: " + (sent == null ? "required" : "'" + sent + "' is not taken here")
                + "; send the body as " + expected + ".";
    }
}
