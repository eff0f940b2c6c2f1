package org.welcomingcity.web.ordinance;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.welcomingcity.ordinance.boundary.Ordinance;

/** The laws the application knows, in or out of force, with their effective dates. Any signed-in role. */
@ApplicationScoped
@Path("v1/rule-packs")
@Tag(name = "Rule packs", description = "The laws the evaluations apply")
public class RulePacksResource {

    @EJB
    Ordinance ordinance;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the rule packs", description = "Every pack the application loaded, in the order they "
            + "apply, with its version and effective dates (as confirmed by the legal department's settings).")
    @APIResponse(responseCode = "200", description = "The packs", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "RulePacks")))
    @APIResponse(responseCode = "401", description = "No credentials, or wrong ones")
    public List<PackSummary> list() {
        return ordinance.packs().stream().map(PackSummary::of).toList();
    }
}
