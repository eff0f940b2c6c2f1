package org.welcomingcity.web.review;

import java.util.List;
import java.util.Locale;
import org.welcomingcity.ordinance.entity.Outcome;
import org.welcomingcity.request.boundary.RequestView;
import org.welcomingcity.request.boundary.RequestView.AnswerView;
import org.welcomingcity.request.entity.Answer;
import org.welcomingcity.web.page.PageText;

/**
 * What the officer tells the agent, in big type at the top of the request page: one line per
 * ask ("Execute the warrant: permitted. Release date: do not share."), and a banner that
 * follows the request through every step. Before anyone decides, the banner is the law's
 * outcome; afterwards it is where the request stands.
 *
 * @param word the banner's word
 * @param tone the banner's colour, as an outcome's CSS name
 * @param lines one sentence per ask
 */
public record Headline(String word, String tone, List<String> lines) {

    static Headline of(RequestView view) {
        boolean undecided = view.answers().stream().allMatch(a -> a.answer() == Answer.OPEN) && !view.state().isFinal();
        String word = undecided ? PageText.of("law.outcome." + view.outcome())
                : PageText.of("review.state." + view.state());
        List<String> lines = view.answers().stream().map(a -> PageText.of("review.headline.line",
                PageText.of("review.ask." + a.action()), said(a, view.state().isFinal()))).toList();
        return new Headline(word, tone(view, undecided).name().toLowerCase(Locale.ROOT), lines);
    }

    /** What to do about one ask, in words that fit whether it is an act or information. */
    private static String said(AnswerView a, boolean over) {
        String kind = a.disclosure() ? "share" : "act";
        String key = switch (a.answer()) {
            case PERMITTED -> "yes";
            case APPROVED -> a.disclosure() ? "approved" : "yes";
            case DECLINED, REFUSED -> "no";
            case WITH_LEGAL -> "legal";
            case OPEN -> over || a.outcome() == Outcome.DECLINE ? "no"
                    : a.outcome() == Outcome.NO_ACTION ? "none" : "wait";
        };
        return PageText.of("review.headline." + kind + "." + key);
    }

    /** Colour: the law's outcome until someone decides; then legal's purple while it waits, green if anything is allowed. */
    private static Outcome tone(RequestView view, boolean undecided) {
        if (undecided) {
            return view.outcome();
        }
        List<Answer> answers = view.answers().stream().map(AnswerView::answer).toList();
        if (answers.contains(Answer.WITH_LEGAL)) {
            return Outcome.LEGAL;
        }
        return answers.stream().anyMatch(Answer::isYes) ? Outcome.PERMITTED : Outcome.DECLINE;
    }
}
