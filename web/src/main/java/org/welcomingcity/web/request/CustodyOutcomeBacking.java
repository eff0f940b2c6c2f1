package org.welcomingcity.web.request;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.welcomingcity.problem.NotFoundException;
import org.welcomingcity.request.boundary.CustodyOutcomeView;
import org.welcomingcity.request.boundary.CustodyOutcomes;
import org.welcomingcity.request.boundary.RequestView;
import org.welcomingcity.request.entity.CustodyEntry;
import org.welcomingcity.review.control.ReviewSettings;
import org.welcomingcity.review.entity.Disposition;
import org.welcomingcity.web.page.DoneNotice;
import org.welcomingcity.web.review.RequestBacking;

/**
 * The request page's "What happened to the person" section: shows what was recorded and lets
 * the submitting officer or a supervisor of the unit record it (the state report needs it).
 * Times are entered in city time.
 */
@Named
@ViewScoped
public class CustodyOutcomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CustodyOutcomes outcomes;

    @Inject
    RequestBacking request;

    @Inject
    ReviewSettings settings;

    private Disposition disposition;
    private LocalDateTime at;
    private String receivingAgency;
    private LocalDateTime bailPostedAt;
    private transient CustodyOutcomeView recorded;
    private transient boolean looked;

    /** What was recorded so far, or null; the form starts from it so a correction changes only what differs. */
    public CustodyOutcomeView getRecorded() {
        if (!looked && request.getView() != null) {
            looked = true;
            try {
                recorded = outcomes.find(request.getView().id());
                disposition = recorded.disposition();
                at = local(recorded.at());
                receivingAgency = recorded.receivingAgency();
                bailPostedAt = local(recorded.bailPostedAt());
            } catch (NotFoundException nothingYet) {
                recorded = null;
            }
        }
        return recorded;
    }

    /** The form is offered to those the use case lets record, as the request says; it decides again on saving. */
    public boolean isMayRecord() {
        RequestView view = request.getView();
        return view != null && view.mayRecordCustody();
    }

    public String record() {
        long id = request.getView().id();
        ZoneId zone = settings.zone();
        outcomes.record(id, new CustodyEntry(disposition, offset(at, zone), receivingAgency,
                offset(bailPostedAt, zone)));
        return DoneNotice.redirect("/requests/request?faces-redirect=true&id=" + id, "done.custody.recorded");
    }

    private LocalDateTime local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(settings.zone()).toLocalDateTime();
    }

    private static OffsetDateTime offset(LocalDateTime time, ZoneId zone) {
        return time == null ? null : time.atZone(zone).toOffsetDateTime();
    }

    public Disposition[] getDispositions() { return Disposition.values(); }
    public Disposition getDisposition() { return disposition; }
    public void setDisposition(Disposition value) { disposition = value; }
    public LocalDateTime getAt() { return at; }
    public void setAt(LocalDateTime value) { at = value; }
    public String getReceivingAgency() { return receivingAgency; }
    public void setReceivingAgency(String value) { receivingAgency = value; }
    public LocalDateTime getBailPostedAt() { return bailPostedAt; }
    public void setBailPostedAt(LocalDateTime value) { bailPostedAt = value; }
}
