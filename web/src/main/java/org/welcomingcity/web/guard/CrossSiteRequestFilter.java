package org.welcomingcity.web.guard;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.welcomingcity.audit.boundary.AuditTrail;
import org.welcomingcity.audit.entity.AuditAction;
import org.welcomingcity.audit.entity.AuditDetail;
import org.welcomingcity.audit.entity.AuditOutcome;

/**
 * Refuses a state-changing request that a browser made from another site (CSRF), before any
 * page or resource sees it, and records the attempt. Faces forms are also bound to their
 * session by the view state, and the API authenticates with HTTP Basic only; this closes the
 * gap of Basic credentials a browser remembers and sends on its own.
 * The answer is written here: an error page rendered for a foreign form post would fail.
 */
public class CrossSiteRequestFilter extends HttpFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final String REFUSED = "Requests made from another site are refused.";

    @EJB
    AuditTrail trail;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        String origin = request.getHeader("Origin");
        if (SAFE_METHODS.contains(request.getMethod())
                || !RequestOrigin.fromAnotherSite(fetchSite, origin, request.getHeader("Host"))) {
            chain.doFilter(request, response);
            return;
        }
        record(request, fetchSite, origin);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setCharacterEncoding("UTF-8");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/json");
            response.getWriter().write(Json.createObjectBuilder().add("status", 403).add("message", REFUSED)
                    .build().toString());
        } else {
            response.setContentType("text/plain");
            response.getWriter().write(REFUSED);
        }
    }

    private void record(HttpServletRequest request, String fetchSite, String origin) {
        AuditDetail detail = AuditDetail.empty().and("secFetchSite", fetchSite).and("origin", origin);
        String caller = request.getRemoteUser() == null ? "anonymous" : request.getRemoteUser();
        trail.recordAlone(caller, AuditAction.CROSS_SITE_REFUSED, request.getMethod() + " " + request.getRequestURI(),
                AuditOutcome.DENIED, detail);
    }
}
