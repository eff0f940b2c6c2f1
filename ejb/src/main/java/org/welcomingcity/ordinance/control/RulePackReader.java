package org.welcomingcity.ordinance.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.welcomingcity.ordinance.entity.Conditions;
import org.welcomingcity.ordinance.entity.Consent;
import org.welcomingcity.ordinance.entity.Custody;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.Outcome;
import org.welcomingcity.ordinance.entity.Purpose;
import org.welcomingcity.ordinance.entity.RequestedAction;
import org.welcomingcity.ordinance.entity.Rule;
import org.welcomingcity.ordinance.entity.RuleKind;
import org.welcomingcity.ordinance.entity.RulePack;
import org.welcomingcity.ordinance.entity.SubjectFact;

/** Turns one pack's JSON into a validated {@link RulePack}; the format is described in rulepacks/README.md. */
final class RulePackReader {

    private static final Set<String> PACK_FIELDS = Set.of("id", "version", "title", "jurisdiction",
            "effectiveFrom", "effectiveTo", "appliesToCustody", "note", "rules", "follows");
    private static final Set<String> RULE_FIELDS = Set.of("id", "citation", "conditions", "outcome", "explanation",
            "kind");
    private static final Set<String> CONDITION_FIELDS = Set.of("documentTypes", "actions", "purposes",
            "consents", "custodies", "subjectAny", "subjectNone");
    // Pack ids become parts of configuration keys (welcoming.rulepack.<id>.effective-from).
    private static final Pattern PACK_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String source;

    RulePackReader(String source) {
        this.source = source;
    }

    RulePack read(JsonObject json) {
        PackFields pack = new PackFields(json, source, null, "").allowOnly(PACK_FIELDS);
        String id = pack.text("id");
        if (!PACK_ID.matcher(id).matches()) {
            throw pack.error("id", "'" + id + "' must be lower-case letters and digits separated by hyphens");
        }
        LocalDate from = pack.date("effectiveFrom");
        LocalDate to = pack.optionalDate("effectiveTo").orElse(null);
        if (to != null && to.isBefore(from)) {
            throw pack.error("effectiveTo", to + " is before effectiveFrom " + from);
        }
        Set<Custody> custody = pack.choices("appliesToCustody", Custody.class);
        String follows = pack.optionalText("follows").orElse(null);
        if (follows != null && (follows.equals(id) || !PACK_ID.matcher(follows).matches())) {
            throw pack.error("follows", "'" + follows + "' must be the id of another pack (the earlier version of this law)");
        }
        return new RulePack(id, pack.text("version"), pack.text("title"), pack.text("jurisdiction"),
                from, to, custody, pack.optionalText("note").orElse(null), rules(pack), follows);
    }

    private List<Rule> rules(PackFields pack) {
        List<JsonValue> items = pack.array("rules");
        if (items.isEmpty()) {
            throw pack.error("rules", "a pack needs at least one rule");
        }
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof JsonObject item)) {
                throw pack.error("rules[" + i + "]", "expected an object, found " + items.get(i));
            }
            Rule rule = rule(item, "rules[" + i + "]");
            if (!ids.add(rule.id())) {
                throw new InvalidRulePackException(source, rule.id(), "id", "another rule of this pack has the same id");
            }
            rules.add(rule);
        }
        return rules;
    }

    private Rule rule(JsonObject json, String position) {
        // Until the id is known, the rule is named by its position in the list.
        String id = new PackFields(json, source, position, "").text("id");
        PackFields rule = new PackFields(json, source, id, "").allowOnly(RULE_FIELDS);
        Conditions conditions = conditions(rule.object("conditions", id));
        if (conditions.isEmpty()) {
            throw rule.error("conditions", "no conditions: a rule that matches every request is not allowed");
        }
        RuleKind kind = rule.has("kind") ? rule.choice("kind", RuleKind.class) : RuleKind.DECIDES;
        if (kind == RuleKind.RECORDS && rule.has("outcome")) {
            throw rule.error("outcome", "a rule that only records or reports never decides: leave the outcome out");
        }
        Outcome outcome = kind == RuleKind.RECORDS ? Outcome.NO_ACTION : rule.choice("outcome", Outcome.class);
        return new Rule(id, rule.text("citation"), conditions, outcome, rule.text("explanation"), kind);
    }

    private static Conditions conditions(PackFields json) {
        json.allowOnly(CONDITION_FIELDS);
        Set<SubjectFact> any = json.choices("subjectAny", SubjectFact.class);
        Set<SubjectFact> none = json.choices("subjectNone", SubjectFact.class);
        if (any.stream().anyMatch(none::contains)) {
            throw json.error("subjectNone", "contradicts subjectAny: no person could match");
        }
        return new Conditions(json.choices("documentTypes", DocumentType.class),
                json.choices("actions", RequestedAction.class), json.choices("purposes", Purpose.class),
                json.choices("consents", Consent.class), json.choices("custodies", Custody.class), any, none);
    }
}
