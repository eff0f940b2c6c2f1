package org.welcomingcity.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one clock the application reads the time from: the system's, in UTC. Injected rather than
 * read directly, so that a test deployment can put an alternative in its place and move time on
 * instead of sleeping (the session limits' tests do, for the web tier's guards).
 */
@ApplicationScoped
public class SystemClock {

    @Produces
    Clock system() {
        return Clock.systemUTC();
    }
}
