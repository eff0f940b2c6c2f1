package org.welcomingcity.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors the JAX-RS runtime itself raises (unknown path, wrong method, wrong content type)
 * answer with a JSON Problem like every other API error, instead of the server's HTML page.
 */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response response = e.getResponse();
        if (response.hasEntity()) {
            return response;
        }
        int status = response.getStatus();
        return Problem.response(status, switch (status) {
            case 404 -> "No API resource at this path.";
            case 405 -> "This resource does not answer that HTTP method.";
            case 406 -> "This resource answers application/json only.";
            case 415 -> "Content-Type: send the body as application/json.";
            default -> response.getStatusInfo().getReasonPhrase();
        });
    }
}
