package org.welcomingcity.web.review;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.welcomingcity.ordinance.entity.RequestedAction;
import org.welcomingcity.request.boundary.RequestView;
import org.welcomingcity.review.entity.Checklist;
import org.welcomingcity.review.entity.DisclosureItem;
import org.welcomingcity.review.entity.StepInput;
import org.welcomingcity.review.entity.WorkflowStep;
import org.welcomingcity.web.request.IntakeForm;

/**
 * What a person enters with a workflow step on the request page: a reason or note per step,
 * the corrected classification, the legal checklist and scope, the release. Each step sends
 * only its own part, with the version of the request the person saw.
 */
public class StepForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> notes = new HashMap<>();
    private IntakeForm classification = new IntakeForm();
    private boolean issuedByCourt;
    private boolean signedByJudge;
    private boolean caseNumberShown;
    private boolean requirementStated;
    private boolean consentValid;
    private boolean consentSignedByRightPerson;
    private String caseNumber;
    private DisclosureItem[] scope = {};
    private DisclosureItem[] released = {};
    private String recipient;
    private String[] approvedAsks = {};

    /** A fresh form for a request: the classification starts as recorded. */
    static StepForm of(RequestView view, ZoneId zone) {
        StepForm form = new StepForm();
        form.classification = IntakeForm.of(view.intake(), zone);
        return form;
    }

    StepInput input(WorkflowStep step, long seenVersion) {
        return new StepInput(seenVersion, blankToNull(notes.get(step.path())),
                step == WorkflowStep.RECLASSIFY ? classification.classification() : null, null, set(scope),
                caseNumber, new Checklist(issuedByCourt, signedByJudge, caseNumberShown, requirementStated,
                        consentValid, consentSignedByRightPerson), set(released), recipient,
                step == WorkflowStep.APPROVE ? asks(approvedAsks) : null);
    }

    private static Set<DisclosureItem> set(DisclosureItem[] items) {
        return items.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(items));
    }

    private static Set<RequestedAction> asks(String[] names) {
        return Arrays.stream(names).map(RequestedAction::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RequestedAction.class)));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public Map<String, String> getNotes() { return notes; }
    public IntakeForm getClassification() { return classification; }
    public boolean isIssuedByCourt() { return issuedByCourt; }
    public void setIssuedByCourt(boolean value) { issuedByCourt = value; }
    public boolean isSignedByJudge() { return signedByJudge; }
    public void setSignedByJudge(boolean value) { signedByJudge = value; }
    public boolean isCaseNumberShown() { return caseNumberShown; }
    public void setCaseNumberShown(boolean value) { caseNumberShown = value; }
    public boolean isRequirementStated() { return requirementStated; }
    public void setRequirementStated(boolean value) { requirementStated = value; }
    public boolean isConsentValid() { return consentValid; }
    public void setConsentValid(boolean value) { consentValid = value; }
    public boolean isConsentSignedByRightPerson() { return consentSignedByRightPerson; }
    public void setConsentSignedByRightPerson(boolean value) { consentSignedByRightPerson = value; }
    public String getCaseNumber() { return caseNumber; }
    public void setCaseNumber(String value) { caseNumber = value; }
    public DisclosureItem[] getScope() { return scope.clone(); }
    public void setScope(DisclosureItem[] value) { scope = value == null ? new DisclosureItem[0] : value.clone(); }
    public DisclosureItem[] getReleased() { return released.clone(); }
    public void setReleased(DisclosureItem[] value) { released = value == null ? new DisclosureItem[0] : value.clone(); }
    public String[] getApprovedAsks() { return approvedAsks.clone(); }
    public void setApprovedAsks(String[] value) { approvedAsks = value == null ? new String[0] : value.clone(); }
    public String getRecipient() { return recipient; }
    public void setRecipient(String value) { recipient = value; }
}
