package org.welcomingcity.web.security.directory;

import java.util.Set;

/**
 * A person the directory vouched for: the entry's name and its id (null when the entry has no
 * {@code id-attribute}), their groups, and their name and unit where known.
 */
record DirectoryPerson(String dn, String id, Set<String> groups, String displayName, String unit) {
}
