/** The tamper-evident audit trail: every action recorded in the transaction that made it, hash-chained. */
package org.welcomingcity.audit;
