/**
 * The law pages every signed-in role may open: the rules in force on a date, what the law says
 * about an ask, and the same ask under two dates. Calls the ordinance boundary only.
 */
package org.welcomingcity.web.law;
