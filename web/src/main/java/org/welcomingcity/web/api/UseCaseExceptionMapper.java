package org.welcomingcity.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.welcomingcity.problem.ConflictException;
import org.welcomingcity.problem.InvalidInputException;
import org.welcomingcity.problem.NotFoundException;
import org.welcomingcity.problem.NotPermittedException;
import org.welcomingcity.problem.OutOfScopeException;
import org.welcomingcity.problem.UseCaseException;

/** A refused use case: its message is written for the caller; a refused input also lists its problems by field. */
@Provider
public class UseCaseExceptionMapper implements ExceptionMapper<UseCaseException> {

    @Override
    public Response toResponse(UseCaseException e) {
        int status = e instanceof NotFoundException ? Response.Status.NOT_FOUND.getStatusCode()
                : e instanceof NotPermittedException ? Response.Status.FORBIDDEN.getStatusCode()
                : e instanceof ConflictException ? Response.Status.CONFLICT.getStatusCode()
                : e instanceof OutOfScopeException ? Problem.UNPROCESSABLE
                : Response.Status.BAD_REQUEST.getStatusCode();
        return Problem.response(status, e.getMessage(),
                e instanceof InvalidInputException invalid ? invalid.problems() : null);
    }
}
