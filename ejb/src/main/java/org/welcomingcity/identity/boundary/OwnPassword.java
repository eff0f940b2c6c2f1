package org.welcomingcity.identity.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.welcomingcity.audit.boundary.AuditTrail;
import org.welcomingcity.audit.entity.AuditAction;
import org.welcomingcity.audit.entity.AuditDetail;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.identity.control.AccountStore;
import org.welcomingcity.identity.control.PasswordHasher;
import org.welcomingcity.identity.control.PasswordHashing;
import org.welcomingcity.identity.control.PasswordPolicy;
import org.welcomingcity.identity.entity.Account;
import org.welcomingcity.problem.InvalidInputException;

/**
 * Signed-in users change their own password, with or without a role: an account whose
 * password was reset has no role until it is changed. The current password proves that the
 * holder, not someone at an unattended desk, is asking.
 */
@Stateless
@PermitAll
public class OwnPassword {

    @Inject
    AccountStore accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    PasswordPolicy policy;

    @EJB
    AuditTrail trail;

    @Resource
    SessionContext session;

    public void change(@NotNull String currentPassword, @NotNull String newPassword) {
        String username = session.getCallerPrincipal().getName();
        Account account = accounts.findByUsername(username)
                .orElseThrow(() -> new EJBAccessException("Sign in first."));
        String target = Account.auditTarget(username);
        if (!PasswordHashing.matches(currentPassword.toCharArray(), account.passwordHash())) {
            trail.recordAlone(username, AuditAction.PASSWORD_CHANGED, target, AuditOutcome.DENIED,
                    AuditDetail.of("reason", "wrong current password"));
            throw new InvalidInputException("currentPassword", "is not this account's current password");
        }
        policy.check("newPassword", username, newPassword);
        policy.checkChanged("newPassword", PasswordHashing.matches(newPassword.toCharArray(), account.passwordHash()));
        account.changePasswordHash(hasher.hash(newPassword.toCharArray()));
        accounts.flush(username);
        trail.record(AuditAction.PASSWORD_CHANGED, target, AuditOutcome.SUCCESS, null);
    }
}
