package org.welcomingcity.request.control;

import java.util.EnumSet;
import java.util.Set;
import org.welcomingcity.identity.entity.Role;

/** Who is acting: the user name, every role they hold, and their unit. What they may do is {@link RequestAccess}'s. */
public record Caller(String username, Set<Role> roles, String unit) {

    public Caller {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }
}
