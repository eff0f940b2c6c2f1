package org.welcomingcity.web.security.directory;

import java.util.Set;

/** A person the directory vouched for: the entry's name and the names of their groups. */
record DirectoryPerson(String dn, Set<String> groups) {
}
