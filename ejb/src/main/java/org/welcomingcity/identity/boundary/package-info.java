/**
 * Use cases on accounts: administration (ADMIN) and credential checks for the identity store.
 * Transactions and role checks live here.
 */
package org.welcomingcity.identity.boundary;
