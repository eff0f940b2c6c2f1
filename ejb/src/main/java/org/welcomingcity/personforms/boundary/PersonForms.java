package org.welcomingcity.personforms.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.welcomingcity.identity.entity.Role;
import org.welcomingcity.letters.control.ResponseLetters;
import org.welcomingcity.personforms.control.PersonFormPdf;
import org.welcomingcity.personforms.entity.FormLanguage;
import org.welcomingcity.personforms.entity.FormTexts;
import org.welcomingcity.personforms.entity.PersonForm;

/**
 * The person's forms for everyone who works a request. The forms are the same for every request
 * (the person fills them in by hand), so each is drawn once per language and kept.
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Role.Names.OFFICER, Role.Names.SUPERVISOR, Role.Names.LEGAL, Role.Names.AUDITOR})
public class PersonForms {

    private record Printed(PersonForm form, FormLanguage language) {
    }

    @Inject
    @ConfigProperty(name = ResponseLetters.CITY_SETTING)
    String cityName;

    @Inject
    @ConfigProperty(name = ResponseLetters.DEPARTMENT_SETTING)
    String department;

    private final Map<Printed, byte[]> printed = new ConcurrentHashMap<>();

    /** The form as PDF, in the language. */
    public byte[] pdf(PersonForm form, FormLanguage language) {
        return printed.computeIfAbsent(new Printed(form, language),
                p -> PersonFormPdf.render(p.form(), FormTexts.in(p.language()), cityName, department));
    }

    /** What the officer tells the person while the request has {@code outcome} (a headline outcome). */
    public String tell(FormLanguage language, String outcome) {
        return FormTexts.in(language).text("tell." + outcome);
    }

    /** The language's own name for itself: "Español", "العربية". */
    public String languageName(FormLanguage language) {
        return FormTexts.in(language).text("language.name");
    }

    /** The version of the language's forms, as a consent records it. */
    public String version(FormLanguage language) {
        return FormTexts.in(language).version();
    }
}
