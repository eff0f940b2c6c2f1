package org.welcomingcity.request.control;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.welcomingcity.ordinance.boundary.Ordinance;
import org.welcomingcity.ordinance.control.DocumentRegister;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.Facts;
import org.welcomingcity.request.entity.AskDecision;
import org.welcomingcity.request.entity.DocumentClassification;
import org.welcomingcity.request.entity.FederalRequest;
import org.welcomingcity.request.entity.Intake;

/**
 * Asks the engine about every ask of a request, on each of its documents, and stores the answers
 * as the next round. A
 * document entered as judicial that does not show a court is decided as what it may be: an
 * unidentified, non-judicial document (OTHER), and the explanation says why.
 */
public final class RequestDecider {

    private RequestDecider() {
    }

    /** Every ask is decided on every document of the request: each document is evaluated. */
    public static void decide(Ordinance ordinance, FederalRequest request, String by, OffsetDateTime at) {
        Intake intake = request.intake();
        int round = request.nextRound();
        List<AskDecision> decisions = new ArrayList<>();
        for (DocumentClassification document : intake.allDocuments()) {
            List<String> notJudicial = DocumentGuidance.notJudicial(document, DocumentRegister.shipped());
            DocumentType decidedAs = notJudicial.isEmpty() ? document.documentType() : DocumentType.OTHER;
            String why = notJudicial.isEmpty() ? "" : "Entered as " + document.documentType() + " but decided as an"
                    + " unidentified, non-judicial document: " + String.join("; ", notJudicial) + ". ";
            // A date no pack covers ends here with the engine's own 422 message.
            intake.asks().stream().sorted()
                    .map(ask -> new Facts(request.eventDate(), decidedAs, ask, intake.purpose(),
                            intake.consent(), null, intake.custody()))
                    .map(facts -> ordinance.evaluate(facts).explainedFirst(why))
                    .map(decision -> new AskDecision(request, round, decision, by, at))
                    .forEach(decisions::add);
        }
        request.decide(decisions);
    }
}
