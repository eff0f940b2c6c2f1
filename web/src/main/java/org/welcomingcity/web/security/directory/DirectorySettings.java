package org.welcomingcity.web.security.directory;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Where the directory is and how people and their groups are found in it. Groups come from
 * a group search when {@code group-base} is set, otherwise from an attribute of the person's
 * entry ({@code memberOf} by default, as Active Directory and OpenLDAP's memberof overlay keep).
 * The person's unit, when set, is an attribute of their entry ({@code departmentNumber}, say); the
 * entry's id, which never changes, is {@code id-attribute} ({@code entryUUID}; Active Directory:
 * {@code objectGUID}, read as bytes and written in hexadecimal).
 * <p>
 * Plain {@code ldap://} is refused unless {@code allow-plain-ldap} is true: every person's
 * password crosses the connection at log-on, and so does the service account's bind password.
 */
record DirectorySettings(String url, Optional<String> bindDn, Optional<String> bindPassword,
        String userBase, String userFilter, String groupAttribute, Optional<String> groupBase,
        String groupFilter, String groupNameAttribute, Duration timeout, Optional<String> unitAttribute,
        String idAttribute) {

    static final String PREFIX = "welcoming.identity.ldap.";
    static final String ALLOW_PLAIN = PREFIX + "allow-plain-ldap";

    static DirectorySettings from(Config config) {
        return new DirectorySettings(
                checkedUrl(config.getValue(PREFIX + "url", String.class),
                        config.getOptionalValue(ALLOW_PLAIN, Boolean.class).orElse(false)),
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

    /** The directory's address, if it is encrypted or the city has said a plain one may carry passwords. */
    static String checkedUrl(String url, boolean plainAllowed) {
        String scheme = url.strip().toLowerCase(Locale.ROOT);
        if (scheme.startsWith("ldaps://") || (plainAllowed && scheme.startsWith("ldap://"))) {
            return url.strip();
        }
        if (scheme.startsWith("ldap://")) {
            throw new IllegalStateException(PREFIX + "url=" + url + " is plain LDAP, which would carry the bind password"
                    + " and every person's password unencrypted: use ldaps://, or set " + ALLOW_PLAIN
                    + "=true where the network itself protects the connection");
        }
        throw new IllegalStateException(PREFIX + "url=" + url + " must start with ldaps:// (or ldap:// with "
                + ALLOW_PLAIN + "=true)");
    }
}
