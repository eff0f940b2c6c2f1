package org.welcomingcity.web.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.EnumSet;
import org.welcomingcity.identity.boundary.AccountDirectory;
import org.welcomingcity.identity.boundary.NewAccount;
import org.welcomingcity.identity.entity.Role;
import org.welcomingcity.problem.UseCaseException;
import org.welcomingcity.web.page.DoneNotice;

/** An administrator opens an account with a first password that its holder replaces at the first log-on. */
@Named
@RequestScoped
public class NewAccountBacking {

    @EJB
    AccountDirectory directory;

    private String username;
    private String displayName;
    private String unit;
    private Role[] roles;
    private String password;

    public String create() {
        try {
            directory.create(new NewAccount(username, displayName, unit, EnumSet.copyOf(Arrays.asList(roles)), password));
        } catch (UseCaseException e) {
            AccountMessages.refused(null, e);
            return null;
        } finally {
            password = null;
        }
        return DoneNotice.redirect("/admin/account?faces-redirect=true&username=" + username, "done.account.created");
    }

    public String getUsernamePattern() {
        return NewAccount.USERNAME;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public Role[] getRoles() { return roles; }
    public void setRoles(Role[] roles) { this.roles = roles; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
