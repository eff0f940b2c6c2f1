package org.welcomingcity.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;
import org.welcomingcity.audit.boundary.AuditTrail;
import org.welcomingcity.audit.entity.AuditOutcome;
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

    @EJB
    AuditTrail trail;

    /** The account's roles when the password is right and the account may sign in; empty otherwise. */
    public Optional<Set<Role>> verify(String username, char[] password) {
        Optional<Account> account = em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
        boolean matches = PasswordHashing.matches(password, account.map(Account::passwordHash).orElse(DECOY_HASH));
        Optional<Set<Role>> roles = account.filter(a -> matches && a.canSignIn()).map(Account::roles);
        trail.recordAlone(username, roles.isPresent() ? "LOGON" : "LOGON_FAILED", "account:" + username,
                roles.isPresent() ? AuditOutcome.SUCCESS : AuditOutcome.FAILED,
                roles.map(r -> "{\"roles\":\"" + r + "\"}").orElse(null));
        return roles;
    }
}
