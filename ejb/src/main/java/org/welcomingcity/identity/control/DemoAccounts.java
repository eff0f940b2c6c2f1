package org.welcomingcity.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.welcomingcity.audit.boundary.AuditTrail;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.identity.entity.Account;
import org.welcomingcity.identity.entity.Role;

/**
 * One demo account per role for the embedded setup, kept in step with
 * {@code welcoming.demo.password} at every start so that changing the password takes
 * effect on an existing domain too. Production domains never set {@code welcoming.demo.accounts}.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoAccounts {

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());
    private static final String DEMO_UNIT = "District 001";

    @Inject
    AccountStore accounts;

    @EJB
    AuditTrail trail;

    @Inject
    @ConfigProperty(name = "welcoming.demo.accounts")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "welcoming.demo.password")
    String password;

    @PostConstruct
    void provide() {
        if (!enabled) {
            return;
        }
        for (Role role : Role.values()) {
            String username = role.name().toLowerCase();
            String hash = PasswordHashing.hash(password.toCharArray());
            accounts.findByUsername(username)
                    .ifPresentOrElse(account -> account.changePasswordHash(hash),
                            () -> accounts.store(new Account(username, "Demo " + role.name().toLowerCase(),
                                    DEMO_UNIT, EnumSet.of(role), hash)));
        }
        trail.record("DEMO_ACCOUNTS_SET", null, AuditOutcome.SUCCESS, "{\"accounts\":5}");
        LOG.info("Demo accounts ready: officer, supervisor, legal, auditor, admin");
    }
}
