package org.welcomingcity.web.ordinance;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.welcomingcity.ordinance.entity.Consent;
import org.welcomingcity.ordinance.entity.Custody;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.Facts;
import org.welcomingcity.ordinance.entity.Purpose;
import org.welcomingcity.ordinance.entity.RequestedAction;
import org.welcomingcity.ordinance.entity.SubjectHistory;

/** The body of {@code POST /api/v1/evaluations}, as the architecture fixes it for integrators. */
@Schema(name = "EvaluationRequest", description = "The facts of one ask by a federal agency. There is no field for "
        + "a person's citizenship or immigration status, and a body that tries to send one is refused.")
public record EvaluationRequest(
        @Schema(description = "Day of the event, ISO yyyy-mm-dd; default: today in the city", format = "date",
                example = "2022-06-01") LocalDate eventDate,
        @Schema(required = true, description = "What the agency presented") DocumentType documentType,
        @Schema(required = true, description = "What the agency asks the police to do") RequestedAction action,
        @Schema(required = true, description = "The purpose the agency states") Purpose purpose,
        @Schema(defaultValue = "NONE", description = "Written consent to share status information") Consent consent,
        @Schema(description = "Records-check facts used only by the 2012 carve-outs; optional, each false "
                + "when left out") SubjectHistory subject,
        @Schema(defaultValue = "CPD", description = "Who holds the person") Custody custody) {

    /** The facts to evaluate; the engine fills the other defaults. */
    public Facts facts(LocalDate today) {
        return new Facts(eventDate == null ? today : eventDate, documentType, action, purpose, consent, subject, custody);
    }
}
