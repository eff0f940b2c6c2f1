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
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Optional;
import javax.sql.DataSource;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.welcomingcity.audit.boundary.AuditTrail;
import org.welcomingcity.audit.entity.AuditAction;
import org.welcomingcity.audit.entity.AuditDetail;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.identity.entity.Account;
import org.welcomingcity.identity.entity.Role;

/**
 * One demo account per role for the embedded setup, kept in step with
 * {@code welcoming.demo.password} at every start so that changing the password takes
 * effect on an existing domain too. Only on the embedded H2 database with the application's own
 * account store: switched on against any other database (production's PostgreSQL), or with the
 * directory or the identity provider deciding who signs in, it stops the deployment rather than
 * open five accounts with a published password (under single sign-on they would be service
 * accounts, the one way past the provider's multi-factor sign-in).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoAccounts {

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());
    private static final String DEMO_UNIT = "District 001";
    static final String KEY = "welcoming.demo.accounts";
    static final String EMBEDDED_DATABASE = "H2";
    static final String IDENTITY_STORE = "welcoming.identity.store";
    static final String DATABASE_STORE = "database";

    @Inject
    AccountStore accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @EJB
    AuditTrail trail;

    @Inject
    @ConfigProperty(name = KEY)
    boolean enabled;

    @Inject
    @ConfigProperty(name = "welcoming.demo.password")
    String password;

    @Inject
    @ConfigProperty(name = IDENTITY_STORE, defaultValue = DATABASE_STORE)
    String identityStore;

    @Resource(lookup = "jdbc/welcoming")
    DataSource database;

    @PostConstruct
    void provide() {
        if (!enabled) {
            return;
        }
        refusal(databaseProduct(database), identityStore).ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        // One hash for the five: they share the published password, and each hash is a deliberately
        // slow computation on the way to a warm start.
        String hash = hasher.hash(password.toCharArray());
        for (Role role : Role.values()) {
            String username = role.name().toLowerCase();
            Optional<Account> existing = accounts.findByUsername(username);
            Account account = existing.orElseGet(() ->
                    new Account(username, "Demo " + role.name().toLowerCase(), DEMO_UNIT, EnumSet.of(role), hash,
                            OffsetDateTime.now(clock)));
            account.changePasswordHash(hash);
            account.markAsServiceAccount(true);
            if (existing.isEmpty()) {
                accounts.store(account);
            }
        }
        trail.record(AuditAction.DEMO_ACCOUNTS_SET, null, AuditOutcome.SUCCESS, AuditDetail.of("accounts", 5));
        LOG.info("Demo accounts ready: officer, supervisor, legal, auditor, admin");
    }

    /** Why demo accounts may not be created here, or nothing on the embedded database with its own accounts. */
    static Optional<String> refusal(String databaseProduct, String identityStore) {
        if (!EMBEDDED_DATABASE.equalsIgnoreCase(databaseProduct)) {
            return Optional.of(KEY + "=true is for the embedded H2 demo only, and this database is " + databaseProduct
                    + ": remove the setting (asadmin delete-system-property " + KEY + ") and let"
                    + " welcoming.first-admin.password open the first administrator instead.");
        }
        if (!DATABASE_STORE.equalsIgnoreCase(identityStore.strip())) {
            return Optional.of(KEY + "=true is for the embedded demo with its own accounts only, and "
                    + IDENTITY_STORE + "=" + identityStore + ": five accounts with a published password would sign in"
                    + " beside the " + ("oidc".equalsIgnoreCase(identityStore.strip()) ? "identity provider" : "directory")
                    + ". Remove the setting (asadmin delete-system-property " + KEY + ") or set " + IDENTITY_STORE
                    + "=database.");
        }
        return Optional.empty();
    }

    /** The product name of the application's database, as its JDBC driver says it. */
    static String databaseProduct(DataSource database) {
        try (Connection connection = database.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException unreadable) {
            throw new IllegalStateException("Cannot tell which database jdbc/welcoming is", unreadable);
        }
    }
}
