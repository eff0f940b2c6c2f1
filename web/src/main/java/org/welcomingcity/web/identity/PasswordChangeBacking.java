package org.welcomingcity.web.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.welcomingcity.identity.boundary.OwnPassword;
import org.welcomingcity.identity.control.PasswordRefusedException;
import org.welcomingcity.problem.InvalidInputException;
import org.welcomingcity.web.security.AccountIdentityStore;

/**
 * Any signed-in user changes their own password. Afterwards the session ends and the user signs
 * in again with the new password: that proves it works and gives the session its real roles.
 */
@Named
@RequestScoped
public class PasswordChangeBacking {

    @EJB
    OwnPassword ownPassword;

    @Inject
    FacesContext faces;

    private String current;
    private String next;
    private String repeat;

    public String change() throws ServletException {
        if (!next.equals(repeat)) {
            AccountMessages.error(null, "account.password.mismatch");
            return null;
        }
        try {
            ownPassword.change(current, next);
        } catch (PasswordRefusedException e) {
            AccountMessages.refused(null, e);
            return null;
        } catch (InvalidInputException wrongCurrent) {
            AccountMessages.error(null, "account.password.wrongCurrent");
            return null;
        }
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/login?faces-redirect=true&changed=true";
    }

    /** True for an account that may do nothing else until its password is changed. */
    public boolean isDue() {
        return faces.getExternalContext().isUserInRole(AccountIdentityStore.PASSWORD_CHANGE_DUE);
    }

    public String getCurrent() { return current; }
    public void setCurrent(String current) { this.current = current; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
    public String getRepeat() { return repeat; }
    public void setRepeat(String repeat) { this.repeat = repeat; }
}
