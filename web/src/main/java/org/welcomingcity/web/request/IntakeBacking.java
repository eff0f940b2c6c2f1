package org.welcomingcity.web.request;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Messages;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.problem.FieldProblem;
import org.welcomingcity.problem.InvalidInputException;
import org.welcomingcity.problem.NotFoundException;
import org.welcomingcity.problem.OutOfScopeException;
import org.welcomingcity.request.boundary.RequestDocuments;
import org.welcomingcity.request.boundary.RequestView;
import org.welcomingcity.request.boundary.Requests;
import org.welcomingcity.request.control.DocumentGuidance;
import org.welcomingcity.request.entity.Intake;
import org.welcomingcity.request.entity.RequestState;
import org.welcomingcity.review.boundary.RequestSteps;
import org.welcomingcity.review.control.ReviewSettings;
import org.welcomingcity.review.entity.StepInput;
import org.welcomingcity.review.entity.WorkflowStep;
import org.welcomingcity.web.page.DoneNotice;
import org.welcomingcity.web.page.FieldErrors;
import org.welcomingcity.web.page.PageText;

/**
 * officer/intake.xhtml: log a request with its scanned document, or correct a returned one
 * ({@code ?resubmit=id}). Nothing is stored unless everything is right.
 */
@Named
@ViewScoped
public class IntakeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Requests requests;

    @EJB
    RequestSteps steps;

    @EJB
    RequestDocuments documents;

    @Inject
    ReviewSettings settings;

    private Long resubmit;
    private long seenVersion;
    private IntakeForm form = new IntakeForm();
    private transient Part document;
    private transient RequestView returned;

    /** For a correction: the form starts with what was recorded. */
    public void load() {
        if (resubmit == null) {
            return;
        }
        try {
            returned = requests.find(resubmit);
            form = IntakeForm.of(returned.intake(), settings.zone());
            seenVersion = returned.version();
        } catch (NotFoundException e) {
            Messages.addGlobalError(PageText.of("review.notFound", resubmit));
            resubmit = null;
        }
    }

    public String submit() {
        Intake intake = form.intake(settings.zone());
        try {
            long id;
            String notice;
            if (resubmit == null) {
                id = submitted(intake);
                notice = "done.intake.stored";
            } else {
                RequestView corrected = resubmitted(intake);
                id = corrected.id();
                // A correction that shows a public-records request is referred at once, not reviewed.
                notice = corrected.state() == RequestState.REFERRED
                        ? "done.intake.resubmittedReferred" : "done.intake.resubmitted";
            }
            return DoneNotice.redirect("/requests/request?faces-redirect=true&id=" + id, notice);
        } catch (OutOfScopeException e) { // the law's period: a matter of when it was received
            FieldErrors.show("intake", List.of(new FieldProblem("receivedAt", e.getMessage())));
        }
        return null;
    }

    private long submitted(Intake intake) {
        Part chosen = ChosenFile.of(document, "intake:file");
        if (ChosenFile.isMissing(chosen)) {
            return requests.submit(intake).id();
        }
        if (chosen.getSize() > documents.maxBytes()) {
            // Refused before reading it: an oversize scan is never held in memory.
            throw new InvalidInputException("file", PageText.of("review.intake.tooLarge", documents.maxBytes()));
        }
        return documents.submit(intake, chosen.getSubmittedFileName(), ChosenFile.read(chosen));
    }


    private RequestView resubmitted(Intake intake) {
        StepInput correction = new StepInput(seenVersion, null, null, intake, null, null, null, null, null);
        return steps.take(resubmit, WorkflowStep.RESUBMIT, correction);
    }


    /** What the document most likely is, from its form number, signer and caption; null when unclear. */
    public DocumentType getSuggestion() {
        return DocumentGuidance.suggest(form.getFormNumber(), form.getSignerTitle(), form.isCourtCaption()).orElse(null);
    }

    /** An immigration judge is not a judge for this purpose: worth saying when the officer types it. */
    public boolean isImmigrationJudge() {
        String title = form.getSignerTitle() == null ? "" : form.getSignerTitle().toUpperCase(Locale.ROOT);
        return title.contains("IMMIGRATION") && title.contains("JUDGE");
    }

    public boolean isCorrection() {
        return resubmit != null;
    }

    public IntakeForm getForm() { return form; }
    public Long getResubmit() { return resubmit; }

    /** The request being corrected, as recorded: it says what the supervisor asked to correct. */
    public RequestView getReturned() {
        if (returned == null && resubmit != null) {
            try {
                returned = requests.find(resubmit);
            } catch (NotFoundException gone) {
                return null;
            }
        }
        return returned;
    }
    public void setResubmit(Long resubmit) { this.resubmit = resubmit; }
    public Part getDocument() { return document; }
    public void setDocument(Part document) { this.document = document; }
    public long getMaxMegabytes() { return documents.maxBytes() / (1024 * 1024); }
}
