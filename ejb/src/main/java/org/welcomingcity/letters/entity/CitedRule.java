package org.welcomingcity.letters.entity;

/** A rule the decision rests on: how a lawyer cites it, the rule pack's id for it, and plain words. */
public record CitedRule(String citation, String ruleId, String explanation) {
}
