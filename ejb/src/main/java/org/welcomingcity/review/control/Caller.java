package org.welcomingcity.review.control;

import java.util.EnumSet;
import java.util.Set;
import org.welcomingcity.identity.entity.Role;
import org.welcomingcity.review.entity.FederalRequest;

/**
 * Who is acting, and which requests they may see: officers their own, supervisors their
 * unit's, legal the ones escalated to it, auditors all (read-only). Everyone else none.
 */
public record Caller(String username, Set<Role> roles, String unit) {

    public Caller {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    public boolean maySee(FederalRequest request) {
        return is(Role.AUDITOR)
                || is(Role.OFFICER) && username.equals(request.submittedBy())
                || is(Role.SUPERVISOR) && unit != null && unit.equals(request.unit())
                || is(Role.LEGAL) && request.wentToLegal();
    }
}
