/** What the reports contain: periods, rows, counts and provenance. Values only, no persistence. */
package org.welcomingcity.report.entity;
