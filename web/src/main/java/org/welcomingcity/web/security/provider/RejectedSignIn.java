package org.welcomingcity.web.security.provider;

/** A sign-in through the provider that must not succeed; the reason is fixed text, safe for the audit trail. */
final class RejectedSignIn extends Exception {

    private static final long serialVersionUID = 1L;

    RejectedSignIn(String reason) {
        super(reason);
    }

    RejectedSignIn(String reason, Throwable cause) {
        super(reason, cause);
    }
}
