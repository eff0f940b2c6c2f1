package org.welcomingcity.web.request;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.welcomingcity.request.boundary.ScanRetention;
import org.welcomingcity.request.entity.ScanRemoval;

/** Scans kept only as long as welcoming.attachments.retention-days says; the nightly run, on demand. */
@ApplicationScoped
@Path("v1/scan-retention/removals")
@Tag(name = "Requests")
public class ScanRetentionResource {

    @EJB
    ScanRetention retention;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Remove expired scans now (ADMIN)", description = "Removes the bytes of every scan whose"
            + " request ended (closed, withdrawn, referred) longer ago than welcoming.attachments.retention-days;"
            + " each document's description stays, marked with when its scan was removed. With the setting at 0"
            + " nothing is removed. The same work runs every night.")
    @APIResponse(responseCode = "200", description = "What was removed: the period, the moment a request must have"
            + " ended before, and how many requests and scans")
    public ScanRemoval removeNow() {
        return retention.removeExpiredNow();
    }
}
