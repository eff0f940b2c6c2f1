package org.welcomingcity.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ResourceBundle;

/**
 * The words a person reads for one of the application's codes (a document type, an agency, an
 * outcome, an audit action): the bundle's text under {@code prefix + code}; without a prefix, the code. A code the bundle does
 * not know yet, such as a new audit action, shows as itself rather than as a broken key.
 */
@Named("labels")
@ApplicationScoped
public class CodeLabels {

    public String of(String prefix, Object code) {
        if (code == null || code.toString().isEmpty()) {
            return "";
        }
        if (prefix == null) {
            return code.toString();
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        String key = prefix + code;
        return bundle.containsKey(key) ? bundle.getString(key) : code.toString();
    }
}
