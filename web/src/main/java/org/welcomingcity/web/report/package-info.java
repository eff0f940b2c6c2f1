/**
 * The reports over HTTP (JSON, CSV, PDF) and their pages with charts, for supervisors, legal
 * and auditors. Formatting only: the report use cases decide what is in them.
 */
package org.welcomingcity.web.report;
