package org.welcomingcity.system;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Request bodies for the intake API: a court order asking for custody status, a detainer. */
final class Intakes {

    private Intakes() {
    }

    static String courtOrder() {
        return """
            {"eventNumber": "E-2611-0042", "oemcNumber": "OEMC-2611-7781", "receivedAt": "%s",
             "agency": "ICE", "agencyComponent": "HSI", "agentName": "Agent Dana Reyes", "agentBadge": "HSI-4471",
             "agentContact": "312-555-0100 (HSI Chicago switchboard)", "identityCheck": "CALLBACK_INDEPENDENT_NUMBER",
             "channel": "IN_PERSON", "documentType": "COURT_ORDER", "formNumber": null,
             "signerTitle": "United States District Judge", "courtCaption": true, "subjectReference": "IR 2041187",
             "custody": "CPD", "asks": ["DISCLOSE_CUSTODY_STATUS"], "purpose": "CRIMINAL",
             "statedPurpose": "Order in a federal criminal case"}""".formatted(receivedNow());
    }

    static String detainer() {
        return """
            {"eventNumber": "E-2611-0043", "oemcNumber": "OEMC-2611-7782", "receivedAt": "%s",
             "agency": "ICE", "agencyComponent": "ERO", "agentName": "Officer Sam Lee", "agentContact": "fax 312-555-0199",
             "identityCheck": "NOT_VERIFIED", "channel": "FAX", "documentType": "DETAINER", "formNumber": "I-247A",
             "signerTitle": "Supervisory Detention and Deportation Officer", "courtCaption": false,
             "subjectReference": "CB 19887766", "custody": "CPD", "asks": ["DETAIN", "NOTIFY_RELEASE"],
             "purpose": "CIVIL_IMMIGRATION"}""".formatted(receivedNow());
    }

    /** A magistrate's criminal arrest warrant that also asks for the release date and a notice of release. */
    static String warrantWithAddOns() {
        return """
            {"eventNumber": "E-2611-0044", "oemcNumber": "OEMC-2611-7783", "receivedAt": "%s",
             "agency": "ICE", "agencyComponent": "HSI", "agentName": "Agent Dana Reyes", "agentBadge": "HSI-4471",
             "agentContact": "312-555-0100 (HSI Chicago switchboard)", "identityCheck": "CALLBACK_INDEPENDENT_NUMBER",
             "channel": "IN_PERSON", "documentType": "JUDICIAL_WARRANT", "formNumber": null,
             "signerTitle": "United States Magistrate Judge", "courtCaption": true, "subjectReference": "IR 2041187",
             "custody": "CPD", "asks": ["EXECUTE_WARRANT", "DISCLOSE_RELEASE_DATE", "NOTIFY_RELEASE"],
             "purpose": "CRIMINAL", "statedPurpose": "Arrest warrant in a federal criminal case"}"""
                .formatted(receivedNow());
    }

    /**
     * The same warrant, which arrived together with an ICE detainer for the same person: one
     * request with two documents.
     */
    static String warrantWithDetainer(String oemcNumber) {
        return warrantWithAddOns().replace("OEMC-2611-7783", oemcNumber).replace("\"purpose\": \"CRIMINAL\",",
                "\"purpose\": \"CRIMINAL\", \"documents\": [{\"documentType\": \"DETAINER\", \"formNumber\": \"I-247A\","
                + " \"signerTitle\": \"Supervisory Detention and Deportation Officer\", \"courtCaption\": false}],");
    }

    static String receivedNow() {
        return OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(10).truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
