package org.welcomingcity.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.welcomingcity.identity.boundary.ExternalAccounts;
import org.welcomingcity.identity.boundary.ExternalLogOn;
import org.welcomingcity.identity.boundary.ExternalPerson;
import org.welcomingcity.identity.entity.Role;

/**
 * The directory and provider stores' way to record a person who signed in, so that the
 * workflow finds their unit. A log-on whose account cannot be recorded is refused: a person
 * without their unit would see nothing, or submit requests no supervisor sees.
 */
@ApplicationScoped
public class JustInTimeAccounts {

    private static final Logger LOG = Logger.getLogger(JustInTimeAccounts.class.getName());

    @EJB
    ExternalAccounts accounts;

    /**
     * The account the person signs in as, or why the log-on must be refused. {@code externalId}
     * is what the source never changes about the person, prefixed with the source.
     */
    public ExternalLogOn record(String username, String externalId, String displayName, String unit,
            Set<String> roleNames, String source) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roleNames.forEach(name -> roles.add(Role.valueOf(name)));
        try {
            return accounts.recordLogOn(new ExternalPerson(username, externalId, displayName, unit, roles, source));
        } catch (RuntimeException failed) { // invalid values, two first log-ons at once, the database: fail closed
            LOG.log(Level.WARNING, "The account of '" + username + "' from " + source + " could not be recorded", failed);
            return new ExternalLogOn(username, Optional.of("account could not be recorded"));
        }
    }
}
