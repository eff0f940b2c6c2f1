package org.welcomingcity.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.welcomingcity.problem.FieldProblem;

/**
 * The JSON body of every error answer: the status and a message a person can act on; for a
 * refused input also {@code errors}, each problem with its field, for clients to show at the field.
 */
public record Problem(int status, String message, List<FieldProblem> errors) {

    /** 422: understood, but nothing the application knows can answer it (no Response.Status constant). */
    public static final int UNPROCESSABLE = 422;

    public static Response response(Response.Status status, String message) {
        return response(status.getStatusCode(), message);
    }

    public static Response response(int status, String message) {
        return response(status, message, null);
    }

    public static Response response(int status, String message, List<FieldProblem> errors) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Problem(status, message, errors)).build();
    }
}
