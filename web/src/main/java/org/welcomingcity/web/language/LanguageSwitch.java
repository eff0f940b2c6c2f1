package org.welcomingcity.web.language;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/** The languages the layout's switch offers, in this order. */
@Named
@ApplicationScoped
public class LanguageSwitch {

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }
}
