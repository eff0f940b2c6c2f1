package org.welcomingcity.web.ordinance;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.welcomingcity.operations.CityZone;
import org.welcomingcity.ordinance.boundary.Ordinance;

/** What the law says about one ask. Any signed-in role; the body is read by {@link EvaluationRequestReader}. */
@ApplicationScoped
@Path("v1/evaluations")
@Tag(name = "Evaluations", description = "What the law in force says about an ask by a federal agency")
public class EvaluationsResource {

    @EJB
    Ordinance ordinance;

    @Inject
    CityZone city;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Evaluate one ask", description = "Every rule pack in force on the event date applies; "
            + "the most restrictive outcome wins (DECLINE > LEGAL > REFER > SUPERVISOR > PERMITTED > NO_ACTION) and every "
            + "rule that fired is listed with its citation. A person's citizenship or immigration status is never "
            + "accepted.")
    @APIResponse(responseCode = "200", description = "The decision, with citations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Evaluation")))
    @APIResponse(responseCode = "400", description = "Malformed JSON, an unknown field, an unknown value, a missing "
            + "field or a bad date; the message names the field", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "401", description = "No credentials, or wrong ones")
    @APIResponse(responseCode = "415", description = "The body is not sent as application/json")
    @APIResponse(responseCode = "422", description = "No rule pack is in force on the event date for that custody",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Problem")))
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "EvaluationRequest")))
    public Evaluation evaluate(EvaluationRequest request) {
        return Evaluation.of(ordinance.evaluate(request.facts(city.today())));
    }
}
