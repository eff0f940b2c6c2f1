package org.welcomingcity.web.guard;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Keeps one Content-Security-Policy header (PrimeFaces adds the page policy with its nonce;
 * two headers would both be enforced) and never lets code name the server. Behind a trusted TLS
 * proxy it marks the cookies Secure before anything can send the headers.
 */
final class GuardedResponse extends HttpServletResponseWrapper {

    private final boolean secureCookies;

    GuardedResponse(HttpServletResponse response, boolean secureCookies) {
        super(response);
        this.secureCookies = secureCookies;
    }

    private void beforeHeadersGo() {
        if (secureCookies) {
            ForwardedTransport.secureCookies((HttpServletResponse) getResponse());
        }
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        beforeHeadersGo();
        super.sendRedirect(location);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        beforeHeadersGo();
        super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
        beforeHeadersGo();
        super.sendError(status);
    }

    @Override
    public void flushBuffer() throws IOException {
        beforeHeadersGo();
        super.flushBuffer();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        beforeHeadersGo();
        return super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        beforeHeadersGo();
        return super.getWriter();
    }

    @Override
    public void setHeader(String name, String value) {
        if (!discloses(name)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (SecurityHeaders.CONTENT_SECURITY_POLICY.equalsIgnoreCase(name)) {
            super.setHeader(name, value);
        } else if (!discloses(name)) {
            super.addHeader(name, value);
        }
    }

    private static boolean discloses(String name) {
        return "Server".equalsIgnoreCase(name) || "X-Powered-By".equalsIgnoreCase(name);
    }
}
