package org.welcomingcity.ordinance.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.welcomingcity.ordinance.entity.RulePack;

/**
 * Effective dates the legal department confirmed, replacing the packs' defaults. Settings are
 * named {@code <prefix><packId>.effective-from} or {@code .effective-to}, with ISO dates as
 * values. A setting for an unknown pack or a bad date is an error rather than ignored, since a
 * typo would otherwise leave the wrong law in force unnoticed.
 */
public record EffectiveDateOverrides(String prefix, Map<String, String> settings) {

    public static final String FROM = ".effective-from";
    public static final String TO = ".effective-to";

    public EffectiveDateOverrides {
        settings = new TreeMap<>(settings); // sorted, so the first error reported does not vary
    }

    public static EffectiveDateOverrides none() {
        return new EffectiveDateOverrides("", Map.of());
    }

    public List<RulePack> applyTo(List<RulePack> packs) {
        settings.keySet().forEach(key -> packOf(key, packs));
        List<RulePack> result = new ArrayList<>();
        for (RulePack pack : packs) {
            String from = prefix + pack.id() + FROM;
            String to = prefix + pack.id() + TO;
            LocalDate start = date(from).orElse(pack.effectiveFrom());
            LocalDate end = settings.containsKey(to) ? date(to).orElseThrow() : pack.effectiveTo();
            if (end != null && end.isBefore(start)) {
                throw new InvalidRulePackException(settings.containsKey(to) ? to : from, null, null,
                        "pack " + pack.id() + " would end (" + end + ") before it starts (" + start + ")");
            }
            result.add(pack.withEffectiveDates(start, end));
        }
        return List.copyOf(result);
    }

    private void packOf(String key, List<RulePack> packs) {
        String name = key.startsWith(prefix) ? key.substring(prefix.length()) : key;
        String id = name.endsWith(FROM) ? name.substring(0, name.length() - FROM.length())
                : name.endsWith(TO) ? name.substring(0, name.length() - TO.length()) : null;
        if (id == null) {
            throw new InvalidRulePackException(key, null, null, "expected <packId>" + FROM + " or <packId>" + TO);
        }
        if (packs.stream().noneMatch(pack -> pack.id().equals(id))) {
            throw new InvalidRulePackException(key, null, null, "no rule pack has the id '" + id + "' (known: "
                    + String.join(", ", packs.stream().map(RulePack::id).toList()) + ")");
        }
    }

    private Optional<LocalDate> date(String key) {
        String value = settings.get(key);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidRulePackException(key, null, null, "'" + value + "' is not an ISO date (yyyy-mm-dd)");
        }
    }

    /** The settings that moved either pack's dates, for a message about the two; empty when none did. */
    String describe(RulePack earlier, RulePack next) {
        List<String> used = new ArrayList<>();
        for (String key : List.of(prefix + earlier.id() + FROM, prefix + earlier.id() + TO, prefix + next.id() + FROM,
                prefix + next.id() + TO)) {
            if (settings.containsKey(key)) {
                used.add(key + "=" + settings.get(key));
            }
        }
        return used.isEmpty() ? "" : " (dates set by " + String.join(", ", used) + ")";
    }
}
