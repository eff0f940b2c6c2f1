package org.welcomingcity.request.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.welcomingcity.ordinance.entity.Consent;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.problem.FieldProblem;
import org.welcomingcity.problem.InvalidInputException;
import org.welcomingcity.request.entity.Classification;
import org.welcomingcity.request.entity.Intake;
import org.welcomingcity.request.entity.RequestColumns;
import org.welcomingcity.review.entity.Fixtures;

class IntakeRulesTest {

    private static final Instant NOW = Fixtures.MONDAY_NOON.toInstant().plusSeconds(600);
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Test
    void aCompleteIntakePasses() {
        assertThatCode(() -> IntakeRules.check(Fixtures.courtOrder(), NOW, CHICAGO)).doesNotThrowAnyException();
        assertThatCode(() -> IntakeRules.check(Fixtures.withConsent(), NOW, CHICAGO)).doesNotThrowAnyException();
    }

    @Test
    void anEmptyIntakeNamesEveryRequiredField() {
        Intake empty = new Intake(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> IntakeRules.check(empty, NOW, CHICAGO)).isInstanceOf(InvalidInputException.class)
                .hasMessageContainingAll("eventNumber: required", "oemcNumber: required", "receivedAt: required",
                        "agency: required", "agentName: required", "agentContact: required", "identityCheck: required",
                        "channel: required", "documentType: required", "subjectReference: required",
                        "custody: required", "purpose: required", "asks: at least one ask");
    }

    @ParameterizedTest
    @ValueSource(strings = {"John Smith", "IR", "A-12345678", "IR 12", "born in 1990"})
    void theSubjectIsACpdRecordNumberNeverAName(String reference) {
        Intake named = withSubject(reference);
        assertThatThrownBy(() -> IntakeRules.check(named, NOW, CHICAGO))
                .hasMessageContaining("subjectReference: a CPD record number is expected");
    }

    @ParameterizedTest
    @ValueSource(strings = {"IR 2041187", "CB19887766", "RD JA123456", "IR-1234567"})
    void recordNumbersAreAccepted(String reference) {
        assertThatCode(() -> IntakeRules.check(withSubject(reference), NOW, CHICAGO)).doesNotThrowAnyException();
    }

    @Test
    void consentNeedsWhoSignedWhenAndInWhichLanguage() {
        Intake order = Fixtures.courtOrder();
        Intake bareConsent = order.reclassified(new Classification(order.documentType(), null, order.signerTitle(),
                true, order.asks(), order.purpose(), Consent.GUARDIAN_WRITTEN, order.custody()));
        assertThatThrownBy(() -> IntakeRules.check(bareConsent, NOW, CHICAGO)).hasMessageContainingAll(
                "consentSigner: required", "consentRelationship: required", "consentDate: required",
                "consentLanguage: required");
    }

    @Test
    void aDhsFormCannotBeCalledJudicial() {
        Intake order = Fixtures.courtOrder();
        Intake mislabelled = order.reclassified(new Classification(DocumentType.JUDICIAL_WARRANT, "I-247A",
                "Supervisory Detention and Deportation Officer", false, order.asks(), order.purpose(), Consent.NONE,
                order.custody()));
        assertThatThrownBy(() -> IntakeRules.check(mislabelled, NOW, CHICAGO))
                .hasMessageContaining("documentType: form I-247A is a DHS form (DETAINER)");
        Intake wordedForm = order.reclassified(new Classification(DocumentType.COURT_ORDER, "Form I-200",
                "United States District Judge", true, order.asks(), order.purpose(), Consent.NONE, order.custody()));
        assertThatThrownBy(() -> IntakeRules.check(wordedForm, NOW, CHICAGO))
                .hasMessageContaining("documentType: form Form I-200 is a DHS form (ADMINISTRATIVE_WARRANT)");
    }

    @Test
    void timesInTheFutureAndOverlongTextAreRefused() {
        Intake order = Fixtures.courtOrder();
        Intake future = new Intake(order.eventNumber(), order.oemcNumber(), Fixtures.MONDAY_NOON.plusDays(1),
                order.agency(), "x".repeat(65), order.agentName(), null, order.agentContact(), order.identityCheck(),
                order.channel(), order.documentType(), null, null, true, order.subjectReference(), order.custody(),
                order.asks(), order.purpose(), null, Consent.SUBJECT_WRITTEN, "The subject", "self",
                LocalDate.of(2027, 1, 1), "English", null);
        assertThatThrownBy(() -> IntakeRules.check(future, NOW, CHICAGO)).hasMessageContainingAll(
                "receivedAt: lies in the future", "agencyComponent: at most 64 characters",
                "consentDate: lies in the future");
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "Spanish", " AR ", "zh"})
    void aConsentFormInOneOfTheCitysLanguagesIsAccepted(String language) {
        assertThatCode(() -> IntakeRules.check(withConsentOn(language), NOW, CHICAGO)).doesNotThrowAnyException();
    }

    @Test
    void aConsentFormInALanguageTheCityDoesNotPrintIsRefusedNamingTheChoices() {
        assertThatThrownBy(() -> IntakeRules.check(withConsentOn("Tagalog"), NOW, CHICAGO))
                .hasMessageContaining("consentLanguage: expected one of en, es, pl, zh, hi, ar");
    }

    private static Intake withConsentOn(String language) {
        Intake o = Fixtures.courtOrder();
        return new Intake(o.eventNumber(), o.oemcNumber(), o.receivedAt(), o.agency(), o.agencyComponent(),
                o.agentName(), o.agentBadge(), o.agentContact(), o.identityCheck(), o.channel(), o.documentType(),
                o.formNumber(), o.signerTitle(), o.courtCaption(), o.subjectReference(), o.custody(),
                Set.copyOf(o.asks()), o.purpose(), o.statedPurpose(), Consent.SUBJECT_WRITTEN, "Ana Ruiz", "the person",
                LocalDate.ofInstant(NOW, CHICAGO), language, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jos\u0000e Smith", "Agent \u202Ekcab\u202C", "Smith\u2066x\u2069", "A\u0007B", "Dana\u200FLee"})
    void aNameWithAControlCharacterOrAnInvisibleDirectionMarkIsRefused(String name) {
        Intake hidden = withAgentName(name);
        assertThatThrownBy(() -> IntakeRules.check(hidden, NOW, CHICAGO))
                .hasMessageContaining("agentName: contains a control character or an invisible text-direction mark");
    }

    @ParameterizedTest
    @ValueSource(strings = {"José Ñúñez 李小龍 Łódź", "محمد عبد الله", "Line one\nline two\tand a tab"})
    void textInAnyScriptWithLineBreaksIsPlain(String text) {
        assertThatCode(() -> IntakeRules.check(withStatedPurpose(text), NOW, CHICAGO)).doesNotThrowAnyException();
    }

    private static Intake withStatedPurpose(String purpose) {
        Intake o = Fixtures.courtOrder();
        return new Intake(o.eventNumber(), o.oemcNumber(), o.receivedAt(), o.agency(), o.agencyComponent(),
                o.agentName(), o.agentBadge(), o.agentContact(), o.identityCheck(), o.channel(), o.documentType(),
                o.formNumber(), o.signerTitle(), o.courtCaption(), o.subjectReference(), o.custody(),
                Set.copyOf(o.asks()), o.purpose(), purpose, o.consent(), null, null, null, null, null);
    }

    private static Intake withSubject(String reference) {
        Intake o = Fixtures.courtOrder();
        return new Intake(o.eventNumber(), o.oemcNumber(), o.receivedAt(), o.agency(), o.agencyComponent(),
                o.agentName(), o.agentBadge(), o.agentContact(), o.identityCheck(), o.channel(), o.documentType(),
                o.formNumber(), o.signerTitle(), o.courtCaption(), reference, o.custody(), Set.copyOf(o.asks()),
                o.purpose(), o.statedPurpose(), o.consent(), null, null, null, null, null);
    }

    @Test
    void anEmptyIntakeNamesEachMissingFieldOnceInTheFormsOrder() {
        Intake empty = new Intake(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);
        assertThat(problems(empty)).extracting(FieldProblem::field).containsExactly("eventNumber", "oemcNumber",
                "receivedAt", "agency", "agentName", "agentContact", "identityCheck", "channel", "documentType",
                "subjectReference", "custody", "asks", "purpose");
        assertThat(problems(empty)).first().isEqualTo(new FieldProblem("eventNumber", "required"));
    }

    @Test
    void eachTextFitsItsColumnToTheCharacter() {
        assertThatCode(() -> IntakeRules.check(withAgentName("x".repeat(RequestColumns.AGENT_NAME)), NOW, CHICAGO))
                .doesNotThrowAnyException();
        assertThat(problems(withAgentName("x".repeat(RequestColumns.AGENT_NAME + 1))))
                .containsExactly(new FieldProblem("agentName", "at most 128 characters"));
        assertThat(problems(withSubject("IR " + "1".repeat(30))))
                .containsExactly(new FieldProblem("subjectReference", "at most 32 characters"));
        assertThat(problems(withStatedPurpose("x".repeat(RequestColumns.STATED_PURPOSE + 1))))
                .containsExactly(new FieldProblem("statedPurpose", "at most 1000 characters"));
    }

    @Test
    void aFieldWithSeveralFaultsIsNamedOnceForTheFirst() {
        assertThat(problems(withAgentName("\u0000".repeat(RequestColumns.AGENT_NAME + 1))))
                .containsExactly(new FieldProblem("agentName", "at most 128 characters"));
        assertThat(problems(withAgentName(" \u2003\t"))).containsExactly(new FieldProblem("agentName", "required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {" IR 2041187", "CB19887766\n", "\tRD JA123456 "})
    void aRecordNumberMayHaveSpacesAround(String reference) {
        assertThatCode(() -> IntakeRules.check(withSubject(reference), NOW, CHICAGO)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"IR\u00002041187", "IR 2041187\u202E", "\u0000IR 2041187", "\u200FIR 2041187"})
    void aRecordNumberWithAnythingHiddenIsRefused(String reference) {
        assertThat(problems(withSubject(reference))).extracting(FieldProblem::field).containsExactly("subjectReference");
    }

    private static List<FieldProblem> problems(Intake intake) {
        try {
            IntakeRules.check(intake, NOW, CHICAGO);
            return List.of();
        } catch (InvalidInputException refused) {
            return refused.problems();
        }
    }

    private static Intake withAgentName(String name) {
        Intake o = Fixtures.courtOrder();
        return new Intake(o.eventNumber(), o.oemcNumber(), o.receivedAt(), o.agency(), o.agencyComponent(),
                name, o.agentBadge(), o.agentContact(), o.identityCheck(), o.channel(), o.documentType(),
                o.formNumber(), o.signerTitle(), o.courtCaption(), o.subjectReference(), o.custody(),
                Set.copyOf(o.asks()), o.purpose(), o.statedPurpose(), o.consent(), null, null, null, null, null);
    }
}
