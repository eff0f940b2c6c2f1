/**
 * The small hierarchy of business exceptions every use case throws; the web tier turns
 * them into HTTP statuses and page messages, and the one rule of plain text ({@code PlainText})
 * that every recorded name, number and reason follows. {@code FieldRules} reads what a single
 * field must be from its Bean Validation constraints ({@code Required}, {@code FreeText}) as
 * (field, problem) pairs, and {@code NoStatusClaim} keeps a person's status out of free text
 * ({@code StatusPhrases}, legal's list). Depends on nothing else in the application.
 */
package org.welcomingcity.problem;
