package org.welcomingcity.ordinance.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FactsTest {

    static final LocalDate DAY = LocalDate.parse("2022-06-01");

    @ParameterizedTest
    @ValueSource(strings = {"eventDate", "documentType", "action", "purpose"})
    void aMissingRequiredFactIsNamed(String field) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Facts(
                        "eventDate".equals(field) ? null : DAY,
                        "documentType".equals(field) ? null : DocumentType.DETAINER,
                        "action".equals(field) ? null : RequestedAction.DETAIN,
                        "purpose".equals(field) ? null : Purpose.CIVIL_IMMIGRATION))
                .withMessage(field + " is required");
    }

    @Test
    void optionalFactsTakeTheirSafeDefaults() {
        Facts facts = new Facts(DAY, DocumentType.DETAINER, RequestedAction.DETAIN, Purpose.UNKNOWN, null, null, null);

        assertThat(facts.consent()).isEqualTo(Consent.NONE);
        assertThat(facts.subject()).isEqualTo(SubjectHistory.NONE);
        assertThat(facts.custody()).isEqualTo(Custody.CPD);
    }

    @Test
    void noFactDescribesThePersonsNationalityOrStatus() {
        assertThat(Arrays.stream(Facts.class.getRecordComponents()).map(c -> c.getName().toLowerCase()))
                .noneMatch(name -> name.contains("citizen") || name.contains("status") || name.contains("nationality"));
        assertThat(Arrays.stream(SubjectHistory.class.getRecordComponents()).map(c -> c.getName().toLowerCase()))
                .noneMatch(name -> name.contains("citizen") || name.contains("status") || name.contains("nationality"));
    }

    @Test
    void aSubjectHistoryIsBuiltFromTheFactsThatAreTrue() {
        SubjectHistory history = SubjectHistory.of(Set.of(SubjectFact.FELONY_CONVICTION, SubjectFact.GANG_DATABASE));

        assertThat(history).isEqualTo(new SubjectHistory(false, true, false, true));
        assertThat(history.has(SubjectFact.GANG_DATABASE)).isTrue();
        assertThat(history.has(SubjectFact.OUTSTANDING_CRIMINAL_WARRANT)).isFalse();
        assertThat(SubjectHistory.of(Set.of())).isEqualTo(SubjectHistory.NONE);
    }

    @Test
    void judicialDocumentsAreThoseOfACourt() {
        assertThat(Arrays.stream(DocumentType.values()).filter(DocumentType::isJudicial))
                .containsExactly(DocumentType.JUDICIAL_WARRANT, DocumentType.COURT_ORDER, DocumentType.GRAND_JURY_SUBPOENA);
    }
}
