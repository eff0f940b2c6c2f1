package org.welcomingcity.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.welcomingcity.audit.boundary.AuditTrail;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.identity.control.AccountStore;
import org.welcomingcity.identity.control.PasswordHashing;
import org.welcomingcity.identity.entity.Account;
import org.welcomingcity.identity.entity.Role;

/** Checks a user name and password for the application's own identity store. */
@Stateless
@PermitAll
public class AccountCredentials {

    /** Compared against when the account does not exist, so timing does not reveal which names exist. */
    private static final String DECOY_HASH = PasswordHashing.hash("decoy-password".toCharArray());

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountStore accounts;

    @EJB
    AuditTrail trail;

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
    public Optional<Set<Role>> verify(String username, char[] password) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Optional<Account> account = accounts.findByUsername(username);
        boolean locked = account.map(a -> a.lockedAt(now)).orElse(false);
        boolean matches = PasswordHashing.matches(password, account.map(Account::passwordHash).orElse(DECOY_HASH));
        Optional<Set<Role>> roles = account.filter(a -> matches && !locked && a.canSignIn()).map(Account::roles);
        String target = "account:" + username;
        if (roles.isPresent()) {
            update(Account.RESET_FAILED_LOGONS, username).executeUpdate();
            trail.recordAlone(username, "LOGON", target, AuditOutcome.SUCCESS, "{\"roles\":\"" + roles.get() + "\"}");
        } else if (locked) {
            trail.recordAlone(username, "LOGON_LOCKED", target, AuditOutcome.DENIED, null);
        } else {
            trail.recordAlone(username, "LOGON_FAILED", target, AuditOutcome.FAILED, null);
            if (account.isPresent() && lockAfterThisFailure(username, now)) {
                trail.recordAlone(username, "ACCOUNT_LOCKED", target, AuditOutcome.DENIED,
                        "{\"minutes\":" + lockoutMinutes + "}");
            }
        }
        return roles;
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
