package org.welcomingcity.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Answers a signed-in caller and does nothing else: integrators check their credentials with
 * it, and load runs use it as the baseline cost of an authenticated API call.
 */
@ApplicationScoped
@Path("v1/ping")
@Tag(name = "Ping")
public class PingResource {

    private static final Map<String, String> OK = Map.of("status", "ok");

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check the credentials and that the API answers")
    @APIResponse(responseCode = "200", description = "{\"status\": \"ok\"}")
    @APIResponse(responseCode = "401", description = "No credentials, or wrong ones")
    public Map<String, String> ping() {
        return OK;
    }
}
