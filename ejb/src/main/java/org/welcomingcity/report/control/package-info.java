/** The report queries (plain SQL that runs on H2 and PostgreSQL), small-cell suppression and the PDF layout. */
package org.welcomingcity.report.control;
