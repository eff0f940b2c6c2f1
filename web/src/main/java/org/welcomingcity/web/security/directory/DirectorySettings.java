package org.welcomingcity.web.security.directory;

import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Where the directory is and how people and their groups are found in it. Groups come from
 * a group search when {@code group-base} is set, otherwise from an attribute of the person's
 * entry ({@code memberOf} by default, as Active Directory and OpenLDAP's memberof overlay keep).
 * The person's unit, when set, is an attribute of their entry ({@code departmentNumber}, say); the
 * entry's id, which never changes, is {@code id-attribute} ({@code entryUUID}; Active Directory:
 * {@code objectGUID}, read as bytes and written in hexadecimal).
 */
record DirectorySettings(String url, Optional<String> bindDn, Optional<String> bindPassword,
        String userBase, String userFilter, String groupAttribute, Optional<String> groupBase,
        String groupFilter, String groupNameAttribute, Duration timeout, Optional<String> unitAttribute,
        String idAttribute) {

    static final String PREFIX = "welcoming.identity.ldap.";

    static DirectorySettings from(Config config) {
        return new DirectorySettings(
                config.getValue(PREFIX + "url", String.class),
                config.getOptionalValue(PREFIX + "bind-dn", String.class),
                config.getOptionalValue(PREFIX + "bind-password", String.class),
                config.getValue(PREFIX + "user-base", String.class),
                config.getOptionalValue(PREFIX + "user-filter", String.class).orElse("(&(objectClass=person)(uid={0}))"),
                config.getOptionalValue(PREFIX + "group-attribute", String.class).orElse("memberOf"),
                config.getOptionalValue(PREFIX + "group-base", String.class),
                config.getOptionalValue(PREFIX + "group-filter", String.class)
                        .orElse("(&(objectClass=groupOfNames)(member={0}))"),
                config.getOptionalValue(PREFIX + "group-name-attribute", String.class).orElse("cn"),
                Duration.ofSeconds(config.getOptionalValue(PREFIX + "timeout-seconds", Integer.class).orElse(5)),
                config.getOptionalValue(PREFIX + "unit-attribute", String.class),
                config.getOptionalValue(PREFIX + "id-attribute", String.class).orElse("entryUUID"));
    }
}
