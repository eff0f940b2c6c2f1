package org.welcomingcity.web.page;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputnumber.InputNumberRenderer;

/**
 * PrimeFaces' number field, whose raw value a post can carry as anything: PrimeFaces throws on a
 * value that is no number ("Invalid number", a 500), where any other field's converter refuses it
 * at the field. Here such a value is refused at the field too, and the action does not run.
 */
public class CheckedInputNumberRenderer extends InputNumberRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        try {
            super.decode(context, component);
        } catch (FacesException notANumber) {
            if (!(notANumber.getCause() instanceof NumberFormatException)) {
                throw notANumber;
            }
            UIInput input = (UIInput) component;
            input.setValid(false); // no submitted value: nothing reaches the model, and validation fails
            String text = PageText.of("page.number.invalid");
            context.addMessage(input.getClientId(context), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }
}
