package org.welcomingcity.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import org.welcomingcity.audit.control.CallerOrigin;
import org.welcomingcity.web.guard.AllowanceTaken;
import org.welcomingcity.web.guard.ClientAllowance;

/**
 * A password checked the slow way (a deliberately slow hash, or a bind at the directory) is the
 * dearest thing a caller without an account can make this server do. Each one takes a place in the
 * caller's allowance of work before log-on: on the API, where HTTP Basic is checked before any
 * filter counts the request, a place of its own; on the log-on form, the place its post took. A
 * credential remembered as verified costs no check and takes nothing.
 */
@ApplicationScoped
public class PasswordChecks {

    @Inject
    ClientAllowance allowance;

    @Inject
    CallerOrigin origin;

    @Inject
    AllowanceTaken taken;

    /** Lets a check go on, or throws {@link TooManyPasswordChecks} when the caller's allowance is spent. */
    public void admit() {
        String client;
        try {
            if (taken.already()) {
                return;
            }
            client = origin.address();
        } catch (ContextNotActiveException notARequest) {
            return; // not an HTTP request: nothing to count it against
        }
        if (client == null) {
            return;
        }
        long retryAfter = allowance.take(client);
        if (retryAfter > 0) {
            throw new TooManyPasswordChecks(retryAfter);
        }
    }
}
