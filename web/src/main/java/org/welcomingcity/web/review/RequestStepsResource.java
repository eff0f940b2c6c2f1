package org.welcomingcity.web.review;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.welcomingcity.problem.NotFoundException;
import org.welcomingcity.request.boundary.RequestView;
import org.welcomingcity.review.boundary.RequestSteps;
import org.welcomingcity.review.entity.WorkflowStep;
import org.welcomingcity.web.request.RequestBodies;

/** A request's review over HTTP, one step at a time, with the same rules as the request page. */
@ApplicationScoped
@Path("v1/requests/{id}/steps/{step}")
@Tag(name = "Requests", description = "Requests from federal agencies: intake, review, legal sign-off, release or refusal")
public class RequestStepsResource {

    @EJB
    RequestSteps steps;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take a workflow step", description = "Steps: start-review, reclassify, return, decline,"
            + " permit, escalate (SUPERVISOR); resubmit, withdraw (the submitting OFFICER); approve, refuse (LEGAL);"
            + " disclose, close (SUPERVISOR). Body (JSON, optional for some steps): version, reason, classification,"
            + " correction, scope, caseNumber, checklist, released, recipient, asks (approve: the asks legal approves;"
            + " the others with legal are refused).")
    @APIResponse(responseCode = "200", description = "Taken; the request as it now stands")
    @APIResponse(responseCode = "400", description = "What the step needs is missing or wrong")
    @APIResponse(responseCode = "403", description = "The caller may not take this step on this request")
    @APIResponse(responseCode = "404", description = "No such request or step, or not a request the caller may see")
    @APIResponse(responseCode = "409", description = "The request's state does not allow the step, or someone else"
            + " acted first")
    public RequestView take(@PathParam("id") long id, @PathParam("step") String step, String body) {
        WorkflowStep chosen = WorkflowStep.ofPath(step)
                .orElseThrow(() -> new NotFoundException("No step '" + step + "'."));
        return steps.take(id, chosen, RequestBodies.step(body));
    }

}
