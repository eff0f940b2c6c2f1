package org.welcomingcity.web.report;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.welcomingcity.report.boundary.ReportPdfs;
import org.welcomingcity.report.boundary.Reports;
import org.welcomingcity.report.entity.CityQuarterlyReport;
import org.welcomingcity.report.entity.PublicAggregate;
import org.welcomingcity.report.entity.ReportPeriod;
import org.welcomingcity.report.entity.StateAnnualReport;
import org.welcomingcity.report.entity.Statistics;
import org.welcomingcity.web.api.Problem;
import org.welcomingcity.web.api.QueryParams;

/**
 * The reports for the systems that publish them: JSON by default, CSV with Accept: text/csv,
 * PDF with Accept: application/pdf. Supervisors, legal and auditors only (others 403).
 */
@ApplicationScoped
@Path("v1/reports")
@Tag(name = "Reports", description = "City quarterly report, state annual report, statistics, public aggregate")
public class ReportsResource {

    static final String CSV = "text/csv";
    static final String PDF = "application/pdf";
    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE,
            MediaType.valueOf(CSV), MediaType.valueOf(PDF)).build();

    @EJB
    Reports reports;

    @Inject
    ReportCalendar calendar;

    @Inject
    ReportPdfs pdfs;

    @GET
    @Path("city-quarterly")
    @Produces({MediaType.APPLICATION_JSON, CSV, PDF})
    @Operation(summary = "Quarterly report to the city (MCC 2-173-069)", description = "Requests for assistance with"
            + " civil immigration enforcement with their OEMC numbers; each detainer or administrative warrant with the"
            + " day received, whether the person was transferred and to which agency; the rule packs in force and the"
            + " audit-chain hash of the event recording the report.")
    @APIResponse(responseCode = "400", description = "year or quarter missing or wrong (the message names it)")
    @APIResponse(responseCode = "403", description = "Only SUPERVISOR, LEGAL and AUDITOR")
    public Response cityQuarterly(@QueryParam("year") String year, @QueryParam("quarter") String quarter,
            @Context Request request) {
        return answer(request,
                () -> reports.cityQuarterly(QueryParams.number("year", year), QueryParams.number("quarter", quarter)),
                ReportCsv::city, pdfs::city, ReportFile.CITY_QUARTERLY, CityQuarterlyReport::period);
    }

    @GET
    @Path("state-annual")
    @Produces({MediaType.APPLICATION_JSON, CSV, PDF})
    @Operation(summary = "Annual report to the Illinois Attorney General (TRUST Act section 25)", description = "25(a)(1):"
            + " DHS and ICE requests to assist with civil immigration enforcement and how each was handled; 25(a)(2): every"
            + " detainer and civil immigration warrant with the custody facts; no names or identifying data; each empty"
            + " list has its own certification (requestsCertification, warrantsCertification).")
    @APIResponse(responseCode = "400", description = "year missing or wrong")
    @APIResponse(responseCode = "403", description = "Only SUPERVISOR, LEGAL and AUDITOR")
    public Response stateAnnual(@QueryParam("year") String year, @Context Request request) {
        return answer(request, () -> reports.stateAnnual(QueryParams.number("year", year)), ReportCsv::state,
                pdfs::state, ReportFile.STATE_ANNUAL, StateAnnualReport::period);
    }

    @GET
    @Path("statistics")
    @Produces({MediaType.APPLICATION_JSON, CSV, PDF})
    @Operation(summary = "Statistics of a period", description = "Period: year (and quarter), or from and to (days"
            + " received, inclusive). Requests by month, agency, document type, ask and outcome; median hours to the"
            + " supervisor's decision and legal's sign-off; late and overdue counts.")
    @APIResponse(responseCode = "400", description = "The period is missing or wrong")
    public Response statistics(@QueryParam("year") String year, @QueryParam("quarter") String quarter,
            @QueryParam("from") String from, @QueryParam("to") String to, @Context Request request) {
        return answer(request, () -> reports.statistics(Periods.of(year, quarter, from, to, calendar.today())),
                ReportCsv::statistics, pdfs::statistics, ReportFile.STATISTICS, Statistics::period);
    }

    @GET
    @Path("public-aggregate")
    @Produces({MediaType.APPLICATION_JSON, CSV, PDF})
    @Operation(summary = "Counts for publication", description = "The statistics' counts only; counts under the"
            + " threshold (welcoming.reports.suppression-threshold, default 5) are withheld.")
    public Response publicAggregate(@QueryParam("year") String year, @QueryParam("quarter") String quarter,
            @QueryParam("from") String from, @QueryParam("to") String to, @Context Request request) {
        return answer(request, () -> reports.publicAggregate(Periods.of(year, quarter, from, to, calendar.today())),
                ReportCsv::publicAggregate, pdfs::publicAggregate, ReportFile.PUBLIC_AGGREGATE, PublicAggregate::period);
    }

    /** The representation is chosen before the report is produced, so a refused format produces nothing. */
    private <R> Response answer(Request request, Supplier<R> produce, Function<R, String> csv,
            Function<R, byte[]> pdf, ReportFile file, Function<R, ReportPeriod> period) {
        Variant variant = request.selectVariant(VARIANTS);
        if (variant == null) {
            return Problem.response(Response.Status.NOT_ACCEPTABLE, "Accept: application/json, text/csv or application/pdf.");
        }
        R report = produce.get();
        String type = variant.getMediaType().toString();
        return switch (type) {
            case CSV -> Response.ok(csv.apply(report), CSV + ";charset=UTF-8")
                    .header("Content-Disposition", attachment(file.csv(period.apply(report)))).build();
            case PDF -> Response.ok(pdf.apply(report), PDF)
                    .header("Content-Disposition", attachment(file.pdf(period.apply(report)))).build();
            default -> Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        };
    }

    private static String attachment(String fileName) {
        return "attachment; filename=\"" + fileName + "\"";
    }
}
