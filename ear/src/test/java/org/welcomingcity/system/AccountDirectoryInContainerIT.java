package org.welcomingcity.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.welcomingcity.identity.boundary.AccountCredentials;
import org.welcomingcity.identity.boundary.AccountDirectory;
import org.welcomingcity.identity.boundary.SignIn;
import org.welcomingcity.identity.entity.Role;

/** Runs inside the server, calling the EJB boundaries directly, without any signed-in caller. */
@OwnDeployment(sharedAs = OwnDeployment.FOR_CHECKS)
@ExtendWith(ArquillianExtension.class)
class AccountDirectoryInContainerIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.welcomingForChecks();
    }

    @EJB
    AccountDirectory directory;

    @EJB
    AccountCredentials credentials;

    @Test
    void theDirectoryRefusesACallerWithoutTheAdminRole() {
        assertThrows(EJBAccessException.class, () -> directory.find("officer"));
    }

    @Test
    void theDemoOfficerIsStoredAtStartOnlyWhereDemoAccountsAreOn() {
        boolean demo = ConfigProvider.getConfig().getValue("welcoming.demo.accounts", Boolean.class);
        Optional<Set<Role>> roles = credentials.verify("officer", demoPassword()).map(SignIn::roles);
        assertEquals(demo ? Optional.of(Set.of(Role.OFFICER)) : Optional.empty(), roles,
                demo ? "the demo officer, read back with its role" : "in production mode the demo password opens nothing");
    }

    /** The server's own setting: the one the demo accounts were stored with. */
    private static char[] demoPassword() {
        return ConfigProvider.getConfig().getValue("welcoming.demo.password", String.class).toCharArray();
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertTrue(credentials.verify("officer", "not-the-password".toCharArray()).isEmpty());
    }
}
