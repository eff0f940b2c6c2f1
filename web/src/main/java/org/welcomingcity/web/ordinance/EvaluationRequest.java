package org.welcomingcity.web.ordinance;

import java.time.LocalDate;
import org.welcomingcity.ordinance.entity.Consent;
import org.welcomingcity.ordinance.entity.Custody;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.Facts;
import org.welcomingcity.ordinance.entity.Purpose;
import org.welcomingcity.ordinance.entity.RequestedAction;
import org.welcomingcity.ordinance.entity.SubjectHistory;

/**
 * The body of {@code POST /api/v1/evaluations}, as the architecture fixes it for integrators.
 * Left-out fields are null here; {@link #facts} applies the defaults. Its OpenAPI schema is
 * EvaluationApiSchemas in the ordinance boundary.
 */
public record EvaluationRequest(LocalDate eventDate, DocumentType documentType, RequestedAction action,
        Purpose purpose, Consent consent, SubjectHistory subject, Custody custody) {

    /** The facts to evaluate: today (in the city) when no date is given; the engine fills the other defaults. */
    public Facts facts(LocalDate today) {
        return new Facts(eventDate == null ? today : eventDate, documentType, action, purpose, consent, subject, custody);
    }
}
