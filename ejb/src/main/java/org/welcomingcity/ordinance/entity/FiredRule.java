package org.welcomingcity.ordinance.entity;

/** A rule that matched the facts, with the pack it came from: one line of a decision's reasons. */
public record FiredRule(String id, String pack, String citation, Outcome outcome, String explanation) {
}
