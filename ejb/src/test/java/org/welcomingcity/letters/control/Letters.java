package org.welcomingcity.letters.control;

import java.time.LocalDate;
import java.util.List;
import org.welcomingcity.letters.entity.CitedRule;
import org.welcomingcity.letters.entity.LetterContent;
import org.welcomingcity.letters.entity.LetterKind;

/** A complete letter's content, as the workflow would hand it over. */
final class Letters {

    static final String REASON = "The request is a civil immigration detainer without a judicial warrant.";

    private Letters() {
    }

    static LetterContent content(LetterKind kind) {
        return new LetterContent(kind, "WC-2026-000123", "U.S. Immigration and Customs Enforcement",
                "Enforcement and Removal Operations", "Agent Dana Whitfield", LocalDate.of(2026, 3, 5),
                "immigration detainer", "I-247A",
                List.of("hold the person for up to 48 hours after release", "notify ICE of the release date"),
                List.of(new CitedRule("MCC 2-173-020(a)(1)(C)", "WCO2021-DETAIN-DETAINER",
                                "Chicago police do not hold people on immigration detainers: a detainer is a request"
                                        + " from ICE, not a judge's order."),
                        new CitedRule("MCC 2-173-020(a)(3)", "WCO2021-CUSTODY-INFO",
                                "Chicago police do not answer ICE about a person's release date and do not notify ICE"
                                        + " before a release.")),
                REASON, "Sgt. Maria Kowalski", "Watch Commander, 12th District", null, LocalDate.of(2026, 3, 9));
    }
}
