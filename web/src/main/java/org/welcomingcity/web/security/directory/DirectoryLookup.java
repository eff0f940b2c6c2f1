package org.welcomingcity.web.security.directory;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Hashtable;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import javax.naming.AuthenticationException;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.LdapName;

/**
 * One log-on against the directory: find the person's entry with the service account, bind
 * as that entry with the given password, then read the groups (and the name and unit). Filter arguments go through
 * JNDI's {@code {0}} placeholders, which escape them, so a user name cannot change a filter.
 */
final class DirectoryLookup {

    private final DirectorySettings settings;

    DirectoryLookup(DirectorySettings settings) {
        this.settings = settings;
    }

    /** The person when the password is right; empty when the person is unknown, ambiguous or the password wrong. */
    Optional<DirectoryPerson> authenticate(String username, char[] password) throws NamingException {
        if (username.isBlank() || password.length == 0) {
            return Optional.empty(); // an empty password would be an anonymous bind, which LDAP accepts
        }
        DirContext service = connect(settings.bindDn().orElse(null), settings.bindPassword().orElse(null));
        try {
            Optional<SearchResult> entry = findPerson(service, username);
            if (entry.isEmpty() || !passwordMatches(entry.get().getNameInNamespace(), password)) {
                return Optional.empty();
            }
            String dn = entry.get().getNameInNamespace();
            Attributes found = entry.get().getAttributes();
            String name = firstOf(found, "displayName", "cn");
            String unit = firstOf(found, settings.unitAttribute().orElse(null));
            return Optional.of(new DirectoryPerson(dn, id(found.get(settings.idAttribute())),
                    groups(service, entry.get(), dn, username), name, unit));
        } finally {
            service.close();
        }
    }

    private Optional<SearchResult> findPerson(DirContext service, String username) throws NamingException {
        List<String> attributes = new ArrayList<>(List.of(settings.groupAttribute(), "displayName", "cn",
                settings.idAttribute())); // an operational attribute such as entryUUID comes only when asked for
        settings.unitAttribute().ifPresent(attributes::add);
        SearchControls controls = controls(attributes.toArray(String[]::new));
        controls.setCountLimit(2);
        NamingEnumeration<SearchResult> found = service.search(settings.userBase(), settings.userFilter(),
                new Object[] {username}, controls);
        try {
            Optional<SearchResult> first = found.hasMore() ? Optional.of(found.next()) : Optional.empty();
            return first.isPresent() && found.hasMore() ? Optional.empty() : first; // two matches: trust neither
        } catch (javax.naming.SizeLimitExceededException ambiguous) {
            return Optional.empty();
        } finally {
            found.close();
        }
    }

    private boolean passwordMatches(String dn, char[] password) throws NamingException {
        try {
            connect(dn, new String(password)).close();
            return true;
        } catch (AuthenticationException wrongPassword) {
            return false;
        }
    }

    private Set<String> groups(DirContext service, SearchResult person, String dn, String username)
            throws NamingException {
        Set<String> groups = new LinkedHashSet<>();
        if (settings.groupBase().isPresent()) {
            NamingEnumeration<SearchResult> found = service.search(settings.groupBase().get(), settings.groupFilter(),
                    new Object[] {dn, username}, controls(settings.groupNameAttribute()));
            try {
                while (found.hasMore()) {
                    addValues(found.next().getAttributes().get(settings.groupNameAttribute()), groups);
                }
            } finally {
                found.close();
            }
        } else {
            Attribute memberOf = person.getAttributes().get(settings.groupAttribute());
            Set<String> dns = new LinkedHashSet<>();
            addValues(memberOf, dns);
            for (String groupDn : dns) {
                groups.add(groupDn);
                groups.add(firstValue(groupDn)); // so the mapping may name a group by its DN or its common name
            }
        }
        return groups;
    }

    private static void addValues(Attribute attribute, Set<String> into) throws NamingException {
        if (attribute != null) {
            for (NamingEnumeration<?> values = attribute.getAll(); values.hasMore();) {
                into.add(String.valueOf(values.next()));
            }
        }
    }

    /** The entry's id as text: a binary one (objectGUID) in hexadecimal; null when the entry has none. */
    private static String id(Attribute attribute) throws NamingException {
        Object value = attribute == null || attribute.size() == 0 ? null : attribute.get();
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value);
    }

    /** The first value of the first of the attributes the entry has, or null when it has none of them. */
    private static String firstOf(Attributes entry, String... names) throws NamingException {
        for (String name : names) {
            Attribute attribute = name == null ? null : entry.get(name);
            if (attribute != null && attribute.size() > 0) {
                return String.valueOf(attribute.get());
            }
        }
        return null;
    }

    private static String firstValue(String dn) {
        try {
            LdapName name = new LdapName(dn);
            return name.isEmpty() ? dn : String.valueOf(name.getRdn(name.size() - 1).getValue());
        } catch (javax.naming.InvalidNameException notADn) {
            return dn;
        }
    }

    private SearchControls controls(String... attributes) {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningAttributes(attributes);
        controls.setTimeLimit((int) settings.timeout().toMillis());
        return controls;
    }

    private DirContext connect(String dn, String password) throws NamingException {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, settings.url());
        env.put(Context.REFERRAL, "ignore");
        if ("objectGUID".equalsIgnoreCase(settings.idAttribute())) {
            env.put("java.naming.ldap.attributes.binary", settings.idAttribute()); // bytes, which JNDI would mangle as text
        }
        env.put("com.sun.jndi.ldap.connect.timeout", String.valueOf(settings.timeout().toMillis()));
        env.put("com.sun.jndi.ldap.read.timeout", String.valueOf(settings.timeout().toMillis()));
        if (dn != null) {
            env.put(Context.SECURITY_AUTHENTICATION, "simple");
            env.put(Context.SECURITY_PRINCIPAL, dn);
            env.put(Context.SECURITY_CREDENTIALS, password == null ? "" : password);
        }
        return new InitialDirContext(env);
    }
}
