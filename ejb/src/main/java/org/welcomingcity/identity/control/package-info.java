/**
 * Finding and storing accounts, password hashing and the password policy, a caller's roles and
 * unit remembered, and the demo accounts of the embedded setup. Depends on identity.entity, the
 * problem exceptions (and the audit boundary for the demo accounts).
 */
package org.welcomingcity.identity.control;
