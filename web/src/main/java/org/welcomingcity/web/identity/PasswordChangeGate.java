package org.welcomingcity.web.identity;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import org.welcomingcity.audit.boundary.AuditTrail;
import org.welcomingcity.audit.entity.AuditAction;
import org.welcomingcity.audit.entity.AuditDetail;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.web.api.Problem;
import org.welcomingcity.web.security.AccountIdentityStore;

/**
 * An account whose password was set by an administrator may call one thing only: the change
 * of its own password. Anything else gets 403 saying so, not the bare "your role may not".
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class PasswordChangeGate implements ContainerRequestFilter {

    @EJB
    AuditTrail trail;

    @Override
    public void filter(ContainerRequestContext request) {
        SecurityContext security = request.getSecurityContext();
        if (security.getUserPrincipal() == null || !security.isUserInRole(AccountIdentityStore.PASSWORD_CHANGE_DUE)) {
            return;
        }
        String caller = security.getUserPrincipal().getName();
        String ownChange = "v1/accounts/" + caller + "/password";
        String path = request.getUriInfo().getPath().replaceFirst("^/", "");
        if ("POST".equals(request.getMethod()) && ownChange.equals(path)) {
            return;
        }
        trail.recordAlone(caller, AuditAction.ACCESS_DENIED, request.getMethod() + " /api/" + path, AuditOutcome.DENIED,
                AuditDetail.of("reason", "password change due"));
        request.abortWith(Problem.response(Response.Status.FORBIDDEN, "The password of this account was set by an"
                + " administrator and must be changed first: POST {\"currentPassword\": ..., \"newPassword\": ...}"
                + " to /welcoming/api/" + ownChange + ", or sign in on the web."));
    }
}
