/**
 * The law, on the pages and over HTTP: the rules in force on a date, what the law says about an
 * ask (the page and the evaluation API), the same ask under two dates, and the rule packs known.
 * Request bodies are read strictly, field by field. Calls the ordinance boundary only.
 */
package org.welcomingcity.web.ordinance;
