package org.welcomingcity.ordinance.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.welcomingcity.ordinance.control.ShippedPacks.decide;
import static org.welcomingcity.ordinance.control.ShippedPacks.facts;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.welcomingcity.ordinance.entity.Consent;
import org.welcomingcity.ordinance.entity.Custody;
import org.welcomingcity.ordinance.entity.Decision;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.FiredRule;
import org.welcomingcity.ordinance.entity.Outcome;
import org.welcomingcity.ordinance.entity.Purpose;
import org.welcomingcity.ordinance.entity.RequestedAction;

/**
 * The shipped packs, case by case: each row is one ask on one date, with the outcome the law
 * gives and the citation of a rule that decides it. Eras: 2013 (city 2012 pack alone), 2018
 * (+ TRUST 2017), 2020 (+ reporting), 2021-03 (city 2021), 2022 (+ Way Forward), and County custody.
 */
class ShippedPacksDecisionTest {

    @ParameterizedTest(name = "{0} {1} {2} {3} {4} {5} {6} -> {7} ({8})")
    @CsvSource(delimiter = '|', textBlock = """
            # The same detainer across the eras: carve-outs count only before the TRUST Act, which also forbids
            # any other compliance with a detainer (notice of release, release date), whatever the City says.
            2013-06-01 | CPD | DETAINER | DETAIN | CIVIL_IMMIGRATION | NONE | -                            | DECLINE | MCC 2-173-042(a)(3) (2012)
            2013-06-01 | CPD | DETAINER | DETAIN | CIVIL_IMMIGRATION | NONE | FELONY_CONVICTION            | LEGAL   | MCC 2-173-042(c)(1)-(3) (2012)
            2013-06-01 | CPD | DETAINER | DETAIN | CIVIL_IMMIGRATION | NONE | OUTSTANDING_CRIMINAL_WARRANT | LEGAL   | MCC 2-173-042(c)(1)-(3) (2012)
            2013-06-01 | CPD | DETAINER | DETAIN | CIVIL_IMMIGRATION | NONE | PENDING_FELONY_CHARGE        | LEGAL   | MCC 2-173-042(c)(1)-(3) (2012)
            2013-06-01 | CPD | DETAINER | DETAIN | CIVIL_IMMIGRATION | NONE | GANG_DATABASE                | LEGAL   | MCC 2-173-042(c)(4) (2012)
            2018-06-01 | CPD | DETAINER | DETAIN | CIVIL_IMMIGRATION | NONE | -                            | DECLINE | 5 ILCS 805/15(a)
            2018-06-01 | CPD | DETAINER | DETAIN | CIVIL_IMMIGRATION | NONE | FELONY_CONVICTION            | DECLINE | 5 ILCS 805/15(a)
            2018-06-01 | CPD | DETAINER | DETAIN | CIVIL_IMMIGRATION | NONE | GANG_DATABASE                | DECLINE | 5 ILCS 805/15(a)
            2021-03-01 | CPD | DETAINER | DETAIN | CIVIL_IMMIGRATION | NONE | FELONY_CONVICTION            | DECLINE | MCC 2-173-020(a)(1)(C)
            2022-06-01 | CPD | DETAINER | DETAIN | CIVIL_IMMIGRATION | NONE | -                            | DECLINE | MCC 2-173-020(a)(1)(C)
            2022-06-01 | CPD | DETAINER | DETAIN | CIVIL_IMMIGRATION | NONE | FELONY_CONVICTION            | DECLINE | MCC 2-173-020(a)(1)(C)
            2022-06-01 | CPD | DETAINER | DETAIN | CRIMINAL          | NONE | -                            | DECLINE | MCC 2-173-020(a)(1)(C)
            2013-06-01 | CPD | DETAINER | DETAIN | CRIMINAL          | NONE | -                            | LEGAL   | MCC 2-173-042(a) (2012)
            2013-06-01 | CPD | DETAINER | DETAIN | UNKNOWN           | NONE | -                            | DECLINE | MCC 2-173-042(a)(3) (2012)
            2013-06-01 | CPD | DETAINER | TRANSFER_CUSTODY | CIVIL_IMMIGRATION | NONE | -                  | DECLINE | MCC 2-173-042(a)(3) (2012)
            2013-06-01 | CPD | DETAINER | TRANSFER_CUSTODY | CIVIL_IMMIGRATION | NONE | FELONY_CONVICTION  | LEGAL   | MCC 2-173-042(c)(1)-(3) (2012)
            2018-06-01 | CPD | DETAINER | TRANSFER_CUSTODY | CIVIL_IMMIGRATION | NONE | FELONY_CONVICTION  | DECLINE | 5 ILCS 805/15(a)
            2022-06-01 | CPD | DETAINER | TRANSFER_CUSTODY | CIVIL_IMMIGRATION | NONE | -                  | DECLINE | MCC 2-173-020(a)(5)
            2013-06-01 | CPD | DETAINER | NOTIFY_RELEASE   | CIVIL_IMMIGRATION | NONE | -                  | DECLINE | MCC 2-173-042(b)(1) (2012)
            2013-06-01 | CPD | DETAINER | NOTIFY_RELEASE   | CIVIL_IMMIGRATION | NONE | FELONY_CONVICTION  | LEGAL   | MCC 2-173-042(c)(1)-(3) (2012)
            2018-06-01 | CPD | DETAINER | NOTIFY_RELEASE   | CIVIL_IMMIGRATION | NONE | FELONY_CONVICTION  | DECLINE | 5 ILCS 805/15(a)
            2020-06-01 | CPD | DETAINER | NOTIFY_RELEASE   | CIVIL_IMMIGRATION | NONE | FELONY_CONVICTION  | DECLINE | 5 ILCS 805/15(a)
            2022-06-01 | CPD | DETAINER | NOTIFY_RELEASE   | CIVIL_IMMIGRATION | NONE | FELONY_CONVICTION  | DECLINE | MCC 2-173-020(a)(3)
            2022-06-01 | CPD | DETAINER | NOTIFY_RELEASE   | CIVIL_IMMIGRATION | NONE | -                  | DECLINE | MCC 2-173-020(a)(3)
            # Administrative warrants and NCIC immigration hits.
            2013-06-01 | CPD | ADMINISTRATIVE_WARRANT | DETAIN           | CIVIL_IMMIGRATION | NONE | -                            | DECLINE    | MCC 2-173-042(a)(2) (2012)
            2013-06-01 | CPD | ADMINISTRATIVE_WARRANT | DETAIN           | CIVIL_IMMIGRATION | NONE | OUTSTANDING_CRIMINAL_WARRANT | LEGAL      | MCC 2-173-042(c)(1)-(3) (2012)
            2018-06-01 | CPD | ADMINISTRATIVE_WARRANT | DETAIN           | CIVIL_IMMIGRATION | NONE | FELONY_CONVICTION            | DECLINE    | 5 ILCS 805/15(a)
            2022-06-01 | CPD | ADMINISTRATIVE_WARRANT | DETAIN           | CIVIL_IMMIGRATION | NONE | -                            | DECLINE    | MCC 2-173-020(a)(1)(B)
            2022-06-01 | CPD | ADMINISTRATIVE_WARRANT | EXECUTE_WARRANT  | CRIMINAL          | NONE | -                            | DECLINE    | MCC 2-173-020(a)(1)(B)
            2022-06-01 | CPD | ADMINISTRATIVE_WARRANT | TRANSFER_CUSTODY | CRIMINAL          | NONE | -                            | DECLINE    | MCC 2-173-020(a)(5)
            2013-06-01 | CPD | NCIC_IMMIGRATION_HIT   | DETAIN           | CIVIL_IMMIGRATION | NONE | -                            | DECLINE    | MCC 2-173-042(a)(2) (2012)
            2013-06-01 | CPD | NCIC_IMMIGRATION_HIT   | DETAIN           | CRIMINAL          | NONE | -                            | SUPERVISOR | MCC 2-173-042(a)(2), (b)(2) (2012)
            2013-06-01 | CPD | NCIC_IMMIGRATION_HIT   | TRANSFER_CUSTODY | CRIMINAL          | NONE | -                            | SUPERVISOR | MCC 2-173-042(a)(2), (b)(2) (2012)
            2018-06-01 | CPD | NCIC_IMMIGRATION_HIT   | DETAIN           | CRIMINAL          | NONE | -                            | DECLINE    | 5 ILCS 805/15(a)
            2021-03-01 | CPD | NCIC_IMMIGRATION_HIT   | TRANSFER_CUSTODY | CRIMINAL          | NONE | -                            | DECLINE    | 5 ILCS 805/15(a)
            2022-06-01 | CPD | NCIC_IMMIGRATION_HIT   | DETAIN           | UNKNOWN           | NONE | -                            | DECLINE    | MCC 2-173-020(a)(1)(B)
            2022-06-01 | CPD | NCIC_IMMIGRATION_HIT   | TRANSFER_CUSTODY | CRIMINAL          | NONE | -                            | DECLINE    | 5 ILCS 805/15(h)
            # Informal asks (no document) to hold or hand over someone.
            2013-06-01 | CPD | NONE                    | DETAIN           | CIVIL_IMMIGRATION | NONE | -                 | DECLINE | MCC 2-173-042(a)(1) (2012)
            2013-06-01 | CPD | NONE                    | DETAIN           | CIVIL_IMMIGRATION | NONE | FELONY_CONVICTION | LEGAL   | MCC 2-173-042(c)(1)-(3) (2012)
            2018-06-01 | CPD | NONE                    | DETAIN           | CIVIL_IMMIGRATION | NONE | FELONY_CONVICTION | DECLINE | 5 ILCS 805/15(b)
            2022-06-01 | CPD | NONE                    | DETAIN           | CIVIL_IMMIGRATION | NONE | -                 | DECLINE | MCC 2-173-020(a)(1)(A)
            2022-06-01 | CPD | NONE                    | DETAIN           | CRIMINAL          | NONE | -                 | LEGAL   | MCC 2-173-020(a)
            2013-06-01 | CPD | ADMINISTRATIVE_SUBPOENA | DETAIN           | CIVIL_IMMIGRATION | NONE | -                 | DECLINE | MCC 2-173-042(a)(1) (2012)
            2022-06-01 | CPD | NONE                    | TRANSFER_CUSTODY | CIVIL_IMMIGRATION | NONE | -                 | DECLINE | MCC 2-173-020(a)(5)
            2021-03-01 | CPD | NONE                    | TRANSFER_CUSTODY | CRIMINAL          | NONE | -                 | LEGAL   | MCC 2-173-020(a)
            2022-06-01 | CPD | NONE                    | TRANSFER_CUSTODY | CRIMINAL          | NONE | -                 | DECLINE | 5 ILCS 805/15(h)
            """)
    void holdsAndTransfers(LocalDate date, Custody custody, DocumentType document, RequestedAction action,
            Purpose purpose, Consent consent, String subject, Outcome outcome, String citation) {
        assertDecision(date, custody, document, action, purpose, consent, subject, outcome, citation);
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} {4} {5} {6} -> {7} ({8})")
    @CsvSource(delimiter = '|', textBlock = """
            # Access to people in custody, use of facilities; County custody adds Cook County 46-37.
            2013-06-01 | CPD    | NONE             | ACCESS_PERSON  | CIVIL_IMMIGRATION | NONE | -                 | DECLINE    | MCC 2-173-042(b)(1) (2012)
            2013-06-01 | CPD    | NONE             | ACCESS_PERSON  | CRIMINAL          | NONE | -                 | SUPERVISOR | MCC 2-173-042(b)(1) (2012)
            2013-06-01 | CPD    | NONE             | ACCESS_PERSON  | UNKNOWN           | NONE | -                 | DECLINE    | MCC 2-173-042(b)(1) (2012)
            2013-06-01 | CPD    | DETAINER         | ACCESS_PERSON  | CIVIL_IMMIGRATION | NONE | FELONY_CONVICTION | LEGAL      | MCC 2-173-042(c)(1)-(3) (2012)
            2018-06-01 | CPD    | DETAINER         | ACCESS_PERSON  | CIVIL_IMMIGRATION | NONE | FELONY_CONVICTION | LEGAL      | MCC 2-173-042(c)(1)-(3) (2012)
            2022-06-01 | CPD    | DETAINER         | ACCESS_PERSON  | CIVIL_IMMIGRATION | NONE | FELONY_CONVICTION | DECLINE    | MCC 2-173-020(a)(2)
            2022-06-01 | CPD    | NONE             | ACCESS_PERSON  | CRIMINAL          | NONE | -                 | DECLINE    | MCC 2-173-020(a)(2)
            2022-06-01 | CPD    | NONE             | ACCESS_PERSON  | CRIMINAL          | NONE | -                 | DECLINE    | 5 ILCS 805/15(h)
            2022-06-01 | CPD    | OTHER            | ACCESS_PERSON  | CRIMINAL          | NONE | -                 | DECLINE    | MCC 2-173-020(a)(2)
            2013-06-01 | CPD    | NONE             | USE_FACILITY   | CIVIL_IMMIGRATION | NONE | -                 | DECLINE    | MCC 2-173-042(b)(1) (2012)
            2022-06-01 | CPD    | NONE             | USE_FACILITY   | CIVIL_IMMIGRATION | NONE | -                 | DECLINE    | MCC 2-173-020(a)(2)
            2022-06-01 | CPD    | JUDICIAL_WARRANT | ACCESS_PERSON  | CRIMINAL          | NONE | -                 | LEGAL      | MCC 2-173-020(a)(2)
            2015-06-01 | CPD    | NONE             | ACCESS_PERSON  | CRIMINAL          | NONE | -                 | SUPERVISOR | MCC 2-173-042(b)(1) (2012)
            2015-06-01 | COUNTY | NONE             | ACCESS_PERSON  | CRIMINAL          | NONE | -                 | SUPERVISOR | Cook County Code 46-37(b)
            2015-06-01 | CPD    | DETAINER         | DETAIN         | CIVIL_IMMIGRATION | NONE | FELONY_CONVICTION | LEGAL      | MCC 2-173-042(c)(1)-(3) (2012)
            2015-06-01 | COUNTY | DETAINER         | DETAIN         | CIVIL_IMMIGRATION | NONE | FELONY_CONVICTION | DECLINE    | Cook County Code 46-37(a)
            2015-06-01 | COUNTY | DETAINER         | NOTIFY_RELEASE | CIVIL_IMMIGRATION | NONE | FELONY_CONVICTION | DECLINE    | Cook County Code 46-37(a)
            2022-06-01 | COUNTY | DETAINER         | DETAIN         | CIVIL_IMMIGRATION | NONE | -                 | DECLINE    | Cook County Code 46-37(a)
            2012-01-15 | COUNTY | DETAINER         | DETAIN         | CIVIL_IMMIGRATION | NONE | -                 | DECLINE    | Cook County Code 46-37(a)
            # Custody status, release date, contact information: consent never unlocks them.
            2013-06-01 | CPD    | NONE                | DISCLOSE_CUSTODY_STATUS | CIVIL_IMMIGRATION | NONE            | - | DECLINE    | MCC 2-173-042(b)(1) (2012)
            2013-06-01 | CPD    | NONE                | DISCLOSE_RELEASE_DATE   | CRIMINAL          | NONE            | - | SUPERVISOR | MCC 2-173-042(b)(1) (2012)
            2013-06-01 | CPD    | NONE                | DISCLOSE_RELEASE_DATE   | CIVIL_IMMIGRATION | SUBJECT_WRITTEN | - | DECLINE    | MCC 2-173-042(b)(1) (2012)
            2013-06-01 | CPD    | NONE                | DISCLOSE_CONTACT_INFO   | CIVIL_IMMIGRATION | NONE            | - | LEGAL      | MCC 2-173-042 (2012)
            2020-06-01 | CPD    | NONE                | DISCLOSE_CONTACT_INFO   | CIVIL_IMMIGRATION | NONE            | - | LEGAL      | MCC 2-173-042 (2012)
            2021-03-01 | CPD    | NONE                | DISCLOSE_CONTACT_INFO   | CIVIL_IMMIGRATION | NONE            | - | DECLINE    | MCC 2-173-020(a)(3)
            2022-06-01 | CPD    | NONE                | DISCLOSE_CONTACT_INFO   | CIVIL_IMMIGRATION | NONE            | - | DECLINE    | MCC 2-173-020(a)(3)
            2022-06-01 | CPD    | NONE                | DISCLOSE_RELEASE_DATE   | CRIMINAL          | NONE            | - | DECLINE    | MCC 2-173-020(a)(3)
            2022-06-01 | CPD    | NONE                | DISCLOSE_CUSTODY_STATUS | CIVIL_IMMIGRATION | SUBJECT_WRITTEN | - | DECLINE    | MCC 2-173-020(a)(3)
            2022-06-01 | CPD    | NONE                | NOTIFY_RELEASE          | UNKNOWN           | NONE            | - | DECLINE    | MCC 2-173-020(a)(3)
            2022-06-01 | CPD    | GRAND_JURY_SUBPOENA | DISCLOSE_RELEASE_DATE   | CRIMINAL          | NONE            | - | LEGAL      | MCC 2-173-020(a)(3)
            """)
    void accessAndCustodyInformation(LocalDate date, Custody custody, DocumentType document, RequestedAction action,
            Purpose purpose, Consent consent, String subject, Outcome outcome, String citation) {
        assertDecision(date, custody, document, action, purpose, consent, subject, outcome, citation);
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} {4} {5} {6} -> {7} ({8})")
    @CsvSource(delimiter = '|', textBlock = """
            # Status information: lawful orders and written consent go to legal; nothing else unlocks it.
            2013-06-01 | CPD  | NONE                    | DISCLOSE_STATUS | CIVIL_IMMIGRATION | NONE             | - | DECLINE | MCC 2-173-030 (2012)
            2013-06-01 | CPD  | NONE                    | DISCLOSE_STATUS | CIVIL_IMMIGRATION | SUBJECT_WRITTEN  | - | LEGAL   | MCC 2-173-030 (2012)
            2013-06-01 | CPD  | DETAINER                | DISCLOSE_STATUS | CIVIL_IMMIGRATION | GUARDIAN_WRITTEN | - | LEGAL   | MCC 2-173-030 (2012)
            2013-06-01 | CPD  | ADMINISTRATIVE_SUBPOENA | DISCLOSE_STATUS | CIVIL_IMMIGRATION | NONE             | - | LEGAL   | MCC 2-173-030 (2012)
            2013-06-01 | CPD  | GRAND_JURY_SUBPOENA     | DISCLOSE_STATUS | CRIMINAL          | NONE             | - | LEGAL   | MCC 2-173-020, 2-173-030 (2012)
            2022-06-01 | CPD  | ADMINISTRATIVE_SUBPOENA | DISCLOSE_STATUS | CIVIL_IMMIGRATION | NONE             | - | DECLINE | MCC 2-173-030(a)
            2022-06-01 | CPD  | ADMINISTRATIVE_SUBPOENA | DISCLOSE_STATUS | CIVIL_IMMIGRATION | SUBJECT_WRITTEN  | - | LEGAL   | MCC 2-173-030(a)(1)
            2022-06-01 | CPD  | NONE                    | DISCLOSE_STATUS | CIVIL_IMMIGRATION | NONE             | - | DECLINE | MCC 2-173-030(a)(1)
            2022-06-01 | CPD  | NONE                    | DISCLOSE_STATUS | CIVIL_IMMIGRATION | SUBJECT_WRITTEN  | - | LEGAL   | MCC 2-173-030(a)(1)
            2022-06-01 | CPD  | NONE                    | DISCLOSE_STATUS | UNKNOWN           | GUARDIAN_WRITTEN | - | LEGAL   | MCC 2-173-030(a)(1)
            2022-06-01 | CPD  | COURT_ORDER             | DISCLOSE_STATUS | CIVIL_IMMIGRATION | NONE             | - | LEGAL   | MCC 2-173-030(a)
            2022-06-01 | CPD  | JUDICIAL_WARRANT        | DISCLOSE_STATUS | CRIMINAL          | NONE             | - | LEGAL   | MCC 2-173-030(a)
            2022-06-01 | CPD  | DETAINER                | DISCLOSE_STATUS | CIVIL_IMMIGRATION | NONE             | - | DECLINE | MCC 2-173-030(a)(1)
            2022-06-01 | CPD  | NCIC_IMMIGRATION_HIT    | DISCLOSE_STATUS | CRIMINAL          | NONE             | - | DECLINE | MCC 2-173-030(a)(1)
            2022-06-01 | CPD  | FOIA_REQUEST            | DISCLOSE_STATUS | CIVIL_IMMIGRATION | NONE             | - | REFER   | CPD S06-14-03; 5 ILCS 140
            # Asking about status: consent does not unlock it; from 2021-08-02 state law forbids it too.
            2013-06-01 | CPD  | NONE                    | INQUIRE_STATUS  | CIVIL_IMMIGRATION | NONE             | - | DECLINE | MCC 2-173-020 (2012)
            2013-06-01 | CPD  | NONE                    | INQUIRE_STATUS  | CIVIL_IMMIGRATION | SUBJECT_WRITTEN  | - | DECLINE | MCC 2-173-020 (2012)
            2021-03-01 | CPD  | NONE                    | INQUIRE_STATUS  | CIVIL_IMMIGRATION | NONE             | - | DECLINE | MCC 2-173-030(a)(1)
            2022-06-01 | CPD  | NONE                    | INQUIRE_STATUS  | CRIMINAL          | NONE             | - | DECLINE | 5 ILCS 805/15(e)
            2022-06-01 | CPD  | NONE                    | INQUIRE_STATUS  | CIVIL_IMMIGRATION | SUBJECT_WRITTEN  | - | DECLINE | 5 ILCS 805/15(e)
            2022-06-01 | NONE | NONE                    | INQUIRE_STATUS  | CIVIL_IMMIGRATION | NONE             | - | DECLINE | 5 ILCS 805/15(e)
            2022-06-01 | CPD  | COURT_ORDER             | INQUIRE_STATUS  | CRIMINAL          | NONE             | - | DECLINE | 5 ILCS 805/15(e)
            """)
    void statusInformationAndConsent(LocalDate date, Custody custody, DocumentType document, RequestedAction action,
            Purpose purpose, Consent consent, String subject, Outcome outcome, String citation) {
        assertDecision(date, custody, document, action, purpose, consent, subject, outcome, citation);
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} {4} {5} {6} -> {7} ({8})")
    @CsvSource(delimiter = '|', textBlock = """
            # Agreements, operations, databases: the 2012 text is silent, so legal decides [L].
            2013-06-01 | CPD | NONE        | ENFORCEMENT_AGREEMENT | CIVIL_IMMIGRATION | NONE | - | LEGAL      | MCC 2-173-005 (2012)
            2013-06-01 | CPD | NONE        | ENFORCEMENT_AGREEMENT | UNKNOWN           | NONE | - | LEGAL      | MCC 2-173-005 (2012)
            2021-03-01 | CPD | NONE        | ENFORCEMENT_AGREEMENT | CRIMINAL          | NONE | - | DECLINE    | MCC 2-173-020(a)(4)
            2022-06-01 | CPD | NONE        | ENFORCEMENT_AGREEMENT | CIVIL_IMMIGRATION | NONE | - | DECLINE    | MCC 2-173-020(a)(4)
            2022-06-01 | CPD | NONE        | ENFORCEMENT_AGREEMENT | CIVIL_IMMIGRATION | NONE | - | DECLINE    | P.A. 101-19, sec. 5(b)
            2022-06-01 | CPD | COURT_ORDER | ENFORCEMENT_AGREEMENT | CRIMINAL          | NONE | - | DECLINE    | MCC 2-173-020(a)(4)
            2013-06-01 | CPD | NONE        | OPERATIONAL_SUPPORT   | CIVIL_IMMIGRATION | NONE | - | LEGAL      | MCC 2-173-005 (2012)
            2021-03-01 | CPD | NONE        | OPERATIONAL_SUPPORT   | CRIMINAL          | NONE | - | SUPERVISOR | MCC 2-173-020(b)
            2022-06-01 | CPD | NONE        | OPERATIONAL_SUPPORT   | CRIMINAL          | NONE | - | SUPERVISOR | MCC 2-173-020(b)
            2022-06-01 | CPD | NONE        | OPERATIONAL_SUPPORT   | CIVIL_IMMIGRATION | NONE | - | DECLINE    | MCC 2-173-020(a)(6)
            2022-06-01 | CPD | NONE        | OPERATIONAL_SUPPORT   | UNKNOWN           | NONE | - | DECLINE    | MCC 2-173-020(a)(6)
            2013-06-01 | CPD | NONE        | DATABASE_ACCESS       | CIVIL_IMMIGRATION | NONE | - | LEGAL      | MCC 2-173-005 (2012)
            2021-03-01 | CPD | NONE        | DATABASE_ACCESS       | CRIMINAL          | NONE | - | LEGAL      | MCC 2-173-030(b)
            2022-06-01 | CPD | NONE        | DATABASE_ACCESS       | CIVIL_IMMIGRATION | NONE | - | DECLINE    | MCC 2-173-030(b)
            2022-06-01 | CPD | NONE        | DATABASE_ACCESS       | CRIMINAL          | NONE | - | DECLINE    | 5 ILCS 805/15(h)
            2022-06-01 | CPD | COURT_ORDER | DATABASE_ACCESS       | CRIMINAL          | NONE | - | LEGAL      | MCC 2-173-030(b)
            # Contacting ICE only to learn whether a matter is civil; the logs of 2020 and 2021 only record.
            2013-06-01 | CPD | NCIC_IMMIGRATION_HIT | CONFIRM_CIVIL_OR_CRIMINAL | CIVIL_IMMIGRATION | NONE | - | PERMITTED  | MCC 2-173-042(b)(2) (2012)
            2018-06-01 | CPD | NCIC_IMMIGRATION_HIT | CONFIRM_CIVIL_OR_CRIMINAL | CIVIL_IMMIGRATION | NONE | - | PERMITTED  | 5 ILCS 805/5
            2020-06-01 | CPD | NCIC_IMMIGRATION_HIT | CONFIRM_CIVIL_OR_CRIMINAL | CIVIL_IMMIGRATION | NONE | - | PERMITTED  | 5 ILCS 805/5
            2013-06-01 | CPD | NONE                 | CONFIRM_CIVIL_OR_CRIMINAL | UNKNOWN           | NONE | - | SUPERVISOR | MCC 2-173-042(b)(2) (2012)
            2022-06-01 | CPD | NONE                 | CONFIRM_CIVIL_OR_CRIMINAL | CIVIL_IMMIGRATION | NONE | - | PERMITTED  | MCC 2-173-020(a)(3)
            2022-06-01 | CPD | NONE                 | CONFIRM_CIVIL_OR_CRIMINAL | UNKNOWN           | NONE | - | SUPERVISOR | MCC 2-173-020(a)(3)
            2022-06-01 | CPD | DETAINER             | CONFIRM_CIVIL_OR_CRIMINAL | CIVIL_IMMIGRATION | NONE | - | PERMITTED  | MCC 2-173-020(a)(3)
            """)
    void assistanceAndInquiries(LocalDate date, Custody custody, DocumentType document, RequestedAction action,
            Purpose purpose, Consent consent, String subject, Outcome outcome, String citation) {
        assertDecision(date, custody, document, action, purpose, consent, subject, outcome, citation);
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} {4} {5} {6} -> {7} ({8})")
    @CsvSource(delimiter = '|', textBlock = """
            # A judge's criminal warrant is executed normally; anything more goes to legal.
            2013-06-01 | CPD    | JUDICIAL_WARRANT    | EXECUTE_WARRANT  | CRIMINAL          | NONE | -                 | PERMITTED | MCC 2-173-042(a) (2012); CPD S06-12-02
            2022-06-01 | CPD    | JUDICIAL_WARRANT    | EXECUTE_WARRANT  | CRIMINAL          | NONE | -                 | PERMITTED | MCC 2-173-020(a); CPD S06-12-02
            2022-06-01 | CPD    | JUDICIAL_WARRANT    | DETAIN           | CRIMINAL          | NONE | FELONY_CONVICTION | PERMITTED | MCC 2-173-020(a); CPD S06-12-02
            2022-06-01 | COUNTY | JUDICIAL_WARRANT    | EXECUTE_WARRANT  | CRIMINAL          | NONE | -                 | PERMITTED | MCC 2-173-020(a); CPD S06-12-02
            2022-06-01 | CPD    | JUDICIAL_WARRANT    | DETAIN           | CIVIL_IMMIGRATION | NONE | -                 | LEGAL     | MCC 2-173-020(a)(1)
            2022-06-01 | CPD    | JUDICIAL_WARRANT    | DETAIN           | UNKNOWN           | NONE | -                 | LEGAL     | MCC 2-173-020(a)(1)
            2013-06-01 | CPD    | COURT_ORDER         | DETAIN           | CRIMINAL          | NONE | -                 | LEGAL     | MCC 2-173-042(a) (2012)
            2022-06-01 | CPD    | GRAND_JURY_SUBPOENA | EXECUTE_WARRANT  | CRIMINAL          | NONE | -                 | LEGAL     | MCC 2-173-020(a)(1)
            2018-06-01 | CPD    | JUDICIAL_WARRANT    | TRANSFER_CUSTODY | CRIMINAL          | NONE | -                 | LEGAL     | MCC 2-173-042(a) (2012)
            2022-06-01 | CPD    | JUDICIAL_WARRANT    | TRANSFER_CUSTODY | CRIMINAL          | NONE | -                 | LEGAL     | MCC 2-173-020(a)(5)
            # FOIA requests: referred to the FOIA officer; unidentified documents: legal, with no hold and no disclosure.
            2013-06-01 | CPD    | FOIA_REQUEST        | DISCLOSE_STATUS           | CIVIL_IMMIGRATION | NONE            | - | REFER   | CPD S06-14-03; 5 ILCS 140
            2022-06-01 | CPD    | FOIA_REQUEST        | DISCLOSE_CUSTODY_STATUS   | CIVIL_IMMIGRATION | NONE            | - | REFER   | CPD S06-14-03; 5 ILCS 140
            2022-06-01 | CPD    | FOIA_REQUEST        | ENFORCEMENT_AGREEMENT     | CIVIL_IMMIGRATION | NONE            | - | DECLINE | MCC 2-173-020(a)(4)
            2013-06-01 | CPD    | OTHER               | DETAIN                    | CIVIL_IMMIGRATION | NONE            | - | DECLINE | MCC 2-173-042(a)(1) (2012)
            2013-06-01 | CPD    | OTHER               | CONFIRM_CIVIL_OR_CRIMINAL | CIVIL_IMMIGRATION | NONE            | - | LEGAL   | MCC 2-173-042 (2012); CPD S06-14-03
            2022-06-01 | CPD    | OTHER               | DISCLOSE_STATUS           | CIVIL_IMMIGRATION | SUBJECT_WRITTEN | - | LEGAL   | MCC 2-173-020(a); CPD S06-14-03
            2022-06-01 | CPD    | OTHER               | DETAIN                    | CRIMINAL          | NONE            | - | LEGAL   | MCC 2-173-020(a)
            2022-06-01 | CPD    | OTHER               | DETAIN                    | CIVIL_IMMIGRATION | NONE            | - | DECLINE | MCC 2-173-020(a)(1)(A)
            2013-06-01 | NONE   | ADMINISTRATIVE_WARRANT | EXECUTE_WARRANT        | CIVIL_IMMIGRATION | NONE            | - | DECLINE | MCC 2-173-042(a)(2) (2012)
            """)
    void judicialProcessFoiaAndUnidentifiedDocuments(LocalDate date, Custody custody, DocumentType document,
            RequestedAction action, Purpose purpose, Consent consent, String subject, Outcome outcome, String citation) {
        assertDecision(date, custody, document, action, purpose, consent, subject, outcome, citation);
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} {4} {5} {6} -> {7} ({8})")
    @CsvSource(delimiter = '|', textBlock = """
            # The day before and the day a law takes effect (default dates).
            2017-08-27 | CPD | DETAINER | DETAIN                    | CIVIL_IMMIGRATION | NONE | FELONY_CONVICTION | LEGAL      | MCC 2-173-042(c)(1)-(3) (2012)
            2017-08-28 | CPD | DETAINER | DETAIN                    | CIVIL_IMMIGRATION | NONE | FELONY_CONVICTION | DECLINE    | 5 ILCS 805/15(a)
            2020-01-14 | CPD | DETAINER | CONFIRM_CIVIL_OR_CRIMINAL | CIVIL_IMMIGRATION | NONE | -                 | PERMITTED  | 5 ILCS 805/5
            2020-01-15 | CPD | DETAINER | CONFIRM_CIVIL_OR_CRIMINAL | CIVIL_IMMIGRATION | NONE | -                 | PERMITTED  | 5 ILCS 805/5
            2021-01-26 | CPD | DETAINER | ACCESS_PERSON             | CIVIL_IMMIGRATION | NONE | FELONY_CONVICTION | LEGAL      | MCC 2-173-042(c)(1)-(3) (2012)
            2021-01-27 | CPD | DETAINER | ACCESS_PERSON             | CIVIL_IMMIGRATION | NONE | FELONY_CONVICTION | DECLINE    | MCC 2-173-020(a)(2)
            2021-08-01 | CPD | NONE     | INQUIRE_STATUS            | CIVIL_IMMIGRATION | NONE | -                 | DECLINE    | MCC 2-173-030(a)(1)
            2021-08-02 | CPD | NONE     | INQUIRE_STATUS            | CIVIL_IMMIGRATION | NONE | -                 | DECLINE    | 5 ILCS 805/15(e)
            2021-08-01 | CPD | NONE     | DATABASE_ACCESS           | CRIMINAL          | NONE | -                 | LEGAL      | MCC 2-173-030(b)
            2021-08-02 | CPD | NONE     | DATABASE_ACCESS           | CRIMINAL          | NONE | -                 | DECLINE    | 5 ILCS 805/15(h)
            2012-09-12 | CPD | DETAINER | DETAIN                    | CIVIL_IMMIGRATION | NONE | -                 | DECLINE    | MCC 2-173-042(a)(3) (2012)
            """)
    void effectiveDateBoundaries(LocalDate date, Custody custody, DocumentType document, RequestedAction action,
            Purpose purpose, Consent consent, String subject, Outcome outcome, String citation) {
        assertDecision(date, custody, document, action, purpose, consent, subject, outcome, citation);
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} {4} {5} {6} -> {7} ({8})")
    @CsvSource(delimiter = '|', textBlock = """
            # TRUST Act 15(a) with 805/10: no hold, and no other compliance with a detainer or civil warrant
            # (notice of release, release date, custody status), whatever the City's carve-outs say.
            2017-08-27 | CPD | DETAINER               | NOTIFY_RELEASE          | CIVIL_IMMIGRATION | NONE | FELONY_CONVICTION     | LEGAL      | MCC 2-173-042(c)(1)-(3) (2012)
            2017-08-28 | CPD | DETAINER               | NOTIFY_RELEASE          | CIVIL_IMMIGRATION | NONE | FELONY_CONVICTION     | DECLINE    | 5 ILCS 805/15(a)
            2017-08-27 | CPD | DETAINER               | DISCLOSE_RELEASE_DATE   | CRIMINAL          | NONE | -                     | SUPERVISOR | MCC 2-173-042(b)(1) (2012)
            2017-08-28 | CPD | DETAINER               | DISCLOSE_RELEASE_DATE   | CRIMINAL          | NONE | -                     | DECLINE    | 5 ILCS 805/15(a)
            2017-08-27 | CPD | ADMINISTRATIVE_WARRANT | DISCLOSE_CUSTODY_STATUS | CIVIL_IMMIGRATION | NONE | GANG_DATABASE         | LEGAL      | MCC 2-173-042(c)(4) (2012)
            2017-08-28 | CPD | ADMINISTRATIVE_WARRANT | DISCLOSE_CUSTODY_STATUS | CIVIL_IMMIGRATION | NONE | GANG_DATABASE         | DECLINE    | 5 ILCS 805/15(a)
            2020-06-01 | CPD | NCIC_IMMIGRATION_HIT   | NOTIFY_RELEASE          | CRIMINAL          | NONE | -                     | DECLINE    | 5 ILCS 805/15(a)
            2021-01-26 | CPD | DETAINER               | NOTIFY_RELEASE          | CIVIL_IMMIGRATION | NONE | PENDING_FELONY_CHARGE | DECLINE    | 5 ILCS 805/15(a)
            2021-01-27 | CPD | DETAINER               | DISCLOSE_RELEASE_DATE   | CRIMINAL          | NONE | -                     | DECLINE    | 5 ILCS 805/15(a)
            2021-01-27 | CPD | DETAINER               | DISCLOSE_RELEASE_DATE   | CRIMINAL          | NONE | -                     | DECLINE    | MCC 2-173-020(a)(3)
            # TRUST Act 15(e): no question about status or place of birth, whatever paper the agency shows.
            2021-08-01 | CPD | JUDICIAL_WARRANT       | INQUIRE_STATUS          | CRIMINAL          | NONE | -                     | LEGAL      | MCC 2-173-030(a)
            2021-08-02 | CPD | JUDICIAL_WARRANT       | INQUIRE_STATUS          | CRIMINAL          | NONE | -                     | DECLINE    | 5 ILCS 805/15(e)
            2021-08-02 | CPD | GRAND_JURY_SUBPOENA    | INQUIRE_STATUS          | CRIMINAL          | NONE | -                     | DECLINE    | 5 ILCS 805/15(e)
            2021-08-02 | CPD | FOIA_REQUEST           | INQUIRE_STATUS          | CIVIL_IMMIGRATION | NONE | -                     | DECLINE    | 5 ILCS 805/15(e)
            """)
    void trustActOtherwiseComplyAndNoStatusQuestions(LocalDate date, Custody custody, DocumentType document,
            RequestedAction action, Purpose purpose, Consent consent, String subject, Outcome outcome, String citation) {
        assertDecision(date, custody, document, action, purpose, consent, subject, outcome, citation);
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} {4} {5} {6} -> {7} ({8})")
    @CsvSource(delimiter = '|', textBlock = """
            # Cook County 46-37(b): in County custody no access and no word on incarceration status or release
            # date for ICE, unless a criminal warrant or the County's own legitimate law-enforcement purpose.
            2011-09-07 | COUNTY | NONE             | DISCLOSE_RELEASE_DATE   | CIVIL_IMMIGRATION | NONE | -                 | DECLINE    | Cook County Code 46-37(b)
            2013-06-01 | COUNTY | NONE             | DISCLOSE_CUSTODY_STATUS | CIVIL_IMMIGRATION | NONE | FELONY_CONVICTION | DECLINE    | Cook County Code 46-37(b)
            2013-06-01 | CPD    | NONE             | DISCLOSE_CUSTODY_STATUS | CIVIL_IMMIGRATION | NONE | FELONY_CONVICTION | LEGAL      | MCC 2-173-042(c)(1)-(3) (2012)
            2013-06-01 | COUNTY | NONE             | ACCESS_PERSON           | UNKNOWN           | NONE | GANG_DATABASE     | DECLINE    | Cook County Code 46-37(b)
            2013-06-01 | COUNTY | NONE             | USE_FACILITY            | CIVIL_IMMIGRATION | NONE | -                 | DECLINE    | Cook County Code 46-37(b)
            2013-06-01 | COUNTY | NONE             | DISCLOSE_RELEASE_DATE   | CRIMINAL          | NONE | -                 | SUPERVISOR | Cook County Code 46-37(b)
            2013-06-01 | COUNTY | DETAINER         | DISCLOSE_RELEASE_DATE   | CRIMINAL          | NONE | -                 | DECLINE    | Cook County Code 46-37(a)
            2013-06-01 | COUNTY | JUDICIAL_WARRANT | ACCESS_PERSON           | CRIMINAL          | NONE | -                 | LEGAL      | MCC 2-173-042(b)(1) (2012)
            2022-06-01 | COUNTY | NONE             | DISCLOSE_RELEASE_DATE   | CRIMINAL          | NONE | -                 | DECLINE    | MCC 2-173-020(a)(3)
            # Holds, access and transfers on court papers cite the section that governs them; status stays 030.
            2021-01-26 | CPD    | COURT_ORDER         | TRANSFER_CUSTODY      | CRIMINAL          | NONE | -                 | LEGAL      | MCC 2-173-042(a) (2012)
            2021-01-27 | CPD    | COURT_ORDER         | TRANSFER_CUSTODY      | CRIMINAL          | NONE | -                 | LEGAL      | MCC 2-173-020(a)(5)
            2021-01-26 | CPD    | GRAND_JURY_SUBPOENA | ACCESS_PERSON         | CRIMINAL          | NONE | -                 | LEGAL      | MCC 2-173-042(b)(1) (2012)
            2021-01-27 | CPD    | GRAND_JURY_SUBPOENA | ACCESS_PERSON         | CRIMINAL          | NONE | -                 | LEGAL      | MCC 2-173-020(a)(2)
            2021-01-27 | CPD    | JUDICIAL_WARRANT    | USE_FACILITY          | CRIMINAL          | NONE | -                 | LEGAL      | MCC 2-173-020(a)(2)
            2021-01-27 | CPD    | COURT_ORDER         | DISCLOSE_CONTACT_INFO | CRIMINAL          | NONE | -                 | LEGAL      | MCC 2-173-020(a)(3)
            2021-01-27 | CPD    | COURT_ORDER         | OPERATIONAL_SUPPORT   | CRIMINAL          | NONE | -                 | LEGAL      | MCC 2-173-020(a)(6)
            2021-01-27 | CPD    | COURT_ORDER         | DETAIN                | CRIMINAL          | NONE | -                 | LEGAL      | MCC 2-173-020(a)(1)
            2021-01-26 | CPD    | COURT_ORDER         | DETAIN                | CRIMINAL          | NONE | -                 | LEGAL      | MCC 2-173-042(a) (2012)
            2021-01-27 | CPD    | COURT_ORDER         | DISCLOSE_STATUS       | CRIMINAL          | NONE | -                 | LEGAL      | MCC 2-173-030(a)
            """)
    void cookCountyAndTheSectionsThatGovernHoldsAccessAndTransfers(LocalDate date, Custody custody,
            DocumentType document, RequestedAction action, Purpose purpose, Consent consent, String subject,
            Outcome outcome, String citation) {
        assertDecision(date, custody, document, action, purpose, consent, subject, outcome, citation);
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3} listed {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # The logs start on their day, are listed with the decision, and never change its outcome.
            2020-01-14 | DETAINER             | CONFIRM_CIVIL_OR_CRIMINAL | PERMITTED | false | WCO2020-LOG
            2020-01-15 | DETAINER             | CONFIRM_CIVIL_OR_CRIMINAL | PERMITTED | true  | WCO2020-LOG
            2020-01-15 | NCIC_IMMIGRATION_HIT | DETAIN                    | DECLINE   | true  | WCO2020-LOG
            2021-08-01 | DETAINER             | CONFIRM_CIVIL_OR_CRIMINAL | PERMITTED | false | TRUST2021-REPORT
            2021-08-02 | DETAINER             | CONFIRM_CIVIL_OR_CRIMINAL | PERMITTED | true  | TRUST2021-REPORT
            2017-08-27 | DETAINER             | DETAIN                    | DECLINE   | false | TRUST2017-RELEASE
            2017-08-28 | DETAINER             | DETAIN                    | DECLINE   | true  | TRUST2017-RELEASE
            """)
    void recordingRulesAreListedFromTheirFirstDayButNeverDecide(LocalDate date, DocumentType document,
            RequestedAction action, Outcome outcome, boolean listed, String rule) {
        Decision decision = decide(facts(date, Custody.CPD, document, action, Purpose.CIVIL_IMMIGRATION, Consent.NONE, "-"));
        assertThat(decision.outcome()).isEqualTo(outcome);
        assertThat(decision.records().stream().anyMatch(fired -> fired.id().equals(rule))).isEqualTo(listed);
        assertThat(decision.deciding()).extracting(FiredRule::id).doesNotContain(rule);
    }

    @org.junit.jupiter.api.Test
    void theOfficerReadsTheGoodFaithReleaseOfSection15d() {
        Decision hold = decide(facts(LocalDate.parse("2022-06-01"), Custody.CPD, DocumentType.DETAINER,
                RequestedAction.DETAIN, Purpose.CIVIL_IMMIGRATION, Consent.NONE, "-"));
        assertThat(hold.explanation()).contains("releases in good faith", "5 ILCS 805/15(d)");
    }

    private static void assertDecision(LocalDate date, Custody custody, DocumentType document, RequestedAction action,
            Purpose purpose, Consent consent, String subject, Outcome outcome, String citation) {
        Decision decision = decide(facts(date, custody, document, action, purpose, consent, subject));
        assertThat(decision.outcome()).as("outcome; rules fired: %s", decision.rules()).isEqualTo(outcome);
        assertThat(decision.deciding()).as("deciding rules").extracting(FiredRule::citation).contains(citation);
    }
}
