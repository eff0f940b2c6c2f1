package org.welcomingcity.request.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.welcomingcity.ordinance.entity.Consent;
import org.welcomingcity.review.entity.Fixtures;

/** A written consent records the language of the city's form it was signed on, and that form's version. */
class ConsentFormVersionTest {

    @Test
    void aConsentOnACityFormRecordsTheFormsTagAndVersion() {
        FederalRequest request = logged(Fixtures.withConsent()); // "Spanish"
        assertThat(request.intake().consentLanguage()).isEqualTo("es");
        assertThat(request.consentFormVersion()).isEqualTo("2026.1");
    }

    @Test
    void withoutAConsentThereIsNoFormAndAConsentAddedLaterIsStamped() {
        Intake consented = Fixtures.withConsent();
        FederalRequest request = logged(consented);
        request.record(withConsent(consented, Consent.NONE, null), request.eventDate());
        assertThat(request.consentFormVersion()).isNull();
        request.record(withConsent(consented, Consent.GUARDIAN_WRITTEN, "ar"), request.eventDate());
        assertThat(request.intake().consentLanguage()).isEqualTo("ar");
        assertThat(request.consentFormVersion()).isEqualTo("2026.1");
    }

    @Test
    void aCorrectionThatKeepsTheLanguageKeepsTheVersionAndAnotherLanguageIsItsOwn() {
        Intake consented = Fixtures.withConsent();
        FederalRequest request = logged(consented);
        request.record(withConsent(consented, Consent.SUBJECT_WRITTEN, "es"), request.eventDate());
        assertThat(request.consentFormVersion()).isEqualTo("2026.1");
        request.record(withConsent(consented, Consent.SUBJECT_WRITTEN, "Tagalog"), request.eventDate());
        assertThat(request.intake().consentLanguage()).as("kept as written; the intake's rules refuse it").isEqualTo("Tagalog");
        assertThat(request.consentFormVersion()).isNull();
    }

    private static FederalRequest logged(Intake intake) {
        return new FederalRequest(intake, intake.receivedAt().toLocalDate(), "officer", "District 1", Fixtures.MONDAY_NOON);
    }

    private static Intake withConsent(Intake o, Consent consent, String language) {
        return new Intake(o.eventNumber(), o.oemcNumber(), o.receivedAt(), o.agency(), o.agencyComponent(),
                o.agentName(), o.agentBadge(), o.agentContact(), o.identityCheck(), o.channel(), o.documentType(),
                o.formNumber(), o.signerTitle(), o.courtCaption(), o.subjectReference(), o.custody(), o.asks(),
                o.purpose(), o.statedPurpose(), consent, o.consentSigner(), o.consentRelationship(), o.consentDate(),
                language, o.consentInterpreter());
    }
}
