package org.welcomingcity.web.request;

import java.util.List;
import org.welcomingcity.ordinance.entity.Consent;
import org.welcomingcity.ordinance.entity.Custody;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.Purpose;
import org.welcomingcity.ordinance.entity.RequestedAction;
import org.welcomingcity.request.entity.Agency;
import org.welcomingcity.request.entity.Channel;
import org.welcomingcity.request.entity.Classification;
import org.welcomingcity.request.entity.DocumentClassification;
import org.welcomingcity.request.entity.IdentityCheck;
import org.welcomingcity.request.entity.Intake;
import org.welcomingcity.review.entity.Checklist;
import org.welcomingcity.review.entity.DisclosureItem;
import org.welcomingcity.review.entity.StepInput;
import org.welcomingcity.web.api.JsonFields;

/**
 * The JSON bodies of the request API, read strictly. Whether required fields are present is
 * checked by the use case, the same way for the pages and the API.
 */
public final class RequestBodies {

    static final List<String> INTAKE = List.of("eventNumber", "oemcNumber", "receivedAt", "agency", "agencyComponent",
            "agentName", "agentBadge", "agentContact", "identityCheck", "channel", "documentType", "formNumber",
            "signerTitle", "courtCaption", "subjectReference", "custody", "asks", "purpose", "statedPurpose", "consent",
            "consentSigner", "consentRelationship", "consentDate", "consentLanguage", "consentInterpreter", "documents");
    /** A further document that came with the request: classified as the first one is. */
    static final List<String> DOCUMENT = List.of("documentType", "formNumber", "signerTitle", "courtCaption");
    static final List<String> CLASSIFICATION = List.of("documentType", "formNumber", "signerTitle", "courtCaption",
            "asks", "purpose", "consent", "custody", "documents");
    static final List<String> CHECKLIST = List.of("issuedByCourt", "signedByJudge", "caseNumberShown",
            "requirementStated", "consentValid", "consentSignedByRightPerson");
    static final List<String> STEP = List.of("version", "reason", "classification", "correction", "scope",
            "caseNumber", "checklist", "released", "recipient", "asks");

    private RequestBodies() {
    }

    static Intake intake(String body) {
        JsonFields json = JsonFields.of(body, INTAKE);
        Intake intake = intake(json);
        json.done();
        return intake;
    }

    /** A step's body; an empty body is a step without input. */
    public static StepInput step(String body) {
        if (body == null || body.isBlank()) {
            return StepInput.none();
        }
        JsonFields json = JsonFields.of(body, STEP);
        JsonFields classification = json.object("classification", CLASSIFICATION);
        JsonFields correction = json.object("correction", INTAKE);
        JsonFields checklist = json.object("checklist", CHECKLIST);
        StepInput input = new StepInput(json.number("version"), json.text("reason"),
                classification == null ? null : classification(classification),
                correction == null ? null : intake(correction), json.choices("scope", DisclosureItem.class),
                json.text("caseNumber"), checklist == null ? null : checklist(checklist),
                json.choices("released", DisclosureItem.class), json.text("recipient"),
                json.choices("asks", RequestedAction.class));
        json.done();
        return input;
    }

    private static Intake intake(JsonFields json) {
        return new Intake(json.text("eventNumber"), json.text("oemcNumber"), json.dateTime("receivedAt"),
                json.choice("agency", Agency.class), json.text("agencyComponent"), json.text("agentName"),
                json.text("agentBadge"), json.text("agentContact"), json.choice("identityCheck", IdentityCheck.class),
                json.choice("channel", Channel.class), json.choice("documentType", DocumentType.class),
                json.text("formNumber"), json.text("signerTitle"), json.flag("courtCaption"),
                json.text("subjectReference"), json.choice("custody", Custody.class),
                json.choices("asks", RequestedAction.class), json.choice("purpose", Purpose.class),
                json.text("statedPurpose"), json.choice("consent", Consent.class), json.text("consentSigner"),
                json.text("consentRelationship"), json.date("consentDate"), json.text("consentLanguage"),
                json.text("consentInterpreter"), json.objects("documents", DOCUMENT).stream()
                        .map(RequestBodies::document).toList());
    }

    private static DocumentClassification document(JsonFields json) {
        return new DocumentClassification(json.choice("documentType", DocumentType.class), json.text("formNumber"),
                json.text("signerTitle"), json.flag("courtCaption"));
    }

    private static Classification classification(JsonFields json) {
        return new Classification(json.choice("documentType", DocumentType.class), json.text("formNumber"),
                json.text("signerTitle"), json.flag("courtCaption"), json.choices("asks", RequestedAction.class),
                json.choice("purpose", Purpose.class), json.choice("consent", Consent.class),
                json.choice("custody", Custody.class), json.has("documents")
                        ? json.objects("documents", DOCUMENT).stream().map(RequestBodies::document).toList() : null);
    }

    private static Checklist checklist(JsonFields json) {
        return new Checklist(yes(json.flag("issuedByCourt")), yes(json.flag("signedByJudge")),
                yes(json.flag("caseNumberShown")), yes(json.flag("requirementStated")), yes(json.flag("consentValid")),
                yes(json.flag("consentSignedByRightPerson")));
    }

    private static boolean yes(Boolean flag) {
        return flag != null && flag;
    }
}
