package org.welcomingcity.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The system's clock, in UTC, for every bean that takes the time injected rather than reading it
 * directly, so that a test deployment can put an alternative in its place and move time on instead
 * of sleeping (the session limits' tests do, for the web tier's guards). Some use cases still read
 * the system time themselves (account changes, reports, custody outcomes).
 */
@ApplicationScoped
public class SystemClock {

    @Produces
    Clock system() {
        return Clock.systemUTC();
    }
}
