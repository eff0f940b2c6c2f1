/**
 * Recording into the audit trail (any use case, in its own transaction), and what auditors
 * do with it: verify the chain, search, export, review. Depends on identity.entity for role names.
 */
package org.welcomingcity.audit.boundary;
