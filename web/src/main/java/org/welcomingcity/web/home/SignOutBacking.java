package org.welcomingcity.web.home;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.welcomingcity.audit.boundary.AuditTrail;
import org.welcomingcity.audit.entity.AuditAction;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.identity.entity.Account;

/** Ends the session completely: the next visitor at a shared desk starts signed out. */
@Named
@RequestScoped
public class SignOutBacking {

    @Inject
    FacesContext faces;

    @EJB
    AuditTrail trail;

    public String signOut() throws ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getRemoteUser() != null) {
            trail.recordAlone(request.getRemoteUser(), AuditAction.LOGOFF, Account.auditTarget(request.getRemoteUser()),
                    AuditOutcome.SUCCESS, null);
        }
        request.logout();
        external.invalidateSession();
        return "/login?faces-redirect=true";
    }
}
