package org.welcomingcity.ordinance.control;

import java.util.Optional;

/**
 * A rule pack (or a setting about one) is wrong. Thrown at start-up so the deployment stops;
 * the message names the file, the rule and the field so whoever maintains the pack can fix it.
 */
public class InvalidRulePackException extends RuntimeException {

    private final String source;
    private final String rule;
    private final String field;

    public InvalidRulePackException(String source, String rule, String field, String problem) {
        this(source, rule, field, problem, null);
    }

    public InvalidRulePackException(String source, String rule, String field, String problem, Throwable cause) {
        super(where(source, rule, field) + ": " + problem, cause);
        this.source = source;
        this.rule = rule;
        this.field = field;
    }

    /** The file (or setting) at fault. */
    public String source() {
        return source;
    }

    public Optional<String> rule() {
        return Optional.ofNullable(rule);
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    private static String where(String source, String rule, String field) {
        return source + (rule == null ? "" : ", rule " + rule) + (field == null ? "" : ", field " + field);
    }
}
