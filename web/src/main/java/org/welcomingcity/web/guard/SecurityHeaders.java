package org.welcomingcity.web.guard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The security headers of every answer: pages, API, static resources and error pages alike. */
public final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

    /**
     * For answers that are not pages (API, resources, error answers): nothing may run, load or
     * frame them. A Faces page replaces it with the page policy (primefaces.CSP_POLICY in
     * web.xml), to which PrimeFaces adds the nonce of its scripts.
     */
    static final String NOTHING_RUNS = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private static final String ONE_YEAR = "max-age=31536000";
    private static final String STATIC_RESOURCES = "/jakarta.faces.resource/";

    private SecurityHeaders() {
    }

    /** {@code overTls}: the request came over TLS, to this server or to a trusted proxy ({@link ForwardedTransport}). */
    public static void apply(HttpServletRequest request, HttpServletResponse response, boolean overTls) {
        response.setHeader(CONTENT_SECURITY_POLICY, NOTHING_RUNS);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY"); // for browsers that ignore frame-ancestors
        response.setHeader("Referrer-Policy", "same-origin");
        if (!request.getRequestURI().contains(STATIC_RESOURCES)) {
            // Case pages, API answers and files never stay in a browser's or a proxy's cache.
            response.setHeader("Cache-Control", "no-store");
        }
        if (overTls) {
            // Only over TLS: a browser ignores it on plain HTTP, and a wrong one locks users out.
            response.setHeader("Strict-Transport-Security", ONE_YEAR);
        }
    }
}
