package org.welcomingcity.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Arrays;
import java.util.List;
import org.welcomingcity.identity.entity.Role;

/** The home pages the signed-in user may open, in the order of the roles. */
@Named
@RequestScoped
public class NavigationBacking {

    /** A role's home page. */
    public record Home(Role role, String outcome) {
    }

    @Inject
    SecurityContext security;

    public List<Home> getHomes() {
        return Arrays.stream(Role.values())
                .filter(role -> security.isCallerInRole(role.name()))
                .map(role -> new Home(role, "/" + role.name().toLowerCase() + "/index"))
                .toList();
    }

    /** Sends a signed-in user on to the home page of their first role. */
    public String goHome() {
        return getHomes().stream().findFirst()
                .map(home -> home.outcome() + "?faces-redirect=true")
                .orElse("/login?faces-redirect=true");
    }
}
