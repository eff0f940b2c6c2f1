/**
 * Finding and storing accounts, password hashing and the password policy, the demo accounts of
 * the embedded setup, and the accounts of people from the directory or identity provider, opened
 * at their log-on for the web tier's identity stores alone. Depends on identity.entity, the
 * problem exceptions (and the audit boundary for the accounts it opens).
 */
package org.welcomingcity.identity.control;
