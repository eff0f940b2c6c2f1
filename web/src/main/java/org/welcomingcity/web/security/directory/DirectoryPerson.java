package org.welcomingcity.web.security.directory;

import java.util.Set;

/** A person the directory vouched for: the entry's name, their groups, and their name and unit where known. */
record DirectoryPerson(String dn, Set<String> groups, String displayName, String unit) {
}
