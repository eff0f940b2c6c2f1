package org.welcomingcity.web.audit;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.welcomingcity.audit.boundary.AuditEventView;
import org.welcomingcity.audit.boundary.AuditInspection;
import org.welcomingcity.audit.boundary.AuditPage;
import org.welcomingcity.audit.boundary.AuditQuery;
import org.welcomingcity.audit.boundary.ReviewView;
import org.welcomingcity.audit.entity.AuditAction;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.audit.entity.ChainReport;

/** The auditor's page: verify the chain, search and export events, record the weekly review. */
@Named
@ViewScoped
public class AuditTrailBacking implements Serializable {

    private static final int PAGE_SIZE = 25;

    @EJB
    AuditInspection inspection;

    private ChainReport report;
    private AuditPage results;
    private String actor;
    private String action;
    private AuditOutcome outcome;
    private String target;
    private LocalDate from;
    private LocalDate to;
    private int page;
    private Long reviewUpTo;
    private String findings;

    public void verify() {
        report = inspection.verify();
    }

    public void search() {
        page = 0;
        load();
    }

    public void nextPage() {
        page++;
        load();
    }

    public void previousPage() {
        page = Math.max(0, page - 1);
        load();
    }

    public void exportCsv() throws IOException {
        byte[] csv = AuditCsv.of(inspection.search(query(0, 1000)).events()).getBytes(StandardCharsets.UTF_8);
        Faces.sendFile(csv, "audit-events.csv", true);
    }

    public void review() {
        ReviewView review = inspection.review(reviewUpTo == null ? -1 : reviewUpTo, findings);
        Messages.addGlobalInfo(Faces.getResourceBundle("msg").getString("audit.review.recorded"), review.upToSequence());
        findings = null;
    }

    public int getRetentionDays() {
        return inspection.retentionDays();
    }

    public Optional<ReviewView> getLastReview() {
        return inspection.lastReview();
    }

    private void load() {
        results = inspection.search(query(page, PAGE_SIZE));
    }

    private AuditQuery query(int pageNumber, int size) {
        return new AuditQuery(actor, actionCode(), outcome, target,
                from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
                to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), pageNumber, size);
    }

    /** Action codes are upper case with underscores: "logon failed" finds LOGON_FAILED. */
    private String actionCode() {
        return action == null || action.isBlank() ? null
                : action.strip().replaceAll("[\\s-]+", "_").toUpperCase(Locale.ROOT);
    }

    public List<AuditEventView> getEvents() {
        return results == null ? List.of() : results.events();
    }

    public boolean isHasNext() {
        return results != null && (long) (page + 1) * PAGE_SIZE < results.total();
    }

    public AuditOutcome[] getOutcomes() {
        return AuditOutcome.values();
    }

    /** Every action the trail can hold, offered as the action field is typed. */
    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public ChainReport getReport() { return report; }
    public AuditPage getResults() { return results; }
    public int getPage() { return page; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public AuditOutcome getOutcome() { return outcome; }
    public void setOutcome(AuditOutcome outcome) { this.outcome = outcome; }
    public String getTarget() { return target; }
    public void setTarget(String target) { this.target = target; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public Long getReviewUpTo() { return reviewUpTo; }
    public void setReviewUpTo(Long reviewUpTo) { this.reviewUpTo = reviewUpTo; }
    public String getFindings() { return findings; }
    public void setFindings(String findings) { this.findings = findings; }
}
