package org.welcomingcity.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.welcomingcity.problem.ConflictException;
import org.welcomingcity.problem.FieldProblem;
import org.welcomingcity.problem.InvalidInputException;

class RefusalTest {

    @Test
    void theBoundarysBeanValidationBehindTheContainersWrappingIsARefusalNamingTheField() {
        FacesException thrown = new FacesException(new ELException(new EJBException(
                new ConstraintViolationException(Set.of(violation("create.arg0.displayName", "size must be between 0 and 128"))))));

        assertThat(Refusal.of(thrown)).hasValue(List.of(FieldProblem.ofInput("displayName: size must be between 0 and 128")));
    }

    @Test
    void aUseCasesRefusalIsShownInItsOwnWords() {
        assertThat(Refusal.of(new FacesException(new ConflictException("Event 99 does not exist yet."))))
                .hasValue(List.of(FieldProblem.ofInput("Event 99 does not exist yet.")));
    }

    @Test
    void aRefusedInputKeepsEachProblemWithItsField() {
        InvalidInputException refused = new InvalidInputException(List.of(new FieldProblem("eventNumber",
                "must not be empty"), FieldProblem.ofInput("the request as a whole is not understood")));
        assertThat(Refusal.of(new FacesException(new ELException(new EJBException(refused)))))
                .hasValue(refused.problems());
    }

    @Test
    void anythingElseIsAFailureNotARefusal() {
        assertThat(Refusal.of(new FacesException(new EJBException(new NullPointerException())))).isEmpty();
        assertThat(Refusal.of(new IllegalStateException("the database is gone"))).isEmpty();
    }

    private static ConstraintViolation<?> violation(String path, String message) {
        Path property = (Path) Proxy.newProxyInstance(Path.class.getClassLoader(), new Class<?>[] {Path.class},
                (proxy, method, arguments) -> method.getName().equals("toString") ? path : null);
        return (ConstraintViolation<?>) Proxy.newProxyInstance(ConstraintViolation.class.getClassLoader(),
                new Class<?>[] {ConstraintViolation.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "getPropertyPath" -> property;
                    case "getMessage" -> message;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == arguments[0];
                    default -> null;
                });
    }
}
