package org.welcomingcity.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.welcomingcity.identity.entity.Role;

/**
 * The home pages the signed-in user may open, in the order of the roles, and the roles themselves
 * for the menu: each asked of the security context once a page, where the menu would otherwise ask
 * for every link it shows.
 */
@Named
@RequestScoped
public class NavigationBacking {

    /** A role's home page: its path in the application and the label's message key. */
    public static final class Home {
        private final Role role;

        Home(Role role) {
            this.role = role;
        }

        public String getPath() { return outcome() + ".xhtml"; }
        public String getLabel() { return "nav.home." + role.name(); }
        String outcome() { return "/" + role.name().toLowerCase() + "/index"; }
    }

    @Inject
    SecurityContext security;

    private Map<String, Boolean> held;

    /** Role name to true for each role the caller holds (absent, so false, for the others). */
    public Map<String, Boolean> getHeld() {
        if (held == null) {
            held = Arrays.stream(Role.values()).filter(role -> security.isCallerInRole(role.name()))
                    .collect(Collectors.toMap(Role::name, role -> true));
        }
        return held;
    }

    public List<Home> getHomes() {
        return Arrays.stream(Role.values()).filter(role -> getHeld().containsKey(role.name())).map(Home::new).toList();
    }

    /** Sends a signed-in user on to the home page of their first role. */
    public String goHome() {
        return getHomes().stream().findFirst()
                .map(home -> home.outcome() + "?faces-redirect=true")
                .orElse("/login?faces-redirect=true");
    }
}
