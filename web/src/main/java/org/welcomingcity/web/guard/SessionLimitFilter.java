package org.welcomingcity.web.guard;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.omnifaces.util.Servlets;
import org.welcomingcity.audit.boundary.AuditTrail;
import org.welcomingcity.audit.entity.AuditAction;
import org.welcomingcity.audit.entity.AuditDetail;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.identity.entity.Account;

/**
 * Ends a signed-in session that was idle too long or is older than the absolute limit, and
 * sends the browser to the log-on page. The container's own timeout is set a minute longer,
 * so this filter decides (and audits) and the container only frees the memory afterwards.
 */
public class SessionLimitFilter extends HttpFilter {

    static final String LOGIN_AFTER_END = "/login.xhtml?session=ended";
    private static final int CONTAINER_MARGIN_SECONDS = 60;

    @Inject
    @ConfigProperty(name = "welcoming.security.session.idle-minutes")
    double idleMinutes;

    @Inject
    @ConfigProperty(name = "welcoming.security.session.max-hours")
    double maxHours;

    @EJB
    AuditTrail trail;

    @Inject
    Clock clock;

    private SessionLimits limits;

    @Override
    public void init() {
        limits = SessionLimits.of(idleMinutes, maxHours);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        String user = request.getRemoteUser();
        if (session == null || user == null) {
            chain.doFilter(request, response);
            return;
        }
        Instant now = clock.instant();
        SessionClock seen = (SessionClock) session.getAttribute(SessionClock.ATTRIBUTE);
        if (seen == null || !seen.user().equals(user)) {
            seen = SessionClock.start(user, now);
            session.setMaxInactiveInterval((int) limits.idle().toSeconds() + CONTAINER_MARGIN_SECONDS);
        }
        SessionLimits.Verdict verdict = limits.judge(seen, now);
        if (verdict == SessionLimits.Verdict.ACTIVE) {
            session.setAttribute(SessionClock.ATTRIBUTE, seen.seen(now));
            chain.doFilter(request, response);
        } else {
            end(request, response, session, verdict);
        }
    }

    private void end(HttpServletRequest request, HttpServletResponse response, HttpSession session,
            SessionLimits.Verdict verdict) throws IOException, ServletException {
        String user = request.getRemoteUser();
        trail.recordAlone(user, AuditAction.SESSION_ENDED, Account.auditTarget(user), AuditOutcome.SUCCESS,
                AuditDetail.of("reason", verdict.name().toLowerCase(Locale.ROOT)));
        request.logout();
        session.invalidate();
        Servlets.facesRedirect(request, response, request.getContextPath() + LOGIN_AFTER_END);
    }
}
