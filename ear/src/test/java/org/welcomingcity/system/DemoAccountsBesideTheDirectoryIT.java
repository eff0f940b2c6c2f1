package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.ShouldThrowException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The embedded database with its demo accounts switched on (as the test domain has them) and the
 * directory deciding who signs in: the deployment stops, so five accounts with a published
 * password never sign in beside the city's directory, even on the demo database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisabledIfSystemProperty(named = "welcoming.test.first-admin-password", matches = ".+",
        disabledReason = "the production-mode run has no demo accounts; ProductionModeIT covers it")
@OwnDeployment
class DemoAccountsBesideTheDirectoryIT {

    @Deployment(testable = false)
    @ShouldThrowException
    static EnterpriseArchive deployment() {
        return Deployments.welcomingConfiguredWith(Map.of(
                "welcoming.identity.store", "ldap",
                "welcoming.identity.group-roles", "patrol-officers=OFFICER",
                "welcoming.identity.ldap.url", "ldaps://directory.city.invalid:636",
                "welcoming.identity.ldap.user-base", "ou=people,dc=city,dc=invalid"));
    }

    @Test
    void demoAccountsBesideTheDirectoryStopTheDeployment() throws IOException {
        assertThat(Api.anonymous().get("api/v1/ping").statusCode()).as("nothing deployed").isEqualTo(404);
        assertThat(TestDomain.serverLog()).contains("welcoming.demo.accounts=true is for the embedded demo with its own"
                + " accounts only, and welcoming.identity.store=ldap");
    }
}
