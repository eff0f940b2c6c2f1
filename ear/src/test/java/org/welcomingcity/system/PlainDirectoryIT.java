package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.ShouldThrowException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A directory on plain {@code ldap://} with a bind password, and no setting that allows it: the
 * deployment stops and says which setting would, rather than send passwords unencrypted.
 * ({@link DirectorySignInIT} signs in over plain LDAP on the loopback with that setting.)
 */
@OwnDeployment
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlainDirectoryIT {

    @Deployment(testable = false)
    @ShouldThrowException
    static EnterpriseArchive deployment() {
        TestDomain.demoAccountsOff(); // so that the directory's own refusal is the one that stops it
        return Deployments.welcomingConfiguredWith(Map.of(
                "welcoming.identity.store", "ldap",
                "welcoming.identity.group-roles", "patrol-officers=OFFICER",
                "welcoming.identity.ldap.url", "ldap://directory.city.invalid:389",
                "welcoming.identity.ldap.bind-dn", "cn=welcoming,dc=city,dc=invalid",
                "welcoming.identity.ldap.bind-password", "service-password",
                "welcoming.identity.ldap.user-base", "ou=people,dc=city,dc=invalid"));
    }

    @AfterAll
    static void demoAccountsBack() {
        TestDomain.demoAccountsOn();
    }

    @Test
    void plainLdapWithABindPasswordStopsTheDeployment() throws IOException {
        assertThat(Api.anonymous().get("api/v1/ping").statusCode()).as("nothing deployed").isEqualTo(404);
        assertThat(TestDomain.serverLog()).contains("welcoming.identity.ldap.url=ldap://directory.city.invalid:389 is"
                + " plain LDAP").contains("set welcoming.identity.ldap.allow-plain-ldap=true");
    }
}
