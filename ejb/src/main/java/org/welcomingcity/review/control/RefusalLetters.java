package org.welcomingcity.review.control;

import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.welcomingcity.identity.entity.Role;
import org.welcomingcity.letters.entity.CitedRule;
import org.welcomingcity.letters.entity.LetterContent;
import org.welcomingcity.letters.entity.LetterKind;
import org.welcomingcity.ordinance.entity.Outcome;
import org.welcomingcity.ordinance.entity.RequestedAction;
import org.welcomingcity.ordinance.entity.Rule;
import org.welcomingcity.request.entity.Answer;
import org.welcomingcity.request.entity.AskDecision;
import org.welcomingcity.request.entity.FederalRequest;
import org.welcomingcity.request.entity.Intake;
import org.welcomingcity.review.entity.StepRecord;

/**
 * What the letter to the agency says when a supervisor declined or legal refused asks: those asks,
 * the rules that forbid them with their citations, the written reason, and who signed.
 */
public final class RefusalLetters {

    private RefusalLetters() {
    }

    /** The steps that can answer an ask no: legal's for a refusal, the supervisor's for a decline. */
    private static final Set<String> LEGAL_NO = Set.of("approve", "refuse");
    private static final Set<String> SUPERVISOR_NO = Set.of("decline", "permit", "escalate");

    /**
     * The step that last answered an ask no (legal's when it refused any, else the supervisor's);
     * empty when no ask was declined or refused.
     */
    public static Optional<StepRecord> refusal(FederalRequest request) {
        Collection<Answer> answers = request.answers().values();
        Set<String> steps = answers.contains(Answer.REFUSED) ? LEGAL_NO
                : answers.contains(Answer.DECLINED) ? SUPERVISOR_NO : Set.of();
        return request.steps().stream().filter(s -> steps.contains(s.name()))
                .max(Comparator.comparing(StepRecord::takenAt));
    }

    /** The letter names only the asks answered no, and cites only the rules that forbid those. */
    public static LetterContent content(FederalRequest request, StepRecord refusal, String signerName,
            Function<String, Optional<Rule>> rules, ZoneId zone) {
        boolean legal = refusal.actorRole() == Role.LEGAL;
        Intake intake = request.intake();
        Map<RequestedAction, Answer> answers = request.answers();
        List<AskDecision> refused = request.currentDecisions().stream()
                .filter(d -> answers.getOrDefault(d.action(), Answer.OPEN).isNo()).toList();
        return new LetterContent(legal ? LetterKind.LEGAL_REFUSAL : LetterKind.DECLINE, request.reference(),
                intake.agency().name(), intake.agencyComponent(), intake.agentName(),
                intake.receivedAt().atZoneSameInstant(zone).toLocalDate(), words(intake.documentType().name()),
                intake.formNumber(), refused.stream().map(d -> words(d.action().name())).distinct().toList(),
                citations(refused, rules), refusal.note(), signerName,
                legal ? "Legal Affairs" : "Supervisor" + (request.unit() == null ? "" : ", " + request.unit()), null,
                refusal.takenAt().atZoneSameInstant(zone).toLocalDate());
    }

    /**
     * Only the rules that forbid what was asked, each cited once: those that decided an ask to be
     * declined, or to need legal's approval that legal then refused. The rules of an ask that was
     * allowed, and duties that only record or report, are no reason for the refusal.
     */
    private static List<CitedRule> citations(List<AskDecision> decisions, Function<String, Optional<Rule>> rules) {
        Map<String, CitedRule> cited = new LinkedHashMap<>();
        decisions.stream().filter(decision -> decision.outcome() == Outcome.DECLINE || decision.outcome() == Outcome.LEGAL)
                .forEach(decision -> decision.rules().stream()
                .filter(rule -> rule.outcome() == decision.outcome())
                .forEach(rule -> cited.computeIfAbsent(rule.pack() + "/" + rule.id(), key -> new CitedRule(
                        rule.citation(), rule.id(), rules.apply(key).map(Rule::explanation).orElse(null)))));
        return List.copyOf(cited.values());
    }

    private static String words(String constant) {
        String text = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

}
