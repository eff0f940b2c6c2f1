package org.welcomingcity.ordinance.control;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.welcomingcity.ordinance.entity.Consent;
import org.welcomingcity.ordinance.entity.Custody;
import org.welcomingcity.ordinance.entity.Decision;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.Facts;
import org.welcomingcity.ordinance.entity.Purpose;
import org.welcomingcity.ordinance.entity.RequestedAction;
import org.welcomingcity.ordinance.entity.RulePack;
import org.welcomingcity.ordinance.entity.SubjectFact;
import org.welcomingcity.ordinance.entity.SubjectHistory;

/** The packs the application ships (from the config module on the test class path), loaded once. */
final class ShippedPacks {

    static final List<RulePack> ALL = new RulePackLoader().fromClassPath(ShippedPacks.class.getClassLoader());
    static final OrdinanceEngine ENGINE = new OrdinanceEngine();

    private ShippedPacks() {
    }

    static Decision decide(Facts facts) {
        return ENGINE.evaluate(facts, ALL);
    }

    static Facts facts(LocalDate date, Custody custody, DocumentType document, RequestedAction action,
            Purpose purpose, Consent consent, String subject) {
        return new Facts(date, document, action, purpose, consent, subject(subject), custody);
    }

    /** "-" for a clean record, else fact names joined by "+", e.g. "FELONY_CONVICTION+GANG_DATABASE". */
    static SubjectHistory subject(String spec) {
        return "-".equals(spec) ? SubjectHistory.NONE
                : SubjectHistory.of(Arrays.stream(spec.split("\\+")).map(String::strip).map(SubjectFact::valueOf).toList());
    }
}
