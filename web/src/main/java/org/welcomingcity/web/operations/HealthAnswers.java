package org.welcomingcity.web.operations;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness (the application's {@code @Readiness} checks: database and heap) and liveness (the
 * server answers), in MicroProfile Health's JSON: 200 and UP while every check is up, 503 and
 * DOWN otherwise. The application answers them instead of Payara's own {@code /health}, which
 * the domain setup switches off: it answered outside the application, without the security
 * headers. No log-on and no session: the balancer asks every second.
 */
@WebServlet({HealthAnswers.READY, HealthAnswers.LIVE})
public class HealthAnswers extends HttpServlet {

    /** Looked up once: {@code Json.create…} looks the provider up on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    public static final String READY = "/health/ready";
    public static final String LIVE = "/health/live";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(HealthAnswers.class.getName());

    @Inject
    @Any
    transient Instance<HealthCheck> checks;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Annotation kind = READY.equals(request.getServletPath()) ? Readiness.Literal.INSTANCE : Liveness.Literal.INSTANCE;
        List<HealthCheckResponse> answers = checks.select(kind).stream().map(HealthAnswers::call).toList();
        boolean up = answers.stream().allMatch(answer -> answer.getStatus() == HealthCheckResponse.Status.UP);
        JsonArrayBuilder listed = JSON.createArrayBuilder();
        answers.forEach(answer -> listed.add(json(answer)));
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.createObjectBuilder().add("status", up ? "UP" : "DOWN")
                .add("checks", listed).build().toString());
    }

    /** A check that fails to answer says DOWN, as MicroProfile Health has it. */
    private static HealthCheckResponse call(HealthCheck check) {
        try {
            return check.call();
        } catch (RuntimeException failed) {
            String name = check.getClass().getSimpleName().replaceAll("\\$.*", "");
            LOG.log(Level.WARNING, "Health check " + name + " failed", failed);
            return HealthCheckResponse.named(name).down().build();
        }
    }

    private static JsonObjectBuilder json(HealthCheckResponse answer) {
        JsonObjectBuilder check = JSON.createObjectBuilder().add("name", answer.getName())
                .add("status", answer.getStatus().name());
        answer.getData().filter(data -> !data.isEmpty()).ifPresent(data -> {
            JsonObjectBuilder values = JSON.createObjectBuilder();
            for (Map.Entry<String, Object> entry : data.entrySet()) {
                if (entry.getValue() instanceof Number number) {
                    values.add(entry.getKey(), number.longValue());
                } else if (entry.getValue() instanceof Boolean flag) {
                    values.add(entry.getKey(), flag);
                } else {
                    values.add(entry.getKey(), String.valueOf(entry.getValue()));
                }
            }
            check.add("data", values);
        });
        return check;
    }
}
