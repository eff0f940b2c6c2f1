package org.welcomingcity.web.ordinance;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;

/** Error messages for the law pages, worded in the bundle so they can be translated. */
final class PageMessages {

    private PageMessages() {
    }

    /** Shows the bundle text {@code key} next to the component {@code clientId} (null: at the top). */
    static void error(String clientId, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        String text = new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
