package org.welcomingcity.request.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.welcomingcity.identity.entity.Role;
import org.welcomingcity.ordinance.entity.Consent;
import org.welcomingcity.ordinance.entity.Custody;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.Outcome;
import org.welcomingcity.ordinance.entity.Purpose;
import org.welcomingcity.ordinance.entity.RequestedAction;
import org.welcomingcity.personforms.entity.FormLanguage;
import org.welcomingcity.personforms.entity.FormTexts;
import org.welcomingcity.problem.ConflictException;
import org.welcomingcity.review.entity.Disclosure;
import org.welcomingcity.review.entity.DisclosureItem;
import org.welcomingcity.review.entity.StepRecord;
import org.welcomingcity.review.entity.WorkflowStep;

/**
 * One request from a federal agency, from intake to closing. The state machine lives here:
 * {@link #take} refuses any step the current state does not allow, and the version makes the
 * second of two people acting at once lose instead of overwriting the first. Its element
 * collections are read in batches: a query that reads many requests reads each in one query, not
 * one per request (the lists read only their columns, {@code ListedRequest}). Its lazy relations
 * are not: EclipseLink 4.0 can leave such a collection empty when a batch spans more than 500
 * requests and they are read out of order (eclipse-ee4j/eclipselink#1998).
 */
@Entity
@Table(name = "federal_request")
public class FederalRequest {

    /** The timeline's note when a request is referred. */
    public static final String REFERRAL_NOTE = "Referred to the FOIA officer: a public-records request is not a"
            + " request for help with immigration enforcement.";

    @Id
    @SequenceGenerator(name = "federal_request_seq", sequenceName = "federal_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "federal_request_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestState state;

    @Column(name = "event_number", nullable = false, length = RequestColumns.EVENT_NUMBER)
    private String eventNumber;
    @Column(name = "oemc_number", nullable = false, length = RequestColumns.OEMC_NUMBER)
    private String oemcNumber;
    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;
    @Column(name = "event_date", nullable = false)
    private LocalDate eventDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Agency agency;
    @Column(name = "agency_component", length = RequestColumns.AGENCY_COMPONENT)
    private String agencyComponent;
    @Column(name = "agent_name", nullable = false, length = RequestColumns.AGENT_NAME)
    private String agentName;
    @Column(name = "agent_badge", length = RequestColumns.AGENT_BADGE)
    private String agentBadge;
    @Column(name = "agent_contact", nullable = false, length = RequestColumns.AGENT_CONTACT)
    private String agentContact;
    @Enumerated(EnumType.STRING)
    @Column(name = "identity_check", nullable = false)
    private IdentityCheck identityCheck;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;
    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false)
    private DocumentType documentType;
    @Column(name = "form_number", length = RequestColumns.FORM_NUMBER)
    private String formNumber;
    @Column(name = "signer_title", length = RequestColumns.SIGNER_TITLE)
    private String signerTitle;
    @Column(name = "court_caption", nullable = false)
    private boolean courtCaption;
    @Column(name = "subject_reference", nullable = false, length = RequestColumns.SUBJECT_REFERENCE)
    private String subjectReference;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Custody custody;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Purpose purpose;
    @Column(name = "stated_purpose", length = RequestColumns.STATED_PURPOSE)
    private String statedPurpose;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Consent consent;
    @Column(name = "consent_signer", length = RequestColumns.CONSENT_SIGNER)
    private String consentSigner;
    @Column(name = "consent_relationship", length = RequestColumns.CONSENT_RELATIONSHIP)
    private String consentRelationship;
    @Column(name = "consent_date")
    private LocalDate consentDate;
    @Column(name = "consent_language", length = RequestColumns.CONSENT_LANGUAGE)
    private String consentLanguage;
    @Column(name = "consent_interpreter", length = RequestColumns.CONSENT_INTERPRETER)
    private String consentInterpreter;
    /** The version of the city's consent form in {@link #consentLanguage} when the consent was recorded. */
    @Column(name = "consent_form_version", length = RequestColumns.CONSENT_FORM_VERSION)
    private String consentFormVersion;

    /** Documents beyond the first, in the order given. */
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "request_document", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "place")
    private List<FurtherDocument> furtherDocuments = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "request_ask", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "action")
    @Enumerated(EnumType.STRING)
    private Set<RequestedAction> asks = EnumSet.noneOf(RequestedAction.class);

    /** Each ask's own answer, from the intake's OPEN to the supervisor's or legal's decision. */
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "request_answer", joinColumns = @JoinColumn(name = "request_id"))
    @MapKeyColumn(name = "action")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "answer", nullable = false)
    @Enumerated(EnumType.STRING)
    private Map<RequestedAction, Answer> answers = new EnumMap<>(RequestedAction.class);

    /** The most restrictive outcome over the asks, in the latest round of decisions. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @Column(name = "submitted_by", nullable = false, updatable = false, length = RequestColumns.USER_NAME)
    private String submittedBy;
    @Column(updatable = false, length = RequestColumns.UNIT)
    private String unit;
    @Column(name = "submitted_at", nullable = false)
    private OffsetDateTime submittedAt;
    @Column(length = RequestColumns.USER_NAME)
    private String supervisor;
    @Column(name = "supervisor_decided_at")
    private OffsetDateTime supervisorDecidedAt;
    @Column(name = "escalated_at")
    private OffsetDateTime escalatedAt;
    @Column(name = "legal_signer", length = RequestColumns.USER_NAME)
    private String legalSigner;
    @Column(name = "legal_decided_at")
    private OffsetDateTime legalDecidedAt;
    @Column(name = "case_number", length = RequestColumns.CASE_NUMBER)
    private String caseNumber;
    /** The latest written reason: for a return, a decline or a legal refusal. */
    @Column(length = RequestColumns.REASON)
    private String reason;
    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "request_scope", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "item")
    @Enumerated(EnumType.STRING)
    private Set<DisclosureItem> scope = EnumSet.noneOf(DisclosureItem.class);

    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
    @OrderBy("round ASC, id ASC")
    private List<AskDecision> decisions = new ArrayList<>();

    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
    @OrderBy("takenAt ASC, id ASC")
    private List<StepRecord> steps = new ArrayList<>();

    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
    @OrderBy("disclosedAt ASC")
    private List<Disclosure> disclosures = new ArrayList<>();

    @OneToMany(mappedBy = "request")
    @OrderBy("uploadedAt ASC, id ASC")
    private List<Attachment> attachments = new ArrayList<>();

    @Version
    private long version;

    protected FederalRequest() {
    }

    public FederalRequest(Intake intake, LocalDate eventDate, String submittedBy, String unit, OffsetDateTime at) {
        this.submittedBy = submittedBy;
        this.unit = unit;
        this.state = RequestState.SUBMITTED;
        record(intake, eventDate);
        this.submittedAt = at;
        steps.add(new StepRecord(this, null, null, RequestState.SUBMITTED, submittedBy, Role.OFFICER, at, null));
    }

    /** Replaces what was recorded (a correction by the officer or a reclassification by a supervisor). */
    public final void record(Intake intake, LocalDate date) {
        eventNumber = intake.eventNumber();
        oemcNumber = intake.oemcNumber();
        receivedAt = intake.receivedAt();
        eventDate = date;
        agency = intake.agency();
        agencyComponent = intake.agencyComponent();
        agentName = intake.agentName();
        agentBadge = intake.agentBadge();
        agentContact = intake.agentContact();
        identityCheck = intake.identityCheck();
        channel = intake.channel();
        documentType = intake.documentType();
        formNumber = intake.formNumber();
        signerTitle = intake.signerTitle();
        courtCaption = intake.courtCaption();
        subjectReference = intake.subjectReference();
        custody = intake.custody();
        purpose = intake.purpose();
        statedPurpose = intake.statedPurpose();
        consent = intake.consent();
        consentSigner = intake.consentSigner();
        consentRelationship = intake.consentRelationship();
        consentDate = intake.consentDate();
        consentForm(intake);
        consentInterpreter = intake.consentInterpreter();
        asks.clear();
        asks.addAll(intake.asks());
        furtherDocuments.clear();
        intake.documents().forEach(document -> furtherDocuments.add(new FurtherDocument(document)));
    }

    /**
     * Records the language of the consent form as its tag and, when a form in a language is first
     * recorded, the version then in force. A correction that keeps the language keeps the version
     * the person signed, and none for a consent recorded before versions were kept.
     */
    private void consentForm(Intake intake) {
        Optional<FormLanguage> before = FormLanguage.named(consentLanguage);
        Optional<FormLanguage> form = FormLanguage.named(intake.consentLanguage());
        consentLanguage = form.map(FormLanguage::tag).orElse(intake.consentLanguage());
        if (intake.consent() == Consent.NONE || form.isEmpty()) {
            consentFormVersion = null;
        } else if (!form.equals(before)) {
            consentFormVersion = FormTexts.in(form.get()).version();
        }
    }

    public String consentFormVersion() {
        return consentFormVersion;
    }

    public Intake intake() {
        return new Intake(eventNumber, oemcNumber, receivedAt, agency, agencyComponent, agentName, agentBadge,
                agentContact, identityCheck, channel, documentType, formNumber, signerTitle, courtCaption,
                subjectReference, custody, asks, purpose, statedPurpose, consent, consentSigner, consentRelationship,
                consentDate, consentLanguage, consentInterpreter,
                furtherDocuments.stream().map(FurtherDocument::classification).toList());
    }

    /**
     * Takes a step if the current state allows it, and writes it into the timeline.
     *
     * @throws ConflictException when the state does not allow the step
     */
    public StepRecord take(WorkflowStep step, String actor, OffsetDateTime at, String note) {
        requireAllowed(step);
        RequestState from = state;
        state = step.to();
        switch (step) {
            case START_REVIEW -> supervisor = actor;
            case DECLINE, PERMIT, RETURN -> supervisorDecidedAt = at;
            case ESCALATE -> {
                supervisorDecidedAt = at;
                escalatedAt = at;
            }
            case APPROVE, REFUSE -> {
                legalSigner = actor;
                legalDecidedAt = at;
            }
            case RESUBMIT -> {
                submittedAt = at;
                supervisor = null;
                supervisorDecidedAt = null;
            }
            case CLOSE -> closedAt = at;
            default -> { }
        }
        if (note != null && !note.isBlank() && step != WorkflowStep.DISCLOSE) {
            reason = note;
        }
        StepRecord record = new StepRecord(this, step, from, state, actor, step.role(), at, note);
        steps.add(record);
        return record;
    }

    /** @throws ConflictException when the current state does not allow the step */
    public void requireAllowed(WorkflowStep step) {
        if (!step.allowedFrom(state)) {
            throw new ConflictException("This request is " + state + ": '" + step.path() + "' can be taken only when"
                    + " it is " + step.from().stream().map(Enum::name).reduce((a, b) -> a + " or " + b).orElseThrow()
                    + ".");
        }
        if (!allows(step)) {
            throw new ConflictException("This request is " + state + (scope.isEmpty()
                    ? ": legal approved nothing for release, so there is nothing to disclose; close it."
                    : ": legal approved information for release; record the disclosure before closing."));
        }
    }

    /**
     * Whether the step may be taken now. After legal's approval, what it approved for release is
     * released (and recorded) before closing; an approval that releases nothing (an arrest on a
     * judicial warrant, say) simply closes.
     */
    public boolean allows(WorkflowStep step) {
        if (!step.allowedFrom(state)) {
            return false;
        }
        if (state == RequestState.LEGAL_APPROVED) {
            return step == WorkflowStep.DISCLOSE ? !scope.isEmpty() : scope.isEmpty();
        }
        return true;
    }

    public void attached(Attachment attachment) {
        attachments.add(attachment);
    }

    /**
     * A new round of decisions, one per ask; the outcome becomes the most restrictive among them,
     * and every ask is open again: what was decided on other facts no longer stands.
     */
    public void decide(List<AskDecision> round) {
        decisions.addAll(round);
        answers.clear();
        round.forEach(decision -> answers.put(decision.action(), Answer.OPEN));
        outcome = outcomes().values().stream().reduce(Outcome::mostRestrictive).orElseThrow();
    }

    /**
     * The law's outcome for each ask in the latest round. With several documents an ask was
     * decided on each; it rests on the document that supports it best (a judicial warrant lets its
     * arrest through even when a detainer came with it), and that document's decision counts.
     */
    public Map<RequestedAction, Outcome> outcomes() {
        Map<RequestedAction, Outcome> byAsk = new EnumMap<>(RequestedAction.class);
        currentDecisions().forEach(decision -> byAsk.merge(decision.action(), decision.outcome(),
                (one, other) -> one.isMoreRestrictiveThan(other) ? other : one));
        return byAsk;
    }

    /** Records the answers a step gave; asks it does not name keep theirs. */
    public void answer(Map<RequestedAction, Answer> given) {
        given.forEach((ask, answer) -> {
            if (!answers.containsKey(ask)) {
                throw new IllegalArgumentException("Not an ask of this request: " + ask);
            }
            answers.put(ask, answer);
        });
    }

    /** Each ask's answer, in the order of the asks. */
    public Map<RequestedAction, Answer> answers() {
        Map<RequestedAction, Answer> copy = new EnumMap<>(RequestedAction.class);
        copy.putAll(answers);
        return copy;
    }

    /**
     * A request the law refers elsewhere (every ask's answer is REFER: a public-records request)
     * leaves the workflow while it waits for a supervisor: no review, no letter, the timeline says
     * where it went. Does nothing otherwise.
     *
     * @return whether the request was referred
     */
    public boolean referIfNoEnforcement(String actor, Role role, OffsetDateTime at) {
        if (outcome != Outcome.REFER || !state.awaitsSupervisor()) {
            return false;
        }
        steps.add(new StepRecord(this, null, state, RequestState.REFERRED, actor, role, at, REFERRAL_NOTE));
        state = RequestState.REFERRED;
        closedAt = at;
        return true;
    }

    public int nextRound() {
        return decisions.stream().mapToInt(AskDecision::round).max().orElse(0) + 1;
    }

    public List<AskDecision> currentDecisions() {
        int latest = nextRound() - 1;
        return decisions.stream().filter(decision -> decision.round() == latest).toList();
    }

    public void approveScope(Set<DisclosureItem> items, String approvedCaseNumber) {
        scope.clear();
        scope.addAll(items);
        caseNumber = approvedCaseNumber;
    }

    /** The court's case number, checked by the supervisor who permits on a court's paper. */
    public void recordCaseNumber(String number) {
        caseNumber = number;
    }

    public void disclosed(Disclosure disclosure) {
        disclosures.add(disclosure);
    }

    public Long id() {
        return id;
    }

    /** The number people quote: WC-year of submission-id. */
    public String reference() {
        return reference(id, submittedAt);
    }

    /** The same, from the two values it is made of: for a list that reads only those columns. */
    public static String reference(long id, OffsetDateTime submittedAt) {
        return "WC-" + submittedAt.getYear() + "-" + String.format("%06d", id);
    }

    public RequestState state() {
        return state;
    }

    public long version() {
        return version;
    }

    public LocalDate eventDate() {
        return eventDate;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public String unit() {
        return unit;
    }

    public OffsetDateTime submittedAt() {
        return submittedAt;
    }

    public String supervisor() {
        return supervisor;
    }

    public OffsetDateTime supervisorDecidedAt() {
        return supervisorDecidedAt;
    }

    public OffsetDateTime escalatedAt() {
        return escalatedAt;
    }

    public String legalSigner() {
        return legalSigner;
    }

    public OffsetDateTime legalDecidedAt() {
        return legalDecidedAt;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String reason() {
        return reason;
    }

    public OffsetDateTime closedAt() {
        return closedAt;
    }

    public Set<DisclosureItem> scope() {
        return scope.isEmpty() ? EnumSet.noneOf(DisclosureItem.class) : EnumSet.copyOf(scope);
    }

    public List<AskDecision> decisions() {
        return List.copyOf(decisions);
    }

    public List<StepRecord> steps() {
        return List.copyOf(steps);
    }

    public List<Disclosure> disclosures() {
        return List.copyOf(disclosures);
    }

    public List<Attachment> attachments() {
        return List.copyOf(attachments);
    }

    /** Whether the legal department ever had the request: it sees those, and only those. */
    public boolean wentToLegal() {
        return escalatedAt != null;
    }
}
