package org.welcomingcity.web.page;

import jakarta.validation.ConstraintViolationException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.welcomingcity.problem.UseCaseException;
import org.welcomingcity.web.api.EjbExceptionMapper;

/**
 * What a use case refused, in words for the page, out of whatever an action threw: the boundary's
 * own refusal (its message is written for the user) or its parameters' bean validation, which the
 * container hands on wrapped in an EJBException. Anything else is no refusal but a failure.
 */
final class Refusal {

    private Refusal() {
    }

    static Optional<String> of(Throwable thrown) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable cause = thrown; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof UseCaseException refused) {
                return Optional.of(refused.getMessage());
            }
            if (cause instanceof ConstraintViolationException invalid) {
                return Optional.of(EjbExceptionMapper.describe(invalid));
            }
        }
        return Optional.empty();
    }
}
