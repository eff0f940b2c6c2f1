package org.welcomingcity.web.page;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.util.Iterator;
import java.util.Optional;

/**
 * An action whose use case refused the input shows the refusal on its page, as an error message
 * with everything typed still there, instead of the failure page with a 500: a page that does not
 * catch a refusal itself (a parameter beyond the boundary's bean validation, a stale version) is
 * still answered in words. Every other exception goes on to the handlers behind it.
 */
public class RefusalExceptionHandlerFactory extends ExceptionHandlerFactory {

    public RefusalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new RefusalShown(getWrapped().getExceptionHandler());
    }

    static class RefusalShown extends ExceptionHandlerWrapper {

        RefusalShown(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            // only an action's refusal: the page can still be rendered as it was posted
            if (faces.getCurrentPhaseId() == PhaseId.INVOKE_APPLICATION) {
                for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext();) {
                    Optional<String> refusal = Refusal.of(events.next().getContext().getException());
                    if (refusal.isPresent()) {
                        String text = refusal.get();
                        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
                        faces.validationFailed();
                        events.remove();
                    }
                }
            }
            getWrapped().handle();
        }
    }
}
