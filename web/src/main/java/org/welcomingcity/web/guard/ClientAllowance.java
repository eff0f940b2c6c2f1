package org.welcomingcity.web.guard;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This server's one allowance of work for clients nobody has signed in to
 * ({@code welcoming.security.anonymous.*}), shared by what such a client can make it do: its
 * requests, counted by {@link AnonymousRateFilter}, and its password checks, which cost far more
 * than a page and are counted too.
 */
@ApplicationScoped
public class ClientAllowance {

    /** Too Many Requests: the servlet API names no constant for it. */
    public static final int TOO_MANY_REQUESTS = 429;

    @Inject
    @ConfigProperty(name = "welcoming.security.anonymous.per-second")
    double perSecond;

    @Inject
    @ConfigProperty(name = "welcoming.security.anonymous.burst")
    int burst;

    private AnonymousAllowance allowance;

    @PostConstruct
    void start() {
        allowance = new AnonymousAllowance(perSecond, burst, System.nanoTime());
    }

    /** A setting out of its bounds stops the deployment, not every anonymous request. */
    void checkAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
        describe();
    }

    /** Takes one place for this client: 0 when it may go on, otherwise the whole seconds it should wait (at least 1). */
    public long take(String client) {
        long wait = allowance.take(client, System.nanoTime());
        return wait == 0 ? 0 : Math.max(1, TimeUnit.NANOSECONDS.toSeconds(wait + TimeUnit.SECONDS.toNanos(1) - 1));
    }

    /**
     * Marks an answer as refused for the allowance: {@code 429} with the wait, never stored. The
     * caller writes the body its clients read (plain text, JSON, or a page).
     */
    public static void refuse(HttpServletResponse response, long retryAfterSeconds) {
        response.setStatus(TOO_MANY_REQUESTS);
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        response.setHeader("Cache-Control", "no-store");
    }

    /** The settings in words, for the server log. */
    public String describe() {
        return perSecond + " a second, " + burst + " at once, per client";
    }
}
