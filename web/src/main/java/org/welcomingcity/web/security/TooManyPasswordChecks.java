package org.welcomingcity.web.security;

import java.util.Optional;

/** A password check refused unchecked: its caller's allowance of work before log-on is spent. */
public class TooManyPasswordChecks extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public TooManyPasswordChecks(long retryAfterSeconds) {
        super("Too many password checks from one client: try again in " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The refusal behind an exception: the identity store handler wraps what a store throws. */
    public static Optional<TooManyPasswordChecks> in(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof TooManyPasswordChecks refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
