package org.welcomingcity.schema;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the version this release expects before anything else touches it.
 * A failed migration throws, so the deployment fails instead of running on a half-built schema.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    /** JNDI name of the data source that owns the schema; production gives it a role of its own. */
    static final String SCHEMA_DATASOURCE = "welcoming.schema.datasource";
    /** The database role the application works as, granted what it needs after each migration (PostgreSQL). */
    static final String APPLICATION_ROLE = "welcoming.schema.application-role";

    @Inject
    @ConfigProperty(name = SCHEMA_DATASOURCE, defaultValue = "jdbc/welcoming")
    String schemaDataSource;

    @Inject
    @ConfigProperty(name = APPLICATION_ROLE)
    Optional<String> applicationRole;

    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        dataSource = lookup(schemaDataSource);
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                // shared migrations, plus what only one database can express (audit triggers on PostgreSQL)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
                .placeholders(Map.of("applicationRole", applicationRole.orElse("")))
                .failOnMissingLocations(true)
                .load()
                .migrate();
        // With nothing to apply Flyway gives no target version: the version found is the one.
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Schema at version " + version + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    private static DataSource lookup(String name) {
        try {
            return (DataSource) new InitialContext().lookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException("No data source '" + name + "' (setting " + SCHEMA_DATASOURCE + ")", e);
        }
    }

    /** The folder of database-specific migrations: db/vendor/h2 or db/vendor/postgresql. */
    private String vendor() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("postgres")) {
                return "postgresql";
            }
            if (product.contains("h2")) {
                return "h2";
            }
            throw new IllegalStateException("Unsupported database '" + product + "': use PostgreSQL or the embedded H2");
        } catch (SQLException e) {
            throw new IllegalStateException("The database does not answer", e);
        }
    }
}
