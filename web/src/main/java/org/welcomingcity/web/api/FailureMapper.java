package org.welcomingcity.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Any other failure outside the EJB container (the mappers of narrower types answer theirs): a
 * JSON Problem, 503 when the database cannot be reached, else 500 with the details in the server
 * log only, never in the answer.
 */
@Provider
public class FailureMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(FailureMapper.class.getName());

    @Override
    public Response toResponse(RuntimeException e) {
        return answer(e, LOG);
    }

    /** The answer for an unexpected failure, shared with {@link EjbExceptionMapper}. */
    static Response answer(Throwable e, Logger log) {
        if (DatabaseUnavailable.causes(e)) {
            log.log(Level.WARNING, "The database cannot be reached: " + e);
            return DatabaseUnavailable.response();
        }
        log.log(Level.SEVERE, "Unexpected failure", e);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                "The server could not complete the request; nothing was changed.");
    }
}
