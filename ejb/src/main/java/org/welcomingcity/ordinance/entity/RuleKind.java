package org.welcomingcity.ordinance.entity;

/**
 * Whether a rule decides what is done, or only records or reports (a log entry, a line of a
 * report). Recording rules are listed with a decision but never set its outcome, so a decision
 * that no deciding rule reaches stays with legal.
 */
public enum RuleKind {
    DECIDES,
    RECORDS
}
