/**
 * Use cases on accounts: administration (ADMIN), a user's own password change, credential checks
 * for the identity store. Transactions, role checks and audit events live here.
 */
package org.welcomingcity.identity.boundary;
