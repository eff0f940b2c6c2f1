package org.welcomingcity.identity.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.welcomingcity.identity.entity.Role;

/**
 * The application's roles of each caller, asked of the EJB container once per request. Each
 * question is a policy check (five a caller); a use case asks them for its access rules and again
 * for its audit event. Only the EJB tier's answers are kept here: the pages' menu asks its own, so
 * that a role mapped differently for the web tier could never become an input to an access rule.
 * Nothing outlives the request, so a role granted or taken away is seen by the next.
 */
@RequestScoped
public class RolesOfRequest {

    private final Map<String, Set<Role>> byUsername = new HashMap<>();

    /** The roles {@code username} holds, by {@code inRole} (the container's check) the first time. */
    public Set<Role> of(String username, Predicate<String> inRole) {
        return byUsername.computeIfAbsent(username, name -> held(inRole));
    }

    /** The roles for which {@code inRole} answers true, asked now. */
    public static Set<Role> held(Predicate<String> inRole) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(Role.values()).filter(role -> inRole.test(role.name())).forEach(roles::add);
        return Collections.unmodifiableSet(roles);
    }
}
