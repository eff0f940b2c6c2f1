package org.welcomingcity.web.page;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;

/** Page text from the bundle, so every sentence a person reads can be translated. */
public final class PageText {

    private PageText() {
    }

    public static String of(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        return new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
    }
}
