/**
 * The one way the application writes CSV: every export (audit trail, reports, account review)
 * goes through {@link org.welcomingcity.web.csv.CsvSheet}, so each cell is quoted and defused alike.
 */
package org.welcomingcity.web.csv;
