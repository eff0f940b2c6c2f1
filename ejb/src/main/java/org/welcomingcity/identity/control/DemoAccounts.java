package org.welcomingcity.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Optional;
import javax.sql.DataSource;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.welcomingcity.audit.boundary.AuditTrail;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.identity.entity.Account;
import org.welcomingcity.identity.entity.Role;

/**
 * One demo account per role for the embedded setup, kept in step with
 * {@code welcoming.demo.password} at every start so that changing the password takes
 * effect on an existing domain too. Only on the embedded H2 database: switched on against any
 * other database (production's PostgreSQL), it stops the deployment rather than open five
 * accounts with a published password. They are service accounts, so the demo's API calls
 * keep working when the demo is tried with single sign-on.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoAccounts {

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());
    private static final String DEMO_UNIT = "District 001";
    static final String KEY = "welcoming.demo.accounts";
    static final String EMBEDDED_DATABASE = "H2";

    @Inject
    AccountStore accounts;

    @EJB
    AuditTrail trail;

    @Inject
    @ConfigProperty(name = KEY)
    boolean enabled;

    @Inject
    @ConfigProperty(name = "welcoming.demo.password")
    String password;

    @Resource(lookup = "jdbc/welcoming")
    DataSource database;

    @PostConstruct
    void provide() {
        if (!enabled) {
            return;
        }
        refusal(databaseProduct()).ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        for (Role role : Role.values()) {
            String username = role.name().toLowerCase();
            String hash = PasswordHashing.hash(password.toCharArray());
            Optional<Account> existing = accounts.findByUsername(username);
            Account account = existing.orElseGet(() ->
                    new Account(username, "Demo " + role.name().toLowerCase(), DEMO_UNIT, EnumSet.of(role), hash));
            account.changePasswordHash(hash);
            account.markAsServiceAccount(true);
            if (existing.isEmpty()) {
                accounts.store(account);
            }
        }
        trail.record("DEMO_ACCOUNTS_SET", null, AuditOutcome.SUCCESS, "{\"accounts\":5}");
        LOG.info("Demo accounts ready: officer, supervisor, legal, auditor, admin");
    }

    /** Why demo accounts may not be created on this database, or nothing on the embedded one. */
    static Optional<String> refusal(String databaseProduct) {
        return EMBEDDED_DATABASE.equalsIgnoreCase(databaseProduct) ? Optional.empty()
                : Optional.of(KEY + "=true is for the embedded H2 demo only, and this database is " + databaseProduct
                        + ": remove the setting (asadmin delete-system-property " + KEY + ") and let"
                        + " welcoming.first-admin.password open the first administrator instead.");
    }

    private String databaseProduct() {
        try (Connection connection = database.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException unreadable) {
            throw new IllegalStateException("Cannot tell which database jdbc/welcoming is", unreadable);
        }
    }
}
