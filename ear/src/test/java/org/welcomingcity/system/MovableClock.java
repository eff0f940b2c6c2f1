package org.welcomingcity.system;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A test deployment's clock for the guards: the system's, plus however far a test has moved it
 * on. Added to a test EAR only, in place of the application's clock (a global alternative), with
 * the servlet {@link Move} that moves it: {@code GET /welcoming/test/move-clock?seconds=N}.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class MovableClock {

    static final String MOVE_PATH = "test/move-clock";

    private volatile Duration ahead = Duration.ZERO;

    @Produces
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.offset(Clock.system(zone), ahead);
            }

            @Override
            public Instant instant() {
                return Instant.now().plus(ahead);
            }
        };
    }

    void moveOn(Duration by) {
        ahead = ahead.plus(by);
    }

    /** Moves the clock on by {@code seconds} and answers how far ahead it now is. */
    @WebServlet("/" + MOVE_PATH)
    public static class Move extends HttpServlet {

        private static final long serialVersionUID = 1L;

        @Inject
        transient MovableClock clock;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            clock.moveOn(Duration.ofSeconds(Long.parseLong(request.getParameter("seconds"))));
            response.setContentType("text/plain");
            response.getWriter().write(clock.ahead.toString());
        }
    }
}
