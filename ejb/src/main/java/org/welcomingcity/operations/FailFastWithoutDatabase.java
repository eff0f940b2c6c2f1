package org.welcomingcity.operations;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * A read that meets a lost database connection fails at once, so that the caller answers 503
 * while the database is away. EclipseLink's default retries such a read three times, five seconds
 * apart: with the database stopped, every HTTP thread then slept in those retries, and even the
 * log-on page and the readiness probe went unanswered for 20 s and more. The connection pool
 * already validates connections and the next call takes a new one, so retrying here adds nothing.
 */
public class FailFastWithoutDatabase implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
