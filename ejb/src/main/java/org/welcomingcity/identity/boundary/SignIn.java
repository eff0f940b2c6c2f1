package org.welcomingcity.identity.boundary;

import java.util.Set;
import org.welcomingcity.identity.entity.Role;

/**
 * A verified log-on: the account's roles, whether it must change its password before using
 * them, and the account's version, which changes with every administrative change.
 */
public record SignIn(Set<Role> roles, boolean mustChangePassword, long version) {
}
