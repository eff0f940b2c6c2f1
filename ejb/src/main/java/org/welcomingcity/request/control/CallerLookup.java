package org.welcomingcity.request.control;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Set;
import org.welcomingcity.identity.control.AccountUnits;
import org.welcomingcity.identity.control.RolesOfRequest;
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

    @Inject
    RolesOfRequest roles;

    public Caller current() {
        return ofRequest.get(session.getCallerPrincipal().getName(), this::lookUp);
    }

    private Caller lookUp(String username) {
        Set<Role> held = roles.of(username, session::isCallerInRole);
        String unit = units.unitOf(username).orElse(null);
        return new Caller(username, held, unit);
    }
}
