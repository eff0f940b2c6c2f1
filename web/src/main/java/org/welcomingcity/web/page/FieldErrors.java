package org.welcomingcity.web.page;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.welcomingcity.problem.FieldProblem;
import org.welcomingcity.problem.InvalidInputException;

/**
 * Shows a use case's refusal on the page: each problem at its field (the problem) and in the
 * summary at the top (the field's label and the problem). A problem with no field on the form
 * goes to the summary only.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** The problems by field, in the order given; two problems of one field read as one. */
    static Map<String, String> byField(List<FieldProblem> problems) {
        Map<String, String> faults = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            faults.merge(problem.field() == null ? "" : problem.field(), problem.problem(),
                    (first, next) -> first + "; " + next);
        }
        return faults;
    }

    /** Shows every problem of the refusal at the fields of the form {@code formId}. */
    public static void show(String formId, InvalidInputException refused) {
        show(formId, refused.problems());
    }

    /** Shows every problem at the fields of the form {@code formId}. */
    public static void show(String formId, List<FieldProblem> problems) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        byField(problems).forEach((field, problem) -> {
            String problemText = Character.toUpperCase(problem.charAt(0)) + problem.substring(1);
            UIComponent component = field.isEmpty() || formId.isEmpty() ? null
                    : faces.getViewRoot().findComponent(":" + formId + ":" + field);
            String label = label(bundle, field);
            String summary = label == null ? problemText : label + ": " + problem;
            if (component != null) {
                faces.addMessage(component.getClientId(faces),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, problemText));
                if (component instanceof UIInput input) {
                    input.setValid(false); // marks the field aria-invalid
                }
            } else {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, summary));
            }
        });
        faces.validationFailed();
    }

    private static String label(ResourceBundle bundle, String field) {
        try {
            return field.isEmpty() ? null : bundle.getString("review.field." + field);
        } catch (MissingResourceException unknown) {
            return null;
        }
    }
}
