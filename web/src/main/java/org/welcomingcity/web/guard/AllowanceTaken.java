package org.welcomingcity.web.guard;

import jakarta.enterprise.context.RequestScoped;

/**
 * Whether this request has taken its place in its client's allowance already: the log-on form's
 * post was counted by {@link AnonymousRateFilter}, and its password check is part of that place,
 * not a second one (two places a log-on would let a client at the steady rate post forever and
 * never have its password checked).
 */
@RequestScoped
public class AllowanceTaken {

    private boolean taken;

    void mark() {
        taken = true;
    }

    public boolean already() {
        return taken;
    }
}
