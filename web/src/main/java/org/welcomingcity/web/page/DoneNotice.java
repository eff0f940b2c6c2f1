package org.welcomingcity.web.page;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * What a successful post says on the page it redirects to. The notice travels as a bundle key
 * in the redirect's query ({@code done=…}), not in Faces' flash: the flash is kept in one
 * server's memory behind a cookie encrypted with that server's key, so after a failover the
 * other instance of a cluster cannot read it. Only keys of the {@code done.} family are shown,
 * with no arguments, so a link cannot make a page say anything else.
 */
@Named
@RequestScoped
public class DoneNotice {

    static final String PARAMETER = "done";
    private static final String FAMILY = "done.";

    /** The redirect outcome that shows the notice {@code key} (of the {@code done.} family). */
    public static String redirect(String outcome, String key) {
        if (!key.startsWith(FAMILY)) {
            throw new IllegalArgumentException(key + " is not a notice of the " + FAMILY + " family");
        }
        return outcome + (outcome.contains("?") ? "&" : "?") + PARAMETER + "=" + key;
    }

    /** Adds the notice named in the query to the page's messages, once, on the page's first view. */
    public void show() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        Map<String, String> query = faces.getExternalContext().getRequestParameterMap();
        String key = query.get(PARAMETER);
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        if (key == null || !key.startsWith(FAMILY) || !bundle.containsKey(key)) {
            return;
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, PageText.of(key), null));
    }
}
