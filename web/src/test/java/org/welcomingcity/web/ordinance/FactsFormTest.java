package org.welcomingcity.web.ordinance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.welcomingcity.ordinance.entity.Consent;
import org.welcomingcity.ordinance.entity.Custody;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.Facts;
import org.welcomingcity.ordinance.entity.Purpose;
import org.welcomingcity.ordinance.entity.RequestedAction;
import org.welcomingcity.ordinance.entity.SubjectHistory;

class FactsFormTest {

    private static final LocalDate DAY = LocalDate.of(2013, 6, 1);

    private final FactsForm form = new FactsForm();

    FactsFormTest() {
        form.setDocumentType(DocumentType.DETAINER);
        form.setAction(RequestedAction.DETAIN);
        form.setPurpose(Purpose.CIVIL_IMMIGRATION);
    }

    @Test
    void startsAtTheSafeDefaultsOfTheEngine() {
        Facts facts = form.on(DAY);

        assertThat(facts.consent()).isEqualTo(Consent.NONE);
        assertThat(facts.custody()).isEqualTo(Custody.CPD);
        assertThat(facts.subject()).isEqualTo(SubjectHistory.NONE);
    }

    @Test
    void eachCheckboxSetsItsOwnRecordsCheckFact() {
        form.setFelonyConviction(true);
        form.setGangDatabase(true);
        form.setGangDatabase(false);

        assertThat(form.on(DAY).subject()).isEqualTo(new SubjectHistory(false, true, false, false));
        assertThat(form.isFelonyConviction()).isTrue();
        assertThat(form.isGangDatabase()).isFalse();
    }

    @Test
    void theSameFormGivesTheSameFactsOnEachDate() {
        form.setPendingFelonyCharge(true);
        LocalDate later = LocalDate.of(2022, 6, 1);

        assertThat(form.on(later)).isEqualTo(new Facts(later, DocumentType.DETAINER, RequestedAction.DETAIN,
                Purpose.CIVIL_IMMIGRATION, Consent.NONE, new SubjectHistory(false, false, true, false), Custody.CPD));
    }
}
