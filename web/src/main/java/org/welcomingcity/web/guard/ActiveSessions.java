package org.welcomingcity.web.guard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many sessions this server keeps, and its ceiling. Only a log-on starts a session, so the
 * ceiling bounds the heap that signed-in people can take even when one account signs in again
 * and again; at the ceiling a log-on is refused with a plain message instead of the server
 * running out of memory for everyone.
 */
@ApplicationScoped
public class ActiveSessions {

    private final AtomicInteger count = new AtomicInteger();

    @Inject
    @ConfigProperty(name = "welcoming.security.session.max-active")
    int max;

    public boolean full() {
        return count.get() >= max;
    }

    int count() {
        return count.get();
    }

    /** Counts the server's sessions as the container starts and ends them. */
    @WebListener
    public static class Counter implements HttpSessionListener {

        @Inject
        ActiveSessions sessions;

        @Override
        public void sessionCreated(HttpSessionEvent event) {
            sessions.count.incrementAndGet();
        }

        @Override
        public void sessionDestroyed(HttpSessionEvent event) {
            sessions.count.decrementAndGet();
        }
    }
}
