package org.welcomingcity.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.welcomingcity.audit.boundary.AuditTrail;
import org.welcomingcity.audit.entity.AuditAction;
import org.welcomingcity.audit.entity.AuditDetail;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.identity.control.AccountStore;
import org.welcomingcity.identity.control.PasswordHasher;
import org.welcomingcity.identity.entity.Account;
import org.welcomingcity.identity.entity.Role;

/**
 * Just-in-time accounts for people from the city's directory or identity provider: each of
 * their log-ons records them in the account table, so the workflow knows their unit. Called
 * before anyone is signed in, hence no role check; only the web tier's directory and provider
 * identity stores may call it, which the web module's {@code LogOnBoundariesTest} holds. A
 * database account of the same name is never taken over: that would merge two people, so the
 * log-on is refused instead.
 */
@Stateless
@PermitAll
public class ExternalAccounts {

    private static final Logger LOG = Logger.getLogger(ExternalAccounts.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Clock clock;

    @Inject
    AccountStore accounts;

    @Inject
    PasswordHasher hasher;

    @EJB
    AuditTrail trail;

    /**
     * Creates or brings up to date the person's account, with its audit event, in one
     * transaction; answers the account's user name, or why the log-on must be refused. The person
     * is found by their id at the source, so a name typed in another case reaches the same
     * account, and a name that passed to someone else never opens the former holder's.
     */
    public ExternalLogOn recordLogOn(@NotNull @Valid ExternalPerson person) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String typed = person.username();
        if (!Role.separated(person.roles())) {
            return ExternalLogOn.refused(typed, "ADMIN or AUDITOR together with another role " + person.roles()
                    + " (separation of duties): the groups must grant one of them alone");
        }
        Optional<Account> found = accounts.findByExternalId(person.externalId());
        if (found.isEmpty()) {
            List<Account> named = accounts.findByUsernameIgnoringCase(typed);
            Optional<String> collision = collision(named, person);
            if (collision.isPresent()) {
                return ExternalLogOn.refused(typed, collision.get());
            }
            found = named.stream().findFirst(); // recorded before ids were kept: it is this person's
            found.ifPresent(account -> account.identifyAs(person.externalId()));
        }
        if (found.isPresent() && !found.get().enabled()) {
            return ExternalLogOn.refused(found.get().username(), "account disabled");
        }
        String username = found.map(Account::username).orElse(typed);
        AuditAction event = null;
        AuditDetail detail = null;
        if (found.isEmpty()) {
            Account account = Account.external(typed, person.externalId(), person.displayName(), person.unit(),
                    person.roles(), unusableHash(), now);
            accounts.store(account);
            accounts.flush(username);
            event = AuditAction.ACCOUNT_PROVISIONED;
            detail = detail(account, person, Set.of());
        } else {
            Account account = found.get();
            long revision = account.revision();
            Set<String> changed = account.synchronizeWith(person.displayName(), person.unit(), person.roles(), now);
            if (!changed.isEmpty()) {
                event = AuditAction.ACCOUNT_SYNCHRONIZED;
                detail = detail(account, person, changed);
            }
            if (account.revision() != revision) { // an unchanged person keeps their remembered log-ons
                accounts.flush(username);
            }
        }
        accounts.recordLogOn(username, now);
        if (event != null) {
            trail.record(event, Account.auditTarget(username), AuditOutcome.SUCCESS, detail);
        }
        return ExternalLogOn.accepted(username);
    }

    /** Why accounts of this name, none of them the person's by id, must not become theirs. */
    private Optional<String> collision(List<Account> named, ExternalPerson person) {
        if (named.isEmpty()) {
            return Optional.empty();
        }
        boolean database = named.stream().anyMatch(account -> !account.external());
        if (!database && named.size() == 1 && named.get(0).externalId() == null) {
            return Optional.empty();
        }
        String reason = database ? "a database account has this user name"
                : "another person from the directory or provider had this user name";
        String username = named.get(0).username();
        LOG.warning(() -> "Refused a log-on through " + person.source() + " as '" + person.username() + "': "
                + reason + "; rename one of them");
        trail.recordAlone(person.username(), AuditAction.ACCOUNT_NAME_COLLISION, Account.auditTarget(username),
                AuditOutcome.DENIED, AuditDetail.of("source", person.source()).and("reason", reason));
        return Optional.of(reason);
    }

    /** The hash of a secret nobody ever learns: the account exists for its unit, not to sign in with. */
    private String unusableHash() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return hasher.hash(Base64.getEncoder().encodeToString(secret).toCharArray());
    }

    /** The account as recorded; after a change, also which of its values changed. */
    private static AuditDetail detail(Account account, ExternalPerson person, Set<String> changed) {
        return AuditDetail.of("source", person.source()).and("displayName", account.displayName())
                .and("roles", account.roles().toString()).and("unit", account.unit())
                .and("changed", changed.isEmpty() ? null : String.join(",", changed));
    }
}
