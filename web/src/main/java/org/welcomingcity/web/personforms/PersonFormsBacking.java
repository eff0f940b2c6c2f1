package org.welcomingcity.web.personforms;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import org.welcomingcity.personforms.boundary.PersonForms;
import org.welcomingcity.personforms.entity.FormLanguage;
import org.welcomingcity.personforms.entity.PersonForm;

/**
 * The request page's part for the person: the language chosen with {@code ?say=ar} (else the
 * page's own language when the forms have it, else English), the sentence to say in it, and the
 * addresses of the notice and consent form in it.
 */
@Named
@RequestScoped
public class PersonFormsBacking {

    static final String CHOICE = "say";

    @EJB
    PersonForms forms;

    private FormLanguage chosen;

    public FormLanguage getChosen() {
        if (chosen == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            String asked = faces.getExternalContext().getRequestParameterMap().get(CHOICE);
            chosen = FormLanguage.named(asked)
                    .or(() -> FormLanguage.named(faces.getViewRoot().getLocale().getLanguage()))
                    .orElse(FormLanguage.ENGLISH);
        }
        return chosen;
    }

    public List<FormLanguage> getLanguages() {
        return List.of(FormLanguage.values());
    }

    /** The language's own name for itself, as the person would look for it. */
    public String name(FormLanguage language) {
        return forms.languageName(language);
    }

    /** What to say to the person while the request's outcome is {@code outcome}. */
    public String tell(String outcome) {
        return forms.tell(getChosen(), outcome);
    }

    public String getDirection() {
        return getChosen().rightToLeft() ? "rtl" : "ltr";
    }

    public String getNoticeAddress() {
        return PersonFormsServlet.address(PersonForm.NOTICE, getChosen());
    }

    public String getConsentAddress() {
        return PersonFormsServlet.address(PersonForm.CONSENT, getChosen());
    }
}
