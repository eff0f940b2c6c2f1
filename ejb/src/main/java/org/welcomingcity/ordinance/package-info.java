/**
 * The rules engine: given what a federal agency asks, what the law in force on the event date
 * says, with citations. Depends only on org.welcomingcity.problem; other features depend on it.
 */
package org.welcomingcity.ordinance;
