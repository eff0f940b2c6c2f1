/** The report use cases (SUPERVISOR, LEGAL, AUDITOR): each one produced is audited, and states its provenance. */
package org.welcomingcity.report.boundary;
