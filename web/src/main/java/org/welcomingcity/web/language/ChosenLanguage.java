package org.welcomingcity.web.language;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Cookie;
import java.util.Locale;

/**
 * The locale of every new view: the language chosen on the switch (the cookie), else Faces' own
 * choice among the supported locales from the browser's Accept-Language. A client that sends no
 * Accept-Language gets the default, whatever the server's own locale is.
 */
public class ChosenLanguage extends ViewHandlerWrapper {

    public ChosenLanguage(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        ExternalContext external = context.getExternalContext();
        String chosen = external.getRequestCookieMap().get(LanguageCookie.NAME) instanceof Cookie cookie
                ? cookie.getValue() : null;
        return Language.choose(chosen, () -> external.getRequestHeaderMap().get("Accept-Language") == null
                ? context.getApplication().getDefaultLocale() : super.calculateLocale(context)).locale();
    }
}
