package org.welcomingcity.web.guard;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
            refuse(request, response, limit, declared);
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

    /**
     * Answers before the body is read. An ordinary client sends its whole body before it reads any
     * answer, so the rest of a body up to twice the limit is then taken and thrown away, a buffer at
     * a time, for the client to see the answer; past that the connection is simply closed.
     */
    static void refuse(HttpServletRequest request, HttpServletResponse response, Limit limit, long declared)
            throws IOException {
        String message = limit.refusal(declared);
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        byte[] answer = (api ? Json.createObjectBuilder().add("status", BoundedRequest.TOO_LARGE)
                .add("message", message).build().toString() : message).getBytes(StandardCharsets.UTF_8);
        response.setStatus(BoundedRequest.TOO_LARGE);
        response.setHeader("Connection", "close");
        response.setContentType((api ? "application/json" : "text/plain") + ";charset=UTF-8");
        response.setContentLength(answer.length);
        response.getOutputStream().write(answer);
        response.flushBuffer();
        if (declared <= 2 * limit.bytes()) {
            discard(request.getInputStream(), declared);
        }
    }

    private static void discard(InputStream body, long bytes) {
        byte[] buffer = new byte[8192];
        try {
            for (long left = bytes; left > 0;) {
                int n = body.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    return;
                }
                left -= n;
            }
        } catch (IOException clientGone) {
            // it has the answer, or does not want it
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
