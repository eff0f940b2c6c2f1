package org.welcomingcity.web.guard;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Keeps one Content-Security-Policy header (PrimeFaces adds the page policy with its nonce;
 * two headers would both be enforced) and never lets code name the server.
 */
final class GuardedResponse extends HttpServletResponseWrapper {

    GuardedResponse(HttpServletResponse response) {
        super(response);
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
