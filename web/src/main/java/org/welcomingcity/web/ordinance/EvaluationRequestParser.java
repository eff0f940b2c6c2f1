package org.welcomingcity.web.ordinance;

import java.util.List;
import org.welcomingcity.ordinance.entity.Consent;
import org.welcomingcity.ordinance.entity.Custody;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.Purpose;
import org.welcomingcity.ordinance.entity.RequestedAction;
import org.welcomingcity.ordinance.entity.SubjectHistory;
import org.welcomingcity.web.api.JsonFields;

/**
 * Reads an evaluation request field by field. A lenient binder would drop unknown fields
 * silently, and an integrator who sends a person's status would never learn that it was not
 * (and must not be) used; here every mistake is refused, and each complaint names its field.
 */
final class EvaluationRequestParser {

    static final List<String> FIELDS = List.of("eventDate", "documentType", "action", "purpose", "consent",
            "subject", "custody");
    static final List<String> SUBJECT_FIELDS = List.of("outstandingCriminalWarrant", "felonyConviction",
            "pendingFelonyCharge", "gangDatabase");

    private EvaluationRequestParser() {
    }

    /** @throws org.welcomingcity.web.api.InvalidRequestException naming every field at fault */
    static EvaluationRequest parse(String body) {
        JsonFields json = JsonFields.of(body, FIELDS);
        EvaluationRequest request = new EvaluationRequest(json.date("eventDate"),
                json.requiredChoice("documentType", DocumentType.class),
                json.requiredChoice("action", RequestedAction.class), json.requiredChoice("purpose", Purpose.class),
                json.choice("consent", Consent.class), subject(json), json.choice("custody", Custody.class));
        json.done();
        return request;
    }

    /** The subject's history; a fact left out or null is false. */
    private static SubjectHistory subject(JsonFields json) {
        JsonFields subject = json.object("subject", SUBJECT_FIELDS);
        if (subject == null) {
            return null;
        }
        boolean[] facts = new boolean[SUBJECT_FIELDS.size()];
        for (int i = 0; i < facts.length; i++) {
            facts[i] = Boolean.TRUE.equals(subject.flag(SUBJECT_FIELDS.get(i)));
        }
        return new SubjectHistory(facts[0], facts[1], facts[2], facts[3]);
    }
}
