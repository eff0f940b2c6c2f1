package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The readiness answer load balancers ask (the database answers and the heap is not nearly full)
 * and the liveness answer, both from the application; their security headers: SecurityHeadersIT.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.welcoming();
    }

    static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void readyWhenTheDatabaseAnswers() throws Exception {
        HttpResponse<String> response = get(System.getProperty("welcoming.health.url"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(response.body()).contains("\"name\":\"welcoming-database\",\"status\":\"UP\"")
                .contains("\"name\":\"welcoming-heap\",\"status\":\"UP\"").startsWith("{\"status\":\"UP\"")
                .doesNotContain("DOWN");
    }

    @Test
    void aliveWhileTheServerAnswers() throws Exception {
        HttpResponse<String> response = get(Api.baseUrl() + "health/live");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).startsWith("{\"status\":\"UP\"");
    }
}
