package org.welcomingcity.web.audit;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.welcomingcity.audit.boundary.AuditTrail;
import org.welcomingcity.audit.entity.AuditAction;
import org.welcomingcity.audit.entity.AuditOutcome;

/**
 * Records a page the container refused to a signed-in user. The page itself answers as if
 * it did not exist, so the refusal is known only to the audit trail.
 */
@Named
@RequestScoped
public class DeniedAccessBacking {

    @Inject
    FacesContext faces;

    @EJB
    AuditTrail trail;

    public void record() {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        if (Integer.valueOf(403).equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))) {
            String user = request.getRemoteUser() == null ? "anonymous" : request.getRemoteUser();
            trail.recordAlone(user, AuditAction.ACCESS_DENIED,
                    request.getMethod() + " " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    AuditOutcome.DENIED, null);
            // The status too says "not found": a refusal would confirm that the page exists.
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
