package org.welcomingcity.web.audit;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.welcomingcity.audit.boundary.AuditInspection;
import org.welcomingcity.audit.boundary.AuditPage;
import org.welcomingcity.audit.boundary.AuditQuery;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.audit.entity.ChainReport;
import org.welcomingcity.problem.InvalidInputException;
import org.welcomingcity.web.api.QueryParams;

/** The audit trail for auditors and city IT: verification and search, as JSON or CSV. */
@ApplicationScoped
@Path("v1/audit")
public class AuditResource {

    @EJB
    AuditInspection inspection;

    @GET
    @Path("verification")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Walks the hash chain: intact with its length and last hash, or the first bad event")
    public ChainReport verify() {
        return inspection.verify();
    }

    @GET
    @Path("events")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Searches the audit events, newest first, one page at a time")
    public AuditPage events(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("outcome") String outcome, @QueryParam("target") String target,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return inspection.search(new AuditQuery(actor, action, QueryParams.choice("outcome", outcome, AuditOutcome.class),
                target, instant("from", from), instant("to", to), QueryParams.number("page", page, 0),
                QueryParams.number("size", size, 50)));
    }

    @GET
    @Path("events")
    @Produces("text/csv")
    @Operation(summary = "The same search as CSV")
    public String eventsAsCsv(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("outcome") String outcome, @QueryParam("target") String target,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        String rows = QueryParams.present(size) ? size : "1000";
        return AuditCsv.of(events(actor, action, outcome, target, from, to, page, rows).events());
    }

    private static Instant instant(String name, String value) {
        try {
            return value == null || value.isBlank() ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "must be a UTC time such as 2026-01-31T00:00:00Z, not '" + value + "'");
        }
    }
}
