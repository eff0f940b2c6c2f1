/** The audit trail over REST and on the auditor's pages: verification, search, CSV export, weekly review. */
package org.welcomingcity.web.audit;
