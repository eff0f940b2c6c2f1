package org.welcomingcity.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.welcomingcity.audit.control.AuditKey;
import org.welcomingcity.audit.control.CallerOrigin;
import org.welcomingcity.audit.control.ReadEventBatches;
import org.welcomingcity.audit.entity.Appended;
import org.welcomingcity.audit.entity.AuditAction;
import org.welcomingcity.audit.entity.AuditDetail;
import org.welcomingcity.audit.entity.AuditEvent;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.audit.entity.AuditRecord;
import org.welcomingcity.audit.entity.ChainHead;
import org.welcomingcity.audit.entity.EventHash;
import org.welcomingcity.identity.control.RolesOfRequest;
import org.welcomingcity.identity.entity.Account;
import org.welcomingcity.identity.entity.Role;
import org.welcomingcity.monitoring.TrailFigures;

/**
 * The one way to write into the audit trail. {@link #record} joins the caller's transaction,
 * so a change and its event commit together or not at all; {@link #recordAlone} is for
 * events that have no change of their own (a log-on, a refused attempt) and must be kept even
 * when the attempt itself fails. There is deliberately no method that changes or removes an event.
 */
@Stateless
@PermitAll
@DeclareRoles({Role.Names.OFFICER, Role.Names.SUPERVISOR, Role.Names.LEGAL, Role.Names.AUDITOR, Role.Names.ADMIN})
public class AuditTrail {

    static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    CallerOrigin origin;

    @EJB
    AuditKey key;

    @Inject
    TrailFigures figures;

    @Inject
    Clock clock;

    @Inject
    ReadEventBatches reads;

    @Inject
    RolesOfRequest roles;

    /**
     * Records what the signed-in caller did, inside the caller's transaction (required), and
     * answers the event's place in the chain.
     * <p>
     * Call it last in the transaction, after every other read and write of the use case (flush
     * first where a conflict must surface): appending locks the head of the chain, which every
     * writer on every server waits for until this transaction ends, so work done after it holds
     * all of them up. {@code RecordedLastTest} checks the boundaries for it.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Appended record(AuditAction action, String target, AuditOutcome outcome, AuditDetail detail) {
        return append(new AuditRecord(callerName(), callerRole(), action.name(), target, outcome, origin(),
                json(detail)));
    }

    /**
     * Records what the signed-in caller read, as {@link #record} does, except that the events of
     * reads running at the same time on this instance are appended together, by one of their
     * transactions ({@link ReadEventBatches}); the read answers only once its event is committed.
     * Only for use cases that change nothing, and last in them.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Appended recordRead(AuditAction action, String target, AuditOutcome outcome, AuditDetail detail) {
        return reads.append(new AuditRecord(callerName(), callerRole(), action.name(), target, outcome, origin(),
                json(detail)), this::appendAll);
    }

    /** Records an event in a transaction of its own, committed whatever happens to the caller's. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long recordAlone(String actor, AuditAction action, String target, AuditOutcome outcome,
            AuditDetail detail) {
        String role = actor.equals(callerName()) ? callerRole() : null;
        return append(new AuditRecord(actor, role, action.name(), target, outcome, origin(), json(detail)))
                .sequence();
    }

    /**
     * A successful log-on, in a transaction of its own. The actor is not the caller yet, so the
     * event names the most privileged of the roles the account signs in with, as for any other
     * event of theirs.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long recordLogOn(String account, Collection<String> roles, AuditDetail detail) {
        return append(new AuditRecord(account, mostPrivileged(roles::contains),
                AuditAction.LOGON.name(), Account.auditTarget(account), AuditOutcome.SUCCESS, origin(), json(detail)))
                .sequence();
    }

    /**
     * Makes every other writer of the trail, on any instance, wait until the running transaction
     * ends. Start-up work that must be done once across a deployment group takes this first, then
     * looks again whether another instance has done it meanwhile.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void holdAppends() {
        em.find(ChainHead.class, ChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    }

    private Appended append(AuditRecord record) {
        return appendAll(List.of(record)).get(0);
    }

    /** Appends the records in their order, in the running transaction, which holds the head until it ends. */
    private List<Appended> appendAll(List<AuditRecord> records) {
        EventHash seal = key.seal(); // before taking the head's lock, which every writer waits for
        ChainHead head = em.find(ChainHead.class, ChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        List<Appended> places = new ArrayList<>(records.size());
        for (AuditRecord record : records) {
            AuditEvent event = head.append(record, now, seal);
            em.persist(event);
            figures.appended(AuditAction.valueOf(record.action()), record.outcome());
            places.add(new Appended(event.sequence(), event.hash()));
        }
        return places;
    }

    private static String json(AuditDetail detail) {
        return detail == null ? null : detail.json();
    }

    private String callerName() {
        String name = session.getCallerPrincipal().getName();
        return name == null || "ANONYMOUS".equalsIgnoreCase(name) ? SYSTEM : name;
    }

    /** The caller's most privileged role name, or none for the system itself. */
    private String callerRole() {
        Set<Role> held = callerRoles();
        return mostPrivileged(name -> held.contains(Role.valueOf(name)));
    }

    /** Asked once a request, shared with the use case's own access rules; outside a request, now. */
    private Set<Role> callerRoles() {
        try {
            return roles.of(session.getCallerPrincipal().getName(), session::isCallerInRole);
        } catch (ContextNotActiveException noRequest) {
            return RolesOfRequest.held(session::isCallerInRole);
        }
    }

    /** The last of the application's roles (the most privileged) that {@code holds}, by name; null for none. */
    private static String mostPrivileged(Predicate<String> holds) {
        return Arrays.stream(Role.values()).map(Role::name).filter(holds).reduce((first, later) -> later).orElse(null);
    }

    private String origin() {
        try {
            String address = origin.address();
            return address == null ? "server" : address;
        } catch (ContextNotActiveException noRequest) {
            return "server";
        }
    }
}
