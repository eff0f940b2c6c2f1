package org.welcomingcity.web.identity;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.function.Supplier;
import org.welcomingcity.identity.boundary.AccountDirectory;
import org.welcomingcity.identity.boundary.AccountSummary;
import org.welcomingcity.identity.entity.Role;
import org.welcomingcity.problem.UseCaseException;

/**
 * One account for an administrator: roles, unit, service account or person, disable or enable,
 * unlock, reset the password.
 * Every change sends the version shown, so a change made meanwhile is reported, not overwritten.
 */
@Named
@ViewScoped
public class AccountBacking implements Serializable {

    @EJB
    AccountDirectory directory;

    private String username;
    private AccountSummary account;
    private Role[] roles;
    private String unit;
    private String newPassword;
    private boolean serviceAccount;

    public void load() {
        if (username == null || username.isBlank()) {
            AccountMessages.error(null, "account.detail.none");
            return;
        }
        change(() -> directory.find(username), null);
    }

    public void saveRoles() {
        change(() -> directory.changeRoles(username, EnumSet.copyOf(Arrays.asList(roles)), version()), "account.done.roles");
    }

    public void saveUnit() {
        change(() -> directory.changeUnit(username, unit, version()), "account.done.unit");
    }

    public void saveServiceAccount() {
        change(() -> directory.markServiceAccount(username, serviceAccount, version()),
                serviceAccount ? "account.done.service" : "account.done.person");
    }

    public void disable() {
        change(() -> directory.disable(username, version()), "account.done.disabled");
    }

    public void enable() {
        change(() -> directory.enable(username, version()), "account.done.enabled");
    }

    public void unlock() {
        change(() -> directory.unlock(username, version()), "account.done.unlocked");
    }

    public void resetPassword() {
        change(() -> directory.resetPassword(username, newPassword, version()), "account.done.reset");
        newPassword = null;
    }

    private Long version() {
        return account == null ? null : account.version();
    }

    private void change(Supplier<AccountSummary> action, String doneKey) {
        try {
            account = action.get();
            roles = account.roles().toArray(Role[]::new);
            unit = account.unit();
            serviceAccount = account.serviceAccount();
            if (doneKey != null) {
                AccountMessages.info(doneKey, username);
            }
        } catch (UseCaseException e) {
            AccountMessages.refused(null, e);
        }
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public AccountSummary getAccount() { return account; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public Role[] getRoles() { return roles; }
    public void setRoles(Role[] roles) { this.roles = roles; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public boolean isServiceAccount() { return serviceAccount; }
    public void setServiceAccount(boolean serviceAccount) { this.serviceAccount = serviceAccount; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
}
