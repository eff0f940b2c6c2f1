/**
 * Reports the law requires: the city's quarterly report (MCC 2-173-069), the state's annual
 * report (TRUST Act section 25), statistics, and a public aggregate. Reads the workflow's
 * tables with aggregate SQL; depends on review, ordinance and audit, never the other way.
 */
package org.welcomingcity.report;
