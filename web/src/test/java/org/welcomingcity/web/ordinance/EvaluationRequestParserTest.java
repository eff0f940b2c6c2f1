package org.welcomingcity.web.ordinance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.welcomingcity.ordinance.entity.Consent;
import org.welcomingcity.ordinance.entity.Custody;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.Facts;
import org.welcomingcity.ordinance.entity.Purpose;
import org.welcomingcity.ordinance.entity.RequestedAction;
import org.welcomingcity.ordinance.entity.SubjectHistory;
import org.welcomingcity.web.api.InvalidRequestException;

class EvaluationRequestParserTest {

    private static final String MINIMAL = """
        {"documentType": "DETAINER", "action": "DETAIN", "purpose": "CIVIL_IMMIGRATION"}""";

    @Test
    void aFullRequestIsReadFieldByField() {
        EvaluationRequest request = EvaluationRequestParser.parse("""
            {"eventDate": "2013-05-01", "documentType": "ADMINISTRATIVE_WARRANT", "action": "NOTIFY_RELEASE",
             "purpose": "CRIMINAL", "consent": "GUARDIAN_WRITTEN", "custody": "COUNTY",
             "subject": {"outstandingCriminalWarrant": false, "felonyConviction": true,
                         "pendingFelonyCharge": false, "gangDatabase": true}}""");

        assertThat(request).isEqualTo(new EvaluationRequest(LocalDate.of(2013, 5, 1),
                DocumentType.ADMINISTRATIVE_WARRANT, RequestedAction.NOTIFY_RELEASE, Purpose.CRIMINAL,
                Consent.GUARDIAN_WRITTEN, new SubjectHistory(false, true, false, true), Custody.COUNTY));
    }

    @Test
    void leftOutFieldsTakeTheContractDefaults() {
        Facts facts = EvaluationRequestParser.parse(MINIMAL).facts(LocalDate.of(2024, 2, 29));

        assertThat(facts).isEqualTo(new Facts(LocalDate.of(2024, 2, 29), DocumentType.DETAINER, RequestedAction.DETAIN,
                Purpose.CIVIL_IMMIGRATION, Consent.NONE, SubjectHistory.NONE, Custody.CPD));
    }

    @Test
    void nullCountsAsLeftOut() {
        EvaluationRequest request = EvaluationRequestParser.parse("""
            {"eventDate": null, "documentType": "DETAINER", "action": "DETAIN", "purpose": "UNKNOWN",
             "consent": null, "subject": {"gangDatabase": null}, "custody": null}""");

        assertThat(request.facts(LocalDate.of(2022, 1, 3)).custody()).isEqualTo(Custody.CPD);
        assertThat(request.subject()).isEqualTo(SubjectHistory.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        an immigration status field     | {"documentType": "DETAINER", "action": "DETAIN", "purpose": "CRIMINAL", "immigrationStatus": "UNDOCUMENTED"} | immigrationStatus: refused: the application never asks for, stores or accepts a person's citizenship or immigration status
        citizenship inside the subject  | {"documentType": "DETAINER", "action": "DETAIN", "purpose": "CRIMINAL", "subject": {"citizenship": "X"}}     | subject.citizenship: refused
        a typo                          | {"documentType": "DETAINER", "action": "DETAIN", "purpose": "CRIMINAL", "evenDate": "2022-06-01"}            | evenDate: unknown field (allowed: eventDate, documentType, action, purpose, consent, subject, custody)
        an unknown action               | {"documentType": "DETAINER", "action": "HOLD", "purpose": "CRIMINAL"}                                        | action: unknown value 'HOLD' (expected one of DETAIN, NOTIFY_RELEASE,
        lower-case values               | {"documentType": "detainer", "action": "DETAIN", "purpose": "CRIMINAL"}                                      | documentType: unknown value 'detainer'
        an unknown custody              | {"documentType": "DETAINER", "action": "DETAIN", "purpose": "CRIMINAL", "custody": "ICE"}                    | custody: unknown value 'ICE' (expected one of CPD, COUNTY, NONE)
        a missing purpose               | {"documentType": "DETAINER", "action": "DETAIN"}                                                             | purpose: required (one of CIVIL_IMMIGRATION, CRIMINAL, UNKNOWN)
        a null action                   | {"documentType": "DETAINER", "action": null, "purpose": "CRIMINAL"}                                          | action: required
        a number for a value            | {"documentType": "DETAINER", "action": 3, "purpose": "CRIMINAL"}                                             | action: expected a string, found 3
        an impossible date              | {"eventDate": "2022-02-30", "documentType": "DETAINER", "action": "DETAIN", "purpose": "CRIMINAL"}           | eventDate: '2022-02-30' is not a date (expected yyyy-mm-dd
        a US-style date                 | {"eventDate": "06/01/2022", "documentType": "DETAINER", "action": "DETAIN", "purpose": "CRIMINAL"}           | eventDate: '06/01/2022' is not a date
        a subject that is not an object | {"documentType": "DETAINER", "action": "DETAIN", "purpose": "CRIMINAL", "subject": true}                     | subject: expected an object
        a subject fact as text          | {"documentType": "DETAINER", "action": "DETAIN", "purpose": "CRIMINAL", "subject": {"felonyConviction": "yes"}} | subject.felonyConviction: expected true or false, found "yes"
        a field given twice             | {"documentType": "DETAINER", "action": "DETAIN", "action": "NOTIFY_RELEASE", "purpose": "CRIMINAL"}          | action: given twice
        malformed JSON                  | {"documentType": "DETAINER", "action": DETAIN, "purpose": "CRIMINAL"}                                        | action: malformed JSON at line 1, column
        a missing brace                 | {"documentType": "DETAINER", "action": "DETAIN", "purpose": "CRIMINAL"                                       | purpose: malformed JSON at line 1
        not JSON at all                 | documentType=DETAINER                                                                                        | body: malformed JSON at line 1
        a list                          | [{"documentType": "DETAINER"}]                                                                               | body: expected a JSON object, found a list
        two objects                     | {"documentType": "DETAINER", "action": "DETAIN", "purpose": "CRIMINAL"} {}                                   | body: unexpected content after the JSON object
        """)
    void mistakesAreRefusedNamingTheField(String mistake, String body, String message) {
        assertThatThrownBy(() -> EvaluationRequestParser.parse(body))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void anEmptyBodyIsRefused() {
        assertThatThrownBy(() -> EvaluationRequestParser.parse(" "))
                .isInstanceOf(InvalidRequestException.class).hasMessage("body: empty; send a JSON object");
    }

    @Test
    void everyMistakeIsListedNotOnlyTheFirst() {
        assertThatThrownBy(() -> EvaluationRequestParser.parse("""
            {"action": "HOLD", "purpose": "CRIMINAL", "nationality": "X"}"""))
                .hasMessageContaining("nationality: refused")
                .hasMessageContaining("documentType: required")
                .hasMessageContaining("action: unknown value 'HOLD'");
    }

    @Test
    void anOverlongBodyIsRefused() {
        String padded = MINIMAL.replace("}", ", \"x\": \"" + "a".repeat(70_000) + "\"}");
        assertThatThrownBy(() -> EvaluationRequestParser.parse(padded)).hasMessageStartingWith("body: longer than");
    }
}
