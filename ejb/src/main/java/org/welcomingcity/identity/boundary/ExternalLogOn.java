package org.welcomingcity.identity.boundary;

import java.util.Optional;

/**
 * What recording a directory or provider log-on decided: the account's user name, which the
 * person is signed in as (it may differ in case from what they typed), or why they may not sign in.
 */
public record ExternalLogOn(String username, Optional<String> refusal) {

    static ExternalLogOn accepted(String username) {
        return new ExternalLogOn(username, Optional.empty());
    }

    static ExternalLogOn refused(String username, String reason) {
        return new ExternalLogOn(username, Optional.of(reason));
    }
}
