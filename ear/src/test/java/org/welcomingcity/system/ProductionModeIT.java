package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.ShouldThrowException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Production mode, a database other than the embedded H2 (the PostgreSQL run): demo accounts
 * switched on in the application's own settings stop the deployment, so five accounts with a
 * published password can never open on a production database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "welcoming.test.first-admin-password", matches = ".+",
        disabledReason = "demo accounts are allowed on the embedded H2 database; run with -Ppostgres")
class ProductionModeIT {

    /** Any failure to deploy; the test then reads in the server log that it is the demo accounts' refusal. */
    @Deployment(testable = false)
    @ShouldThrowException
    static EnterpriseArchive deployment() {
        return Deployments.welcomingConfiguredWith(Map.of("welcoming.demo.accounts", "true"));
    }

    @Test
    void demoAccountsOnAProductionDatabaseStopTheDeployment() throws IOException {
        assertThat(Api.anonymous().get("api/v1/ping").statusCode()).as("nothing deployed").isEqualTo(404);

        Path log = Path.of(System.getProperty("payara.home"), "glassfish", "domains", System.getProperty("test.domain"),
                "logs", "server.log");
        assertThat(Files.readString(log)).contains("welcoming.demo.accounts=true is for the embedded H2 demo only,"
                + " and this database is PostgreSQL");
    }
}
