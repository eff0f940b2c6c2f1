package org.welcomingcity.web.page;

import jakarta.validation.ConstraintViolationException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.welcomingcity.problem.FieldProblem;
import org.welcomingcity.problem.InvalidInputException;
import org.welcomingcity.problem.UseCaseException;
import org.welcomingcity.web.api.EjbExceptionMapper;

/**
 * What a use case refused, as (field, problem) data for the page, out of whatever an action threw:
 * a refused input's problems each at its field; any other refusal of the boundary (its message is
 * written for the user) or its parameters' bean validation, which the container hands on wrapped
 * in an EJBException, as a problem of the input as a whole. Anything else is no refusal but a
 * failure.
 */
final class Refusal {

    private Refusal() {
    }

    static Optional<List<FieldProblem>> of(Throwable thrown) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable cause = thrown; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) {
                return Optional.of(invalid.problems());
            }
            if (cause instanceof UseCaseException refused) {
                return Optional.of(List.of(FieldProblem.ofInput(refused.getMessage())));
            }
            if (cause instanceof ConstraintViolationException invalid) {
                return Optional.of(List.of(FieldProblem.ofInput(EjbExceptionMapper.describe(invalid))));
            }
        }
        return Optional.empty();
    }
}
