package org.welcomingcity.web.guard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Refuses a state-changing request that a browser made from another site (CSRF), before any
 * page or resource sees it. Faces forms are also bound to their session by the view state, and
 * the API authenticates with HTTP Basic only; this closes the gap of Basic credentials a
 * browser remembers and sends on its own. Pages answer as refused pages do; the API with JSON.
 */
public class CrossSiteRequestFilter extends HttpFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final String REFUSED_JSON =
            "{\"status\":403,\"message\":\"Requests made from another site are refused.\"}";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod()) || !RequestOrigin.fromAnotherSite(
                request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"), request.getHeader("Host"))) {
            chain.doFilter(request, response);
        } else if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(REFUSED_JSON);
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
