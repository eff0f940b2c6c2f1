package org.welcomingcity.system;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Each test class starts with the crew able to sign in. Tests that show a wrong password is
 * refused spend the crew's failed log-ons, and a remembered successful log-on (which costs no
 * database round trip) does not set the count back: on a database that outlives the deployments
 * (the PostgreSQL run) five such tests in different classes lock an account for ten minutes, and
 * a later class fails for a reason of its own. So before the first test of each class the
 * administrator lifts the crew's lockouts, as the demo accounts are reset at every start on the
 * embedded database. Where the administrator cannot (another identity store), nothing is done.
 */
public final class CrewLockoutsLifted implements BeforeEachCallback {

    private static volatile Class<?> lastClass;

    @Override
    public void beforeEach(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        if (testClass == lastClass || Api.baseUrl() == null) {
            return;
        }
        lastClass = testClass;
        ProductionCrew.ensure();
        Api admin = Api.as("admin");
        for (String name : ProductionCrew.OTHERS) {
            if (admin.post("api/v1/accounts/" + name + "/unlock").statusCode() == 401) {
                return; // this deployment's identity store does not know the administrator
            }
        }
    }
}
