package org.welcomingcity.web.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.welcomingcity.identity.entity.Role;

/**
 * Which application roles a directory or provider group grants, from one setting of the
 * form {@code group=ROLE[,ROLE];group=ROLE}. Group names are compared without regard to
 * case, as directories do. A group that is not listed grants nothing, so a directory group
 * that happens to be called {@code ADMIN} never becomes the ADMIN role by accident.
 */
public final class GroupRoles {

    public static final String KEY = "welcoming.identity.group-roles";

    private final Map<String, Set<Role>> roles;

    private GroupRoles(Map<String, Set<Role>> roles) {
        this.roles = roles;
    }

    /** Reads the setting; a malformed entry or an unknown role stops the deployment rather than grant less or more. */
    public static GroupRoles parse(String setting) {
        Map<String, Set<Role>> roles = new LinkedHashMap<>();
        for (String entry : setting == null ? new String[0] : setting.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.lastIndexOf('='); // a group name (a DN, say) may contain '='; roles never do
            if (equals <= 0) {
                throw new IllegalStateException(KEY + ": '" + entry.trim() + "' is not group=ROLE[,ROLE]");
            }
            Set<Role> granted = roles.computeIfAbsent(key(entry.substring(0, equals)), group -> EnumSet.noneOf(Role.class));
            for (String role : entry.substring(equals + 1).split(",")) {
                granted.add(role(role.trim()));
            }
        }
        return new GroupRoles(roles);
    }

    private static Role role(String name) {
        try {
            return Role.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalStateException(KEY + ": '" + name + "' is not one of the roles OFFICER, SUPERVISOR, "
                    + "LEGAL, AUDITOR, ADMIN", unknown);
        }
    }

    private static String key(String group) {
        return group.trim().toLowerCase(Locale.ROOT);
    }

    /** The role names the given groups grant together, as the container's caller groups. */
    public Set<String> rolesOf(Collection<String> groups) {
        Set<String> granted = new TreeSet<>();
        for (String group : groups) {
            roles.getOrDefault(key(group), Set.of()).forEach(role -> granted.add(role.name()));
        }
        return granted;
    }

    public boolean isEmpty() {
        return roles.isEmpty();
    }
}
