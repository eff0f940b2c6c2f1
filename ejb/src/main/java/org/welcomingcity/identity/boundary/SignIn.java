package org.welcomingcity.identity.boundary;

import java.util.Set;
import org.welcomingcity.identity.entity.Role;

/**
 * A verified log-on: the account's roles, whether it must change its password before using them,
 * and the stamp of the password it was verified against (for {@link AccountCredentials#renew}).
 */
public record SignIn(Set<Role> roles, boolean mustChangePassword, String passwordStamp) {
}
