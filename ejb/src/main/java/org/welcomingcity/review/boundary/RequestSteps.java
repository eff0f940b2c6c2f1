package org.welcomingcity.review.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.welcomingcity.audit.boundary.AuditTrail;
import org.welcomingcity.audit.entity.AuditAction;
import org.welcomingcity.audit.entity.AuditDetail;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.identity.entity.Role;
import org.welcomingcity.ordinance.boundary.Ordinance;
import org.welcomingcity.problem.ConflictException;
import org.welcomingcity.problem.NotPermittedException;
import org.welcomingcity.request.boundary.RequestView;
import org.welcomingcity.request.boundary.RequestViews;
import org.welcomingcity.request.control.Caller;
import org.welcomingcity.request.control.CallerLookup;
import org.welcomingcity.request.control.IntakeRules;
import org.welcomingcity.request.control.RequestDecider;
import org.welcomingcity.request.control.VisibleRequests;
import org.welcomingcity.request.entity.FederalRequest;
import org.welcomingcity.request.entity.Intake;
import org.welcomingcity.review.control.AskReview;
import org.welcomingcity.review.control.ReviewSettings;
import org.welcomingcity.review.control.StepRules;
import org.welcomingcity.review.entity.Disclosure;
import org.welcomingcity.review.entity.StepInput;
import org.welcomingcity.review.entity.StepRecord;
import org.welcomingcity.review.entity.WorkflowStep;

/**
 * The review of a request, one step at a time: the officer's correction, the supervisor's and
 * legal's decisions, release and closing. Each step is one transaction with its audit event. A
 * request the caller may not see is 404; a step the caller may not take is 403; a step the state
 * does not allow, or a race lost to someone else, is 409.
 */
@Stateless
@RolesAllowed({Role.Names.OFFICER, Role.Names.SUPERVISOR, Role.Names.LEGAL})
@DeclareRoles({Role.Names.OFFICER, Role.Names.SUPERVISOR, Role.Names.LEGAL, Role.Names.AUDITOR, Role.Names.ADMIN})
public class RequestSteps {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerLookup callers;

    @Inject
    VisibleRequests requests;

    @Inject
    ReviewSettings settings;

    @EJB
    AuditTrail trail;

    @EJB
    Ordinance ordinance;

    @Inject
    Clock clock;

    /** Takes one workflow step; the step, its consequences and its audit event commit together. */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.SUPERVISOR, Role.Names.LEGAL})
    public RequestView take(long id, WorkflowStep step, StepInput input) {
        Caller caller = callers.current();
        FederalRequest request = requests.find(id, caller);
        try {
            StepRules.check(caller, request, step, input);
        } catch (NotPermittedException refused) {
            requests.refused(caller, id, AuditAction.REQUEST_STEP_REFUSED, step.path());
            throw refused;
        }
        OffsetDateTime now = now();
        apply(request, step, input, caller, now);
        request.answer(AskReview.answers(step, request, AskReview.approved(request, input.asks())));
        StepRecord taken = request.take(step, caller.username(), now, input.reason());
        // A correction that makes it a public-records request sends it to the FOIA officer at once.
        request.referIfNoEnforcement(caller.username(), step.role(), now);
        flushOrConflict();
        RequestView view = RequestViews.view(request, caller, settings.deadlines(), now,
                requests.sameEvent(request, caller)); // before the record: it may load the request's documents
        trail.record(step.auditAction(), VisibleRequests.TARGET + id, AuditOutcome.SUCCESS,
                AuditDetail.of("from", String.valueOf(taken.fromState())).and("to", String.valueOf(request.state()))
                        .and("answers", request.answers()));
        return view;
    }

    private void apply(FederalRequest request, WorkflowStep step, StepInput input, Caller caller, OffsetDateTime now) {
        switch (step) {
            case RECLASSIFY -> {
                Intake corrected = request.intake().reclassified(input.classification());
                IntakeRules.check(corrected, now.toInstant(), settings.zone());
                request.record(corrected, request.eventDate());
                RequestDecider.decide(ordinance, request, caller.username(), now);
            }
            case RESUBMIT -> {
                IntakeRules.check(input.correction(), now.toInstant(), settings.zone());
                request.record(input.correction(), input.correction().eventDate(settings.zone()));
                RequestDecider.decide(ordinance, request, caller.username(), now);
            }
            case APPROVE -> request.approveScope(input.scope(), input.caseNumber());
            case PERMIT, ESCALATE -> {
                if (request.intake().anyJudicial() && input.caseNumber() != null
                        && !input.caseNumber().isBlank()) {
                    request.recordCaseNumber(input.caseNumber().strip());
                }
            }
            case DISCLOSE -> request.disclosed(new Disclosure(request, input.released(), input.recipient(),
                    caller.username(), now));
            default -> { }
        }
    }


    /**
     * Writes now, so that losing a race surfaces here as a plain conflict: the other person's
     * change committed first (a stale version, or a row lock that timed out waiting for them).
     */
    private void flushOrConflict() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (lostRace(e)) {
                throw new ConflictException("Someone else acted on this request at the same moment and was first;"
                        + " reload it to see what they did.");
            }
            throw e;
        }
    }

    private static boolean lostRace(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof jakarta.persistence.PessimisticLockException
                    || cause instanceof jakarta.persistence.LockTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && Set.of("HYT00", "40001", "40P01", "55P03").contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
