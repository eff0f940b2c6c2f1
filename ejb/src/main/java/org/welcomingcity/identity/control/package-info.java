/**
 * Finding and storing accounts, password hashing and the password policy, and the demo accounts
 * of the embedded setup. Depends on identity.entity, the problem exceptions (and the audit
 * boundary for the demo accounts).
 */
package org.welcomingcity.identity.control;
