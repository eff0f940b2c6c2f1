package org.welcomingcity.ordinance.entity;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One law in one version, as data: in force from {@code effectiveFrom} to {@code effectiveTo}
 * (both inclusive; no end when null), for the custody kinds listed (all when empty).
 * {@code version} is the revision of the pack's data, so a stored decision names exactly what decided it.
 * {@code follows} names the earlier version of the same law that this one replaces (null for
 * a first version or a law of its own): the two must meet day to day.
 */
public record RulePack(String id, String version, String title, String jurisdiction,
        LocalDate effectiveFrom, LocalDate effectiveTo, Set<Custody> appliesToCustody, String note,
        List<Rule> rules, String follows) {

    public RulePack {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("effectiveTo " + effectiveTo + " is before effectiveFrom " + effectiveFrom);
        }
        appliesToCustody = appliesToCustody == null || appliesToCustody.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(Custody.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(appliesToCustody));
        rules = List.copyOf(rules);
    }

    /** A pack that follows no other. */
    public RulePack(String id, String version, String title, String jurisdiction, LocalDate effectiveFrom,
            LocalDate effectiveTo, Set<Custody> appliesToCustody, String note, List<Rule> rules) {
        this(id, version, title, jurisdiction, effectiveFrom, effectiveTo, appliesToCustody, note, rules, null);
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    public boolean appliesTo(LocalDate date, Custody custody) {
        return inForceOn(date) && (appliesToCustody.isEmpty() || appliesToCustody.contains(custody));
    }

    /** The rules of this pack that match, in the pack's order. */
    public Stream<FiredRule> fire(Facts facts) {
        return matching(facts).map(rule -> rule.firedIn(id));
    }

    public Stream<Rule> matching(Facts facts) {
        return rules.stream().filter(rule -> rule.matches(facts));
    }

    public PackRef ref() {
        return new PackRef(id, version);
    }

    /** The same law with the dates the legal department confirmed. */
    public RulePack withEffectiveDates(LocalDate from, LocalDate to) {
        return new RulePack(id, version, title, jurisdiction, from, to, appliesToCustody, note, rules, follows);
    }
}
