package org.welcomingcity.web.page;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * Turns a use case's "field: problem; other: problem" message into page messages: each at its
 * field (the problem) and in the summary at the top (the field's label and the problem). A fault
 * with no field on the form goes to the summary only.
 */
public final class FieldErrors {

    /** A new fault starts at "; name:"; a problem's own "; …" (a second clause) stays with it. */
    private static final Pattern FAULTS = Pattern.compile("; (?=[A-Za-z]+: )");

    private FieldErrors() {
    }

    static Map<String, String> parse(String message) {
        Map<String, String> faults = new LinkedHashMap<>();
        for (String fault : FAULTS.split(message)) {
            int colon = fault.indexOf(": ");
            boolean named = colon > 0 && fault.substring(0, colon).matches("[A-Za-z]+");
            faults.merge(named ? fault.substring(0, colon) : "", named ? fault.substring(colon + 2) : fault,
                    (first, next) -> first + "; " + next);
        }
        return faults;
    }

    /** Shows every fault of {@code message} at the fields of the form {@code formId}. */
    public static void show(String formId, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        parse(message).forEach((field, problem) -> {
            String problemText = Character.toUpperCase(problem.charAt(0)) + problem.substring(1);
            UIComponent component = field.isEmpty() ? null
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
