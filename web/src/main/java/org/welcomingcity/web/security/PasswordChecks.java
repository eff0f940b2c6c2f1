package org.welcomingcity.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.welcomingcity.audit.control.CallerOrigin;
import org.welcomingcity.web.guard.ClientAllowance;

/**
 * A password checked the slow way (a deliberately slow hash, or a bind at the directory) is the
 * dearest thing a caller without an account can make this server do. Each one takes a place in the
 * caller's allowance of work before log-on, whether it comes from the log-on form or HTTP Basic on
 * the API; a credential remembered as verified costs no check and takes nothing.
 */
@ApplicationScoped
public class PasswordChecks {

    @Inject
    ClientAllowance allowance;

    @Inject
    CallerOrigin origin;

    /** Lets a check go on, or throws {@link TooManyPasswordChecks} when the caller's allowance is spent. */
    public void admit() {
        String client = origin.address();
        if (client == null) {
            return; // not an HTTP request: nothing to count it against
        }
        long retryAfter = allowance.take(client);
        if (retryAfter > 0) {
            throw new TooManyPasswordChecks(retryAfter);
        }
    }
}
