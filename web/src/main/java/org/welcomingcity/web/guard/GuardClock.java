package org.welcomingcity.web.guard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The clock the guards read the time from: the system's, in UTC. Injected rather than read
 * directly so that a test deployment can put an alternative in its place and move time on
 * instead of sleeping through the session limits.
 */
@ApplicationScoped
public class GuardClock {

    @Produces
    Clock system() {
        return Clock.systemUTC();
    }
}
