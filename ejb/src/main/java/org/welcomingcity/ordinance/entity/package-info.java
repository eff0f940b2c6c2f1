/**
 * Facts, rule packs, rules and decisions as immutable values, plus the enums of the evaluation
 * API. Plain Java: depends on nothing else in the application. Never holds a person's
 * citizenship or immigration status.
 */
package org.welcomingcity.ordinance.entity;
