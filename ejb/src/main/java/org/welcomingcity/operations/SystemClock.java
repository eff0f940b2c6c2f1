package org.welcomingcity.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The system's clock, in UTC, for every bean that takes the time injected rather than reading it
 * directly, so that a test deployment can put an alternative in its place and move time on instead
 * of sleeping (the session limits' tests do, for the web tier's guards). The use cases, the identity
 * stores' caches of verified log-ons and the provider sign-in all take it.
 */
@ApplicationScoped
public class SystemClock {

    @Produces
    Clock system() {
        return Clock.systemUTC();
    }
}
