/**
 * The city's LDAP directory or Active Directory as the identity store, through the JDK's JNDI
 * LDAP provider. Depends on the security package (settings, group mapping) and the audit boundary.
 */
package org.welcomingcity.web.security.directory;
