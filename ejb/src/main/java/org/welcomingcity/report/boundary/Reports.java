package org.welcomingcity.report.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.welcomingcity.audit.boundary.AuditTrail;
import org.welcomingcity.audit.entity.Appended;
import org.welcomingcity.audit.entity.AuditAction;
import org.welcomingcity.audit.entity.AuditDetail;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.identity.entity.Role;
import org.welcomingcity.operations.CityZone;
import org.welcomingcity.ordinance.boundary.Ordinance;
import org.welcomingcity.report.control.CityQuarterlyQuery;
import org.welcomingcity.report.control.ReportSettings;
import org.welcomingcity.report.control.StateAnnualQuery;
import org.welcomingcity.report.control.StatisticsQuery;
import org.welcomingcity.report.control.Suppression;
import org.welcomingcity.report.entity.CityQuarterlyReport;
import org.welcomingcity.report.entity.PackInForce;
import org.welcomingcity.report.entity.Provenance;
import org.welcomingcity.report.entity.PublicAggregate;
import org.welcomingcity.report.entity.ReportPeriod;
import org.welcomingcity.report.entity.StateAnnualReport;
import org.welcomingcity.report.entity.Statistics;
import org.welcomingcity.review.control.ReviewSettings;

/**
 * Produces the reports. They cover every unit and every request of the period, so only
 * supervisors, legal and auditors produce them. Each one produced is an audit event in the same
 * transaction, and the report cites that event's sequence and chain hash.
 */
@Stateless
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.LEGAL, Role.Names.AUDITOR})
public class Reports {

    @Inject
    Clock clock;

    @Resource(lookup = "jdbc/welcoming")
    DataSource dataSource;

    @Resource
    SessionContext session;

    @Inject
    ReportSettings settings;

    @Inject
    ReviewSettings review;

    @Inject
    CityZone city;

    @EJB
    AuditTrail trail;

    @EJB
    Ordinance ordinance;

    public CityQuarterlyReport cityQuarterly(Integer year, Integer quarter) {
        ReportPeriod period = ReportPeriod.quarter(year, quarter, city.today());
        try (Connection c = dataSource.getConnection()) {
            var requests = CityQuarterlyQuery.requests(c, period);
            var warrants = CityQuarterlyQuery.warrants(c, period);
            return new CityQuarterlyReport(period, requests, warrants,
                    produced("city-quarterly", period, requests.size() + warrants.size()));
        } catch (SQLException e) {
            throw new IllegalStateException("The city report could not be read", e);
        }
    }

    public StateAnnualReport stateAnnual(Integer year) {
        ReportPeriod period = ReportPeriod.year(year, city.today());
        try (Connection c = dataSource.getConnection()) {
            var requests = StateAnnualQuery.requests(c, period);
            var warrants = StateAnnualQuery.warrants(c, period, review.zone());
            return new StateAnnualReport(period, requests, warrants,
                    requests.isEmpty() ? noRequestsCertified(period) : null,
                    warrants.isEmpty() ? noWarrantsCertified(period) : null,
                    produced("state-annual", period, requests.size() + warrants.size()));
        } catch (SQLException e) {
            throw new IllegalStateException("The state report could not be read", e);
        }
    }

    public Statistics statistics(ReportPeriod period) {
        Statistics figures = figures(period);
        return figures.withProvenance(produced("statistics", period, figures.total()));
    }

    /** The statistics' counts, with small ones withheld, for publication. */
    public PublicAggregate publicAggregate(ReportPeriod period) {
        Suppression suppression = settings.suppression();
        Statistics s = figures(period);
        List<PublicAggregate.Table> tables = List.of(
                new PublicAggregate.Table(PublicAggregate.MONTH, suppression.table(s.byMonth())),
                new PublicAggregate.Table(PublicAggregate.AGENCY, suppression.table(s.byAgency())),
                new PublicAggregate.Table(PublicAggregate.DOCUMENT_TYPE, suppression.table(s.byDocumentType())),
                new PublicAggregate.Table(PublicAggregate.ASK, suppression.table(s.byAsk())),
                new PublicAggregate.Table(PublicAggregate.OUTCOME, suppression.table(s.byOutcome())));
        return new PublicAggregate(period, suppression.threshold(), suppression.cell("Requests", s.total()), tables,
                produced("public-aggregate", period, s.total()));
    }

    private Statistics figures(ReportPeriod period) {
        try (Connection c = dataSource.getConnection()) {
            return StatisticsQuery.figures(c, period, review.deadlines().cutoffs(now()));
        } catch (SQLException e) {
            throw new IllegalStateException("The statistics could not be read", e);
        }
    }

    /** Records the report's production last, and cites that event: its sequence and chain hash. */
    private Provenance produced(String report, ReportPeriod period, long rows) {
        List<PackInForce> packs = ordinance.packs().stream()
                .filter(pack -> period.overlaps(pack.effectiveFrom(), pack.effectiveTo()))
                .map(pack -> new PackInForce(pack.id(), pack.version(), pack.title(), pack.effectiveFrom(),
                        pack.effectiveTo()))
                .toList();
        Appended event = trail.record(AuditAction.REPORT_PRODUCED, "report:" + report, AuditOutcome.SUCCESS,
                AuditDetail.of("report", report).and("from", period.from().toString())
                        .and("to", period.to().toString()).and("rows", rows));
        return new Provenance(settings.city(), now(), session.getCallerPrincipal().getName(), packs, event.sequence(),
                event.hash());
    }

    /** TRUST Act 25(a)(1), on its own: it does not depend on whether detainers came. */
    private String noRequestsCertified(ReportPeriod period) {
        return settings.city() + " certifies that from " + period.from() + " to " + period.to() + " it received no"
                + " requests from federal immigration agents to assist with a civil immigration enforcement operation"
                + " (5 ILCS 805/25(a)(1)).";
    }

    /** TRUST Act 25(a)(2), on its own. */
    private String noWarrantsCertified(ReportPeriod period) {
        return settings.city() + " certifies that from " + period.from() + " to " + period.to() + " it received no"
                + " immigration detainers and no civil immigration warrants (5 ILCS 805/25(a)(2)).";
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
