package org.welcomingcity.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.welcomingcity.audit.boundary.AuditTrail;
import org.welcomingcity.audit.entity.AuditAction;
import org.welcomingcity.audit.entity.AuditDetail;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.identity.control.AccountChanges;
import org.welcomingcity.identity.control.AccountStore;
import org.welcomingcity.identity.control.PasswordHasher;
import org.welcomingcity.identity.control.PasswordHashing;
import org.welcomingcity.identity.entity.Account;
import org.welcomingcity.identity.entity.Role;

/** Checks a user name and password for the application's own identity store. */
@Stateless
@PermitAll
public class AccountCredentials {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountStore accounts;

    @Inject
    PasswordHasher hasher;

    @EJB
    AuditTrail trail;

    @Inject
    AccountChanges changes;

    @Inject
    @ConfigProperty(name = "welcoming.security.lockout.attempts")
    int lockoutAttempts;

    @Inject
    @ConfigProperty(name = "welcoming.security.lockout.minutes")
    int lockoutMinutes;

    /**
     * The account's roles when the password is right and the account may sign in; empty
     * otherwise. A locked account is refused even with the right password, and the failure
     * that reaches the limit locks it.
     */
    public Optional<SignIn> verify(String username, char[] password) {
        return verify(username, password, false);
    }

    /**
     * As {@link #verify(String, char[])}; with {@code servicesOnly} (single sign-on), a person's
     * account is refused even with the right password: people sign in at the identity provider,
     * where multi-factor authentication lives, and a password alone must not get round it.
     */
    public Optional<SignIn> verify(String username, char[] password, boolean servicesOnly) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<Account> account = accounts.findByUsername(username);
        boolean locked = account.map(a -> a.lockedAt(now)).orElse(false);
        String stored = account.map(Account::passwordHash).orElseGet(hasher::decoy);
        boolean matches = PasswordHashing.matches(password, stored);
        // an external account's hash never matches anyway; refusing it outright says so
        Optional<Account> verified = account.filter(a -> matches && !locked && a.canSignIn() && !a.external());
        String target = Account.auditTarget(username);
        if (servicesOnly && verified.isPresent() && !verified.get().serviceAccount()) {
            trail.recordAlone(username, AuditAction.LOGON_FAILED, target, AuditOutcome.DENIED,
                    AuditDetail.of("reason", "a person's account: people sign in at the identity provider"));
            return Optional.empty();
        }
        if (verified.isPresent()) {
            return Optional.of(signedIn(username, verified.get(), now));
        } else if (locked) {
            trail.recordAlone(username, AuditAction.LOGON_LOCKED, target, AuditOutcome.DENIED, null);
        } else {
            trail.recordAlone(username, AuditAction.LOGON_FAILED, target, AuditOutcome.FAILED, null);
            if (account.isPresent() && lockAfterThisFailure(username, now)) {
                changes.changing(username); // remembered log-ons end with the lock
                trail.recordAlone(username, AuditAction.ACCOUNT_LOCKED, target, AuditOutcome.DENIED,
                        AuditDetail.of("minutes", lockoutMinutes));
            }
        }
        return Optional.empty();
    }

    /**
     * Renews a log-on that the web tier remembered and whose time ran out, without the slow
     * password hash: the account still holds the password the log-on was verified against (its
     * stamp) and may still sign in. Recorded as a log-on, like the first. Empty when anything
     * has changed, and then nothing is recorded: the caller verifies the password afresh, where
     * a wrong one counts towards the lock.
     */
    public Optional<SignIn> renew(String username, String passwordStamp, boolean servicesOnly) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return accounts.findByUsername(username)
                .filter(a -> PasswordHashing.stamped(a.passwordHash(), passwordStamp))
                .filter(a -> !a.lockedAt(now) && a.canSignIn() && !a.external())
                .filter(a -> !servicesOnly || a.serviceAccount())
                .map(a -> signedIn(username, a, now));
    }

    private SignIn signedIn(String username, Account account, OffsetDateTime now) {
        SignIn signIn = new SignIn(account.roles(), account.mustChangePassword(),
                PasswordHashing.stamp(account.passwordHash()));
        accounts.recordLogOn(username, now);
        AuditDetail detail = AuditDetail.of("roles", signIn.roles().toString());
        if (signIn.mustChangePassword()) {
            detail.and("mustChangePassword", true);
        }
        trail.recordLogOn(username, signIn.roles().stream().map(Role::name).toList(), detail);
        return signIn;
    }

    /** Whether the account must replace its password before anything else. */
    public boolean passwordChangeDue(String username) {
        return accounts.findByUsername(username).map(Account::mustChangePassword).orElse(false);
    }

    private boolean lockAfterThisFailure(String username, OffsetDateTime now) {
        update(Account.COUNT_FAILED_LOGON, username).executeUpdate();
        return update(Account.LOCK_AFTER_FAILURES, username)
                .setParameter("attempts", lockoutAttempts)
                .setParameter("until", now.plusMinutes(lockoutMinutes))
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    private Query update(String namedQuery, String username) {
        return em.createNamedQuery(namedQuery).setParameter("username", username);
    }
}
