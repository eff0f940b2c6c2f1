package org.welcomingcity.review.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.welcomingcity.ordinance.boundary.Ordinance;
import org.welcomingcity.ordinance.boundary.StartedOrdinance;
import org.welcomingcity.ordinance.control.DocumentRegister;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.Outcome;
import org.welcomingcity.ordinance.entity.Purpose;
import org.welcomingcity.ordinance.entity.RequestedAction;
import org.welcomingcity.request.control.DocumentGuidance;
import org.welcomingcity.request.control.RequestDecider;
import org.welcomingcity.request.entity.AskDecision;
import org.welcomingcity.request.entity.Classification;
import org.welcomingcity.request.entity.FederalRequest;
import org.welcomingcity.request.entity.Intake;
import org.welcomingcity.review.entity.Fixtures;

/**
 * Every DHS form of the register, however it is typed, under every judicial type, signer and
 * caption: never judicial, so no ask on one is ever permitted or decided as a court's paper.
 */
class DhsFormsAreNeverJudicialTest {

    private static final DocumentRegister REGISTER = DocumentRegister.shipped();
    private static final Set<DocumentType> JUDICIAL = EnumSet.of(DocumentType.JUDICIAL_WARRANT,
            DocumentType.COURT_ORDER, DocumentType.GRAND_JURY_SUBPOENA);
    private static final List<String> SIGNERS = Arrays.asList("United States District Judge",
            "United States Magistrate Judge", "Immigration Judge", "Deportation Officer", null);

    /** "I247" as the officer might type it: "I-247", "Form I-247", "i 247", "I-247A". */
    static Stream<String> typings() {
        return REGISTER.dhsForms().keySet().stream().flatMap(form -> {
            String dashed = form.charAt(0) + "-" + form.substring(1);
            return Stream.of(form, dashed, "Form " + dashed, "DHS " + dashed.toLowerCase(Locale.ROOT),
                    form.charAt(0) + " " + form.substring(1), dashed + "A");
        });
    }

    @Test
    void noTypingOfADhsFormUnderAnySignerOrCaptionIsJudicial() {
        List<String> judicial = typings().flatMap(form -> JUDICIAL.stream().flatMap(type -> SIGNERS.stream()
                .flatMap(signer -> Stream.of(true, false)
                        .filter(caption -> DocumentGuidance.notJudicial(intake(LocalDate.parse("2022-06-01"), type,
                                form, signer, caption, RequestedAction.EXECUTE_WARRANT, Purpose.CRIMINAL), REGISTER)
                                .isEmpty())
                        .map(caption -> form + " " + type + " " + signer + " " + caption))))
                .limit(10).toList();
        assertThat(judicial).as("DHS forms taken as judicial").isEmpty();
    }

    @Test
    void noAskOnADhsFormCalledJudicialIsPermittedOrDecidedAsJudicial() {
        Ordinance ordinance = StartedOrdinance.withShippedPacks();
        List<String> wrong = Stream.of("2013-06-01", "2018-06-01", "2021-01-27", "2022-06-01").map(LocalDate::parse)
                .flatMap(date -> typings().flatMap(form -> JUDICIAL.stream().flatMap(type -> Stream.of(
                        RequestedAction.values()).flatMap(ask -> Stream.of(Purpose.values()).map(purpose -> {
                            FederalRequest request = request(intake(date, type, form, "United States District Judge",
                                    true, ask, purpose));
                            RequestDecider.decide(ordinance, request, "officer", Fixtures.MONDAY_NOON);
                            AskDecision decision = request.currentDecisions().get(0);
                            return decision.documentType().isJudicial() || decision.outcome() == Outcome.PERMITTED
                                    ? date + " " + form + " " + type + " " + ask + " " + purpose + " -> "
                                            + decision.documentType() + " " + decision.outcome() : null;
                        })))))
                .filter(Objects::nonNull).limit(10).toList();
        assertThat(wrong).as("asks on DHS forms decided as judicial or permitted").isEmpty();
    }

    private static Intake intake(LocalDate date, DocumentType type, String form, String signer, boolean caption,
            RequestedAction ask, Purpose purpose) {
        Intake order = Fixtures.courtOrder();
        Intake classified = order.reclassified(new Classification(type, form, signer, caption, Set.of(ask), purpose,
                null, order.custody()));
        OffsetDateTime received = date.atTime(12, 0).atOffset(ZoneOffset.ofHours(-6));
        return new Intake(classified.eventNumber(), classified.oemcNumber(), received, classified.agency(),
                classified.agencyComponent(), classified.agentName(), classified.agentBadge(), classified.agentContact(),
                classified.identityCheck(), classified.channel(), type, form, signer, caption,
                classified.subjectReference(), classified.custody(), Set.of(ask), purpose, null, null, null, null, null,
                null, null);
    }

    private static FederalRequest request(Intake intake) {
        return new FederalRequest(intake, intake.receivedAt().toLocalDate(), "officer", "District 1",
                intake.receivedAt());
    }
}
