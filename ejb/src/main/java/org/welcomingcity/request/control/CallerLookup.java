package org.welcomingcity.request.control;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.welcomingcity.identity.control.AccountUnits;
import org.welcomingcity.identity.entity.Role;

/** The signed-in caller of the current EJB call, with the unit their account belongs to, once per request. */
@Dependent
public class CallerLookup {

    @Resource
    SessionContext session;

    @Inject
    AccountUnits units;

    @Inject
    CallersOfRequest ofRequest;

    public Caller current() {
        return ofRequest.get(session.getCallerPrincipal().getName(), this::lookUp);
    }

    private Caller lookUp(String username) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(Role.values()).filter(role -> session.isCallerInRole(role.name())).forEach(roles::add);
        String unit = units.unitOf(username).orElse(null);
        return new Caller(username, roles, unit);
    }
}
