/** Timing of the report queries over a million requests on PostgreSQL; run by hand, not by the build. */
package org.welcomingcity.report.benchmark;
