/**
 * The pure rules engine, rule-pack loading and validation (JSON-P), and effective-date
 * overrides. No container needed; depends on ordinance.entity and org.welcomingcity.problem.
 */
package org.welcomingcity.ordinance.control;
