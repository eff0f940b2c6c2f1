package org.welcomingcity.web.request;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.problem.InvalidInputException;
import org.welcomingcity.request.boundary.RequestDocuments;
import org.welcomingcity.request.boundary.RequestFilter;
import org.welcomingcity.request.boundary.RequestOrder;
import org.welcomingcity.request.boundary.RequestPage;
import org.welcomingcity.request.boundary.RequestView;
import org.welcomingcity.request.boundary.Requests;
import org.welcomingcity.request.entity.Agency;
import org.welcomingcity.request.entity.RequestState;
import org.welcomingcity.web.api.QueryParams;

/**
 * The disclosure workflow over HTTP, with the same rules as the pages: the use cases decide
 * who may see and do what. Requests a caller may not see answer 404, like those that do not exist.
 */
@ApplicationScoped
@Path("v1/requests")
@Tag(name = "Requests", description = "Requests from federal agencies: intake, review, legal sign-off, release or refusal")
public class RequestsResource {

    @EJB
    Requests requests;

    @EJB
    RequestDocuments documents;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log a request (OFFICER)", description = "Every ask is evaluated at once and the decisions"
            + " are stored with the request. Never send a person's citizenship or immigration status: it is refused.")
    @RequestBody(required = true, description = "Fields: " + "eventNumber, oemcNumber, receivedAt (ISO time with offset),"
            + " agency, agencyComponent, agentName, agentBadge, agentContact, identityCheck, channel, documentType,"
            + " formNumber, signerTitle, courtCaption, subjectReference (CPD record number), custody, asks (list),"
            + " purpose, statedPurpose, consent, consentSigner, consentRelationship, consentDate, consentLanguage,"
            + " consentInterpreter")
    @APIResponse(responseCode = "201", description = "Created; Location names the new request")
    @APIResponse(responseCode = "400", description = "A field is missing or wrong; the message names every such field")
    @APIResponse(responseCode = "403", description = "Only officers log requests")
    public Response submit(String body, @Context UriInfo uri) {
        RequestView created = requests.submit(RequestBodies.intake(body));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the requests the caller may see", description = "Officers see their own, supervisors"
            + " their unit's, legal the escalated ones, auditors all. Filters: state (repeatable), agency,"
            + " documentType, from/to (day received); newest first unless order=oldest.")
    public RequestPage list(@QueryParam("state") List<String> states, @QueryParam("agency") String agency,
            @QueryParam("documentType") String documentType, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("order") @DefaultValue("newest") String order,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        if (!order.equals("newest") && !order.equals("oldest")) {
            throw new InvalidInputException("order", "newest or oldest, not '" + order + "'");
        }
        Set<RequestState> chosen = EnumSet.noneOf(RequestState.class);
        states.forEach(state -> chosen.add(QueryParams.choice("state", state, RequestState.class)));
        return requests.list(new RequestFilter(chosen, QueryParams.choice("agency", agency, Agency.class),
                QueryParams.choice("documentType", documentType, DocumentType.class),
                QueryParams.date("from", from), QueryParams.date("to", to),
                null, false, order.equals("oldest") ? RequestOrder.OLDEST : RequestOrder.NEWEST,
                QueryParams.number("page", page, 0), QueryParams.number("size", size, 25)));
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One request with its state, decisions, timeline and what the caller may do next: nextSteps,"
            + " mayAttach (add a scanned document now), mayRecordCustody (record what happened to the person)")
    @APIResponse(responseCode = "404", description = "No such request, or not one the caller may see")
    public RequestView find(@PathParam("id") long id) {
        return requests.find(id);
    }

    @POST
    @Path("{id}/attachments")
    @Consumes({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Attach a scanned document (PDF, PNG or JPEG)", description = "The body is the file; its"
            + " name is the query parameter name. The content decides the type, not the name; empty files, files"
            + " over the configured limit (default 20 MB) and files whose content does not match their name are"
            + " refused, and nothing is stored.")
    @APIResponse(responseCode = "201", description = "Stored, with its SHA-256")
    @APIResponse(responseCode = "400", description = "Empty, of another type, or not what its name says")
    @APIResponse(responseCode = "413", description = "Larger than the limit")
    public Response attach(@PathParam("id") long id, @QueryParam("name") String name, InputStream body,
            @Context UriInfo uri) {
        byte[] content = Uploads.read(body, documents.maxBytes());
        RequestView.AttachmentView stored = documents.attach(id, name, content);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(stored.id())).build())
                .entity(stored).build();
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Operation(summary = "Download a scanned document")
    public Response attachment(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        return Uploads.download(documents.attachment(id, attachmentId));
    }

    @GET
    @Path("{id}/letter")
    @Produces("application/pdf")
    @Operation(summary = "The letter to the agency, once the request was declined or refused (PDF)")
    @APIResponse(responseCode = "409", description = "Neither declined nor refused")
    public Response letter(@PathParam("id") long id) {
        return Uploads.download(documents.letter(id));
    }

}
