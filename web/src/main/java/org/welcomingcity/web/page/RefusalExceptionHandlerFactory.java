package org.welcomingcity.web.page;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.welcomingcity.problem.FieldProblem;

/**
 * The one place where an action's refused input becomes messages on its page: each problem at its
 * field of the form that was posted (and in the summary), a refusal of the whole input in the
 * summary, with everything typed still there, instead of the failure page with a 500. Actions
 * therefore let a use case's refusal pass; they catch only what they answer otherwise (a lost race
 * that reloads the request, a refusal that belongs to a field of their own). Every other exception
 * goes on to the handlers behind it.
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
                    Optional<List<FieldProblem>> refusal = Refusal.of(events.next().getContext().getException());
                    if (refusal.isPresent()) {
                        FieldErrors.show(postedForm(faces.getViewRoot()), refusal.get());
                        events.remove();
                    }
                }
            }
            getWrapped().handle();
        }

        /** The id of the form that was posted (Faces marks it while decoding), or an empty one. */
        static String postedForm(UIComponent root) {
            Deque<UIComponent> left = new ArrayDeque<>(List.of(root));
            while (!left.isEmpty()) {
                UIComponent component = left.pop();
                if (component instanceof UIForm form && form.isSubmitted()) {
                    return form.getId();
                }
                component.getFacetsAndChildren().forEachRemaining(left::push);
            }
            return "";
        }
    }
}
