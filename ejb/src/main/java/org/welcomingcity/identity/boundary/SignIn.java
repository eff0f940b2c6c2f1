package org.welcomingcity.identity.boundary;

import java.util.Set;
import org.welcomingcity.identity.entity.Role;

/**
 * A verified log-on: the account's roles, whether it must change its password before using
 * them, and the account's revision, which changes with every administrative or password change.
 */
public record SignIn(Set<Role> roles, boolean mustChangePassword, long revision) {
}
