package org.welcomingcity.web.identity;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import org.welcomingcity.identity.control.PasswordRefusedException;
import org.welcomingcity.problem.NotPermittedException;
import org.welcomingcity.problem.UseCaseException;

/**
 * Messages of the account pages. Refusals the pages know are worded from the bundle; any other
 * refusal shows the use case's own message, which is written for the user.
 */
final class AccountMessages {

    private AccountMessages() {
    }

    static void refused(String clientId, UseCaseException e) {
        if (e instanceof PasswordRefusedException weak) {
            add(clientId, FacesMessage.SEVERITY_ERROR, text("account.password." + weak.reason(), weak.minLength()));
        } else if (e instanceof NotPermittedException) {
            add(clientId, FacesMessage.SEVERITY_ERROR, text("account.refused.ownAccount"));
        } else {
            add(clientId, FacesMessage.SEVERITY_ERROR, e.getMessage());
        }
    }

    static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }

    private static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        return new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
    }
}
