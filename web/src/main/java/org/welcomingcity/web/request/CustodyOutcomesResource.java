package org.welcomingcity.web.request;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.welcomingcity.request.boundary.CustodyOutcomeView;
import org.welcomingcity.request.boundary.CustodyOutcomes;
import org.welcomingcity.request.entity.CustodyEntry;
import org.welcomingcity.review.entity.Disposition;
import org.welcomingcity.web.api.JsonFields;

/** What happened to the person after a request, for the city and state reports. */
@ApplicationScoped
@Path("v1/requests/{id}/custody-outcome")
@Tag(name = "Requests")
public class CustodyOutcomesResource {

    static final List<String> FIELDS = List.of("disposition", "at", "receivingAgency", "bailPostedAt");

    @EJB
    CustodyOutcomes outcomes;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record what happened to the person (the submitting OFFICER or a SUPERVISOR of the unit)",
            description = "A later call corrects it. Never send a person's citizenship or immigration status: it is"
                    + " refused.")
    @RequestBody(required = true, description = "Fields: disposition (RELEASED, TRANSFERRED, REMAINED_IN_CUSTODY),"
            + " at (ISO time with offset), receivingAgency (for a transfer only), bailPostedAt (ISO time, optional)")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "400", description = "A field is missing or wrong; the message names every such field")
    @APIResponse(responseCode = "403", description = "Neither the submitting officer nor a supervisor of the unit")
    @APIResponse(responseCode = "404", description = "No such request, or not one the caller may see")
    @APIResponse(responseCode = "409", description = "The request says the person was not in custody")
    public CustodyOutcomeView record(@PathParam("id") long id, String body) {
        return outcomes.record(id, entry(body));
    }

    /** The body, read strictly: every wrong field is named (400). */
    static CustodyEntry entry(String body) {
        JsonFields json = JsonFields.of(body, FIELDS);
        CustodyEntry entry = new CustodyEntry(json.choice("disposition", Disposition.class), json.dateTime("at"),
                json.text("receivingAgency"), json.dateTime("bailPostedAt"));
        json.done();
        return entry;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What was recorded about the person after the request")
    @APIResponse(responseCode = "404", description = "Nothing recorded, no such request, or not one the caller may see")
    public CustodyOutcomeView find(@PathParam("id") long id) {
        return outcomes.find(id);
    }
}
