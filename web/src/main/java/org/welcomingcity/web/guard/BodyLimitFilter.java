package org.welcomingcity.web.guard;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.welcomingcity.documents.control.DocumentAcceptance;

/**
 * Bounds every request body before anything reads it into memory. A body whose Content-Length is
 * over the limit is refused with 413 and a plain message, unread; a body without one (chunked) is
 * cut off at the limit by {@link BoundedRequest}, whose refusal is the same 413. Scanned documents
 * (the attachment endpoint and the intake page's multipart form) may be as large as
 * {@code welcoming.attachments.max-bytes}; every other body, JSON or form, as
 * {@code welcoming.security.max-body-bytes}. Multipart parts the container itself parses are held
 * in memory only up to the servlet's file-size-threshold (web.xml), past which they go to disk.
 */
public class BodyLimitFilter extends HttpFilter {

    static final String MAX_BODY = "welcoming.security.max-body-bytes";
    /** Room for the form fields and part headers around a scanned document. */
    private static final long FORM_AROUND_A_DOCUMENT = 64 * 1024;

    @Inject
    @ConfigProperty(name = MAX_BODY, defaultValue = "1048576")
    long maxBody;

    @Inject
    @ConfigProperty(name = DocumentAcceptance.MAX_BYTES_SETTING)
    long maxDocument;

    @Override
    public void init() throws ServletException {
        if (maxBody < 1024) {
            throw new ServletException(MAX_BODY + "=" + maxBody + " is too small for any request (at least 1024)");
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Limit limit = limitOf(request);
        long declared = request.getContentLengthLong();
        if (declared > limit.bytes()) {
            refuse(request, response, limit.refusal(declared));
            return;
        }
        chain.doFilter(new BoundedRequest(request, limit), response);
    }

    private Limit limitOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String type = String.valueOf(request.getContentType()).toLowerCase(Locale.ROOT);
        boolean document = "POST".equals(request.getMethod())
                && (path.matches("/api/v1/requests/[^/]+/attachments/?") || type.startsWith("multipart/form-data"));
        return document
                ? new Limit(maxDocument + (path.startsWith("/api/") ? 0 : FORM_AROUND_A_DOCUMENT),
                        DocumentAcceptance.MAX_BYTES_SETTING)
                : new Limit(maxBody, MAX_BODY);
    }

    /** Unread: the connection is closed after the answer, so the container does not drain the rest. */
    static void refuse(HttpServletRequest request, HttpServletResponse response, String message) throws IOException {
        response.setStatus(BoundedRequest.TOO_LARGE);
        response.setHeader("Connection", "close");
        response.setCharacterEncoding("UTF-8");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/json");
            response.getWriter().write(Json.createObjectBuilder()
                    .add("status", BoundedRequest.TOO_LARGE).add("message", message).build().toString());
        } else {
            response.setContentType("text/plain");
            response.getWriter().write(message);
        }
    }

    /** The most a body may have, and the setting that says so. */
    record Limit(long bytes, String setting) {

        String refusal(long declared) {
            return "The request body has " + String.format(Locale.ROOT, "%,d", declared) + " bytes, larger than the limit of "
                    + String.format(Locale.ROOT, "%,d", bytes) + " bytes (" + setting + "); nothing was read or stored.";
        }

        String cutOff() {
            return "The request body went on past the limit of " + String.format(Locale.ROOT, "%,d", bytes) + " bytes ("
                    + setting + "); nothing was stored.";
        }
    }
}
