package org.welcomingcity.web.api;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.welcomingcity.audit.boundary.AuditTrail;
import org.welcomingcity.audit.entity.AuditAction;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.problem.UseCaseException;

/**
 * What the EJB container throws: a role the method does not allow (403), invalid
 * parameters (400, naming each field), a database that cannot be reached (503), and anything
 * else (500, with the details in the server log only, never in the answer).
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

    private static final Logger LOG = Logger.getLogger(EjbExceptionMapper.class.getName());

    @EJB
    AuditTrail trail;

    @Context
    HttpServletRequest request;

    private String caller() {
        return request.getRemoteUser() == null ? "anonymous" : request.getRemoteUser();
    }

    @Override
    public Response toResponse(EJBException e) {
        if (e instanceof EJBAccessException) {
            trail.recordAlone(caller(), AuditAction.ACCESS_DENIED, request.getMethod() + " " + request.getRequestURI(),
                    AuditOutcome.DENIED, null);
            return Problem.response(Response.Status.FORBIDDEN, "Your role may not do this.");
        }
        Throwable cause = e.getCause();
        if (cause instanceof ConstraintViolationException invalid) {
            return Problem.response(Response.Status.BAD_REQUEST, describe(invalid));
        }
        if (cause instanceof UseCaseException refused) {
            return new UseCaseExceptionMapper().toResponse(refused);
        }
        return FailureMapper.answer(e, LOG);
    }

    /** Each violation as "field: problem", the field as the caller knows it. */
    public static String describe(ConstraintViolationException invalid) {
        return invalid.getConstraintViolations().stream()
                .map(EjbExceptionMapper::describe)
                .sorted()
                .collect(Collectors.joining("; "));
    }

    private static String describe(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // EJB parameter paths look like "open.arg0.username": the field is what the caller knows.
        String field = path.substring(path.lastIndexOf('.') + 1);
        return field + ": " + violation.getMessage();
    }
}
