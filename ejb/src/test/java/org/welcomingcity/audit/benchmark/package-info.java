/** Measurements of the audit trail on a real database, run on demand (see docs/benchmarks/audit.md). */
package org.welcomingcity.audit.benchmark;
