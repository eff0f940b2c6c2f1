/**
 * Use cases on accounts: administration (ADMIN), a user's own password change, credential checks
 * for the identity store, and just-in-time accounts for people from the directory or the identity
 * provider. Transactions, role checks and audit events live here.
 */
package org.welcomingcity.identity.boundary;
