package org.welcomingcity.identity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.welcomingcity.audit.boundary.AuditTrail;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.identity.control.PasswordHashing;
import org.welcomingcity.identity.entity.Account;
import org.welcomingcity.identity.entity.Role;
import org.welcomingcity.problem.ConflictException;
import org.welcomingcity.problem.NotFoundException;

/** Account administration. Only city IT (ADMIN) opens and reads accounts. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class AccountDirectory {

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail trail;

    public AccountSummary open(@NotNull(message = "the request body is missing") @Valid NewAccount request) {
        if (byUsername(request.username()).isPresent()) {
            throw new ConflictException("An account named '" + request.username() + "' already exists.");
        }
        Account account = new Account(request.username(), request.displayName(), request.unit(),
                request.roles(), PasswordHashing.hash(request.password().toCharArray()));
        em.persist(account);
        trail.record("ACCOUNT_OPENED", "account:" + account.username(), AuditOutcome.SUCCESS,
                "{\"roles\":\"" + account.roles() + "\"}");
        return AccountSummary.of(account);
    }

    public AccountSummary find(@NotBlank String username) {
        AccountSummary found = byUsername(username).map(AccountSummary::of)
                .orElseThrow(() -> new NotFoundException("No account named '" + username + "'."));
        trail.record("ACCOUNT_READ", "account:" + username, AuditOutcome.SUCCESS, null);
        return found;
    }

    private Optional<Account> byUsername(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }
}
