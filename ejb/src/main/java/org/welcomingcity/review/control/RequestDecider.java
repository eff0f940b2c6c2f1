package org.welcomingcity.review.control;

import java.time.OffsetDateTime;
import java.util.List;
import org.welcomingcity.ordinance.boundary.Ordinance;
import org.welcomingcity.ordinance.entity.Facts;
import org.welcomingcity.review.entity.AskDecision;
import org.welcomingcity.review.entity.FederalRequest;
import org.welcomingcity.review.entity.Intake;

/** Asks the engine about every ask of a request and stores the answers as the next round. */
public final class RequestDecider {

    private RequestDecider() {
    }

    public static void decide(Ordinance ordinance, FederalRequest request, String by, OffsetDateTime at) {
        Intake intake = request.intake();
        int round = request.nextRound();
        // A date no pack covers ends here with the engine's own 422 message.
        List<AskDecision> decisions = intake.asks().stream().sorted()
                .map(ask -> new Facts(request.eventDate(), intake.documentType(), ask, intake.purpose(),
                        intake.consent(), null, intake.custody()))
                .map(facts -> new AskDecision(request, round, ordinance.evaluate(facts), by, at))
                .toList();
        request.decide(decisions);
    }
}
