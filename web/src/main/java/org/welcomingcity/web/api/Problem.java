package org.welcomingcity.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The JSON body of every error answer: the status and a message a person can act on. */
public record Problem(int status, String message) {

    /** 422: understood, but nothing the application knows can answer it (no Response.Status constant). */
    public static final int UNPROCESSABLE = 422;

    public static Response response(Response.Status status, String message) {
        return response(status.getStatusCode(), message);
    }

    public static Response response(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Problem(status, message)).build();
    }
}
