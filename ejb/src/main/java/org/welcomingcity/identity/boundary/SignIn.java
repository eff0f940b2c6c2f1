package org.welcomingcity.identity.boundary;

import java.util.Set;
import org.welcomingcity.identity.entity.Role;

/** A verified log-on: the account's roles, and whether it must change its password before using them. */
public record SignIn(Set<Role> roles, boolean mustChangePassword) {
}
