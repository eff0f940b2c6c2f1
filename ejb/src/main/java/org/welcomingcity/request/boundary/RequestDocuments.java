package org.welcomingcity.request.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.welcomingcity.audit.boundary.AuditTrail;
import org.welcomingcity.audit.entity.AuditAction;
import org.welcomingcity.audit.entity.AuditDetail;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.documents.control.DocumentAcceptance;
import org.welcomingcity.documents.entity.ScannedDocument;
import org.welcomingcity.identity.control.AccountStore;
import org.welcomingcity.identity.entity.Account;
import org.welcomingcity.identity.entity.Role;
import org.welcomingcity.letters.control.ResponseLetters;
import org.welcomingcity.ordinance.boundary.Ordinance;
import org.welcomingcity.ordinance.entity.Rule;
import org.welcomingcity.problem.ConflictException;
import org.welcomingcity.problem.FieldProblem;
import org.welcomingcity.problem.InvalidInputException;
import org.welcomingcity.problem.NotFoundException;
import org.welcomingcity.request.control.Caller;
import org.welcomingcity.request.control.CallerLookup;
import org.welcomingcity.request.control.RequestAccess;
import org.welcomingcity.request.control.VisibleRequests;
import org.welcomingcity.request.entity.Attachment;
import org.welcomingcity.request.entity.AttachmentContent;
import org.welcomingcity.request.entity.FederalRequest;
import org.welcomingcity.request.entity.Intake;
import org.welcomingcity.review.control.RefusalLetters;
import org.welcomingcity.review.control.ReviewSettings;
import org.welcomingcity.review.entity.StepRecord;

/**
 * The papers of a request: scanned documents in, the refusal letter out. The same visibility
 * as the request itself; every upload and every download is audited.
 */
@Stateless
@RolesAllowed({Role.Names.OFFICER, Role.Names.SUPERVISOR, Role.Names.LEGAL, Role.Names.AUDITOR})
@DeclareRoles({Role.Names.OFFICER, Role.Names.SUPERVISOR, Role.Names.LEGAL, Role.Names.AUDITOR, Role.Names.ADMIN})
public class RequestDocuments {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerLookup callers;

    @Inject
    VisibleRequests requests;

    @Inject
    DocumentAcceptance acceptance;

    @Inject
    AccountStore accounts;

    @Inject
    ReviewSettings settings;

    @EJB
    ResponseLetters letters;

    @EJB
    Requests workflow;

    @EJB
    Ordinance ordinance;

    @EJB
    AuditTrail trail;

    /**
     * Attaches a scanned document: the submitting officer until a supervisor takes the request,
     * a supervisor of the unit while reviewing it. The content decides the type, not the name.
     */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.SUPERVISOR})
    public RequestView.AttachmentView attach(long id, String fileName, byte[] content) {
        Caller caller = callers.current();
        FederalRequest request = requests.find(id, caller);
        RequestAccess.Verdict verdict = RequestAccess.attach(caller, request);
        if (request.state().isFinal() || !verdict.allowed() && !request.state().isBeforeDecision()) {
            throw new ConflictException("This request is " + request.state() + ": documents can no longer be added.");
        }
        requests.require(verdict, caller, id, AuditAction.ATTACHMENT_REFUSED, null);
        ScannedDocument document = acceptance.accept(fileName, content);
        Attachment attachment = new Attachment(request, document.fileName(), document.mediaType(), document.size(),
                document.sha256(), caller.username(), OffsetDateTime.now(clock));
        em.persist(attachment);
        em.persist(new AttachmentContent(attachment.id(), content));
        request.attached(attachment);
        trail.record(AuditAction.ATTACHMENT_ADDED, VisibleRequests.TARGET + id, AuditOutcome.SUCCESS,
                AuditDetail.of("attachment", attachment.id()).and("sha256", document.sha256())
                        .and("bytes", document.size()));
        return new RequestView.AttachmentView(attachment.id(), attachment.fileName(), attachment.mediaType(),
                attachment.sizeBytes(), attachment.sha256(), attachment.uploadedBy(), attachment.uploadedAt(), null);
    }

    /**
     * Logs a request together with its scanned document, in one transaction: a refused file
     * leaves no request behind. Faults of the intake and of the file are named together.
     *
     * @return the new request's id
     */
    @RolesAllowed(Role.Names.OFFICER)
    public long submit(Intake intake, String fileName, byte[] content) {
        List<FieldProblem> fileFaults = List.of();
        try {
            acceptance.accept(fileName, content);
        } catch (InvalidInputException refused) {
            fileFaults = refused.problems();
        }
        RequestView created;
        try {
            created = workflow.submit(intake);
        } catch (InvalidInputException refused) {
            List<FieldProblem> all = new ArrayList<>(refused.problems());
            all.addAll(fileFaults);
            throw new InvalidInputException(all);
        }
        if (!fileFaults.isEmpty()) {
            throw new InvalidInputException(fileFaults);
        }
        attach(created.id(), fileName, content);
        return created.id();
    }

    /** The largest document accepted, so the web tier stops reading an upload past it. */
    public long maxBytes() {
        return acceptance.maxBytes();
    }

    public StoredFile attachment(long id, long attachmentId) {
        FederalRequest request = requests.find(id, callers.current());
        Attachment attachment = request.attachments().stream().filter(a -> a.id() == attachmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("No attachment " + attachmentId + " on request " + id + "."));
        if (attachment.scanRemovedAt() != null) {
            throw new ConflictException("The scan of attachment " + attachmentId + " was removed on "
                    + attachment.scanRemovedAt().atZoneSameInstant(settings.zone()).toLocalDate() + ", when the period set"
                    + " by " + DocumentAcceptance.RETENTION_SETTING + " had passed; its name and SHA-256 are kept.");
        }
        AttachmentContent content = em.find(AttachmentContent.class, attachment.id());
        trail.recordRead(AuditAction.ATTACHMENT_READ, VisibleRequests.TARGET + id, AuditOutcome.SUCCESS,
                AuditDetail.of("attachment", attachmentId));
        return new StoredFile(attachment.fileName(), attachment.mediaType(), content.content());
    }

    /** The letter to the agency, once a supervisor declined or legal refused. */
    public StoredFile letter(long id) {
        FederalRequest request = requests.find(id, callers.current());
        StepRecord refusal = RefusalLetters.refusal(request).orElseThrow(() -> new ConflictException(
                "This request is " + request.state() + ": a letter exists only once it is declined or refused."));
        String signer = accounts.findByUsername(refusal.actor()).map(Account::displayName).orElse(refusal.actor());
        byte[] pdf = letters.write(RefusalLetters.content(request, refusal, signer, this::rule, settings.zone()));
        trail.record(AuditAction.LETTER_ISSUED, VisibleRequests.TARGET + id, AuditOutcome.SUCCESS,
                AuditDetail.of("kind", String.valueOf(refusal.toState())));
        return new StoredFile(request.reference() + "-letter.pdf", "application/pdf", pdf);
    }

    private Optional<Rule> rule(String packAndId) {
        String[] parts = packAndId.split("/", 2);
        return ordinance.packs().stream().filter(pack -> pack.id().equals(parts[0]))
                .flatMap(pack -> pack.rules().stream()).filter(rule -> rule.id().equals(parts[1])).findFirst();
    }

}
