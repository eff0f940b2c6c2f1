package org.welcomingcity.identity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.welcomingcity.audit.boundary.AuditTrail;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.identity.control.AccountStore;
import org.welcomingcity.identity.control.PasswordHashing;
import org.welcomingcity.identity.entity.Account;
import org.welcomingcity.identity.entity.Role;
import org.welcomingcity.problem.ConflictException;
import org.welcomingcity.problem.NotFoundException;

/** Account administration. Only city IT (ADMIN) opens and reads accounts. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class AccountDirectory {

    @Inject
    AccountStore accounts;

    @EJB
    AuditTrail trail;

    public AccountSummary open(@NotNull(message = "the request body is missing") @Valid NewAccount request) {
        if (accounts.findByUsername(request.username()).isPresent()) {
            throw new ConflictException("An account named '" + request.username() + "' already exists.");
        }
        Account account = new Account(request.username(), request.displayName(), request.unit(),
                request.roles(), PasswordHashing.hash(request.password().toCharArray()));
        accounts.store(account);
        trail.record("ACCOUNT_OPENED", "account:" + account.username(), AuditOutcome.SUCCESS,
                "{\"roles\":\"" + account.roles() + "\"}");
        return AccountSummary.of(account);
    }

    public AccountSummary find(@NotBlank String username) {
        AccountSummary found = accounts.findByUsername(username).map(AccountSummary::of)
                .orElseThrow(() -> new NotFoundException("No account named '" + username + "'."));
        trail.record("ACCOUNT_READ", "account:" + username, AuditOutcome.SUCCESS, null);
        return found;
    }
}
