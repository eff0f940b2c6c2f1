package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An instance that cannot serve says so to the balancer: with the heap limit at 0 % every heap
 * counts as too full, so readiness answers DOWN with 503 (the balancer takes the instance out),
 * still with the security headers, while liveness stays UP (the instance is not restarted).
 */
@OwnDeployment(sharedAs = OwnDeployment.FOR_CHECKS)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthWhenTheHeapIsFullIT {

    /** The EAR for checks sets the heap limit to this: every heap is then too full. */
    static final int HEAP_LIMIT_PERCENT = 0;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.welcomingForChecks();
    }

    @Test
    void notReadyAndTheBalancerIsToldWith503() throws Exception {
        HttpResponse<String> ready = HealthIT.get(System.getProperty("welcoming.health.url"));

        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(503);
        assertThat(ready.body()).startsWith("{\"status\":\"DOWN\"")
                .contains("\"name\":\"welcoming-heap\",\"status\":\"DOWN\"")
                .contains("\"name\":\"welcoming-database\",\"status\":\"UP\"")
                .contains("\"limitPercent\":" + HEAP_LIMIT_PERCENT);
        assertThat(ready.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(ready.headers().firstValue("Content-Security-Policy")).get().asString().contains("default-src 'none'");
        assertThat(ready.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void stillAlive() throws Exception {
        assertThat(HealthIT.get(Api.baseUrl() + "health/live").statusCode()).isEqualTo(200);
    }
}
