package org.welcomingcity.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors the JAX-RS runtime itself raises (unknown path, wrong method, wrong content type)
 * answer with a JSON Problem like every other API error, instead of the server's HTML page.
 */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

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
            case 415 -> BodyContentType.wrongType(headers.getHeaderString(HttpHeaders.CONTENT_TYPE), uri.getPath());
            default -> response.getStatusInfo().getReasonPhrase();
        });
    }
}
