package org.welcomingcity.request.control;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.welcomingcity.ordinance.control.DocumentRegister;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.request.entity.DocumentClassification;
import org.welcomingcity.request.entity.Intake;

/**
 * Helps tell documents apart (brief section 5): the form number, the caption and who signed say
 * more than what the agent calls the paper. The form numbers and signer words are data
 * ({@link DocumentRegister}). A warrant or an order is judicial only with a court caption and a
 * judge's or magistrate's signature; a grand-jury subpoena only with a court caption (issued by a
 * grand jury or a court), signed by anyone but an agency's officer, since no judge signs one. Anything
 * else is decided as an unidentified, non-judicial document, which goes to legal.
 */
public final class DocumentGuidance {

    /** The types that claim a judge: they must show it. */
    static final Set<DocumentType> CLAIMS_A_JUDGE = EnumSet.of(DocumentType.JUDICIAL_WARRANT, DocumentType.COURT_ORDER);

    private DocumentGuidance() {
    }

    /** What the document most likely is, from its form number, signer and caption; empty when unclear. */
    public static Optional<DocumentType> suggest(String formNumber, String signerTitle, boolean courtCaption) {
        DocumentRegister register = DocumentRegister.shipped();
        Optional<DocumentType> byForm = register.dhsForm(formNumber);
        if (byForm.isPresent()) {
            return byForm;
        }
        return courtCaption && register.judgeOfACourt(signerTitle) ? Optional.of(DocumentType.JUDICIAL_WARRANT)
                : Optional.empty();
    }

    /**
     * Why a document entered as judicial is not one (no caption, no judge's signature, a DHS form
     * number); empty when it is, or when it does not claim to be.
     */
    public static List<String> notJudicial(Intake intake, DocumentRegister register) {
        return notJudicial(new DocumentClassification(intake.documentType(), intake.formNumber(), intake.signerTitle(),
                intake.courtCaption()), register);
    }

    /** The same for one document of a request. */
    public static List<String> notJudicial(DocumentClassification intake, DocumentRegister register) {
        DocumentType type = intake.documentType();
        List<String> reasons = new ArrayList<>();
        if (type == null || !type.isJudicial()) {
            return reasons;
        }
        register.dhsForm(intake.formNumber()).ifPresent(form -> reasons.add("form " + intake.formNumber().strip()
                + " is a DHS form (" + form + "), never a court's"));
        if (!Boolean.TRUE.equals(intake.courtCaption())) {
            reasons.add(CLAIMS_A_JUDGE.contains(type) ? "it has no court caption"
                    : "it has no court caption (a grand-jury subpoena is issued by a grand jury or a court)");
        }
        String signer = intake.signerTitle() == null ? "" : intake.signerTitle().strip();
        if (CLAIMS_A_JUDGE.contains(type) && !register.judgeOfACourt(signer)) {
            reasons.add(signer.isEmpty() ? "no signer is named"
                    : "the signer (" + signer + ") is not a judge or magistrate of a court");
        } else if (!CLAIMS_A_JUDGE.contains(type) && register.agencyOfficer(signer)) {
            // A grand-jury subpoena needs no judge's signature (a clerk or a prosecutor signs), but never an agency's.
            reasons.add("the signer (" + signer + ") is an agency's officer, not the court's or the grand jury's");
        }
        return reasons;
    }

    /** A complaint when the chosen type cannot be what the form number says it is. */
    static Optional<String> contradiction(DocumentType chosen, String formNumber) {
        return DocumentRegister.shipped().dhsForm(formNumber)
                .filter(expected -> chosen != null && chosen != expected && chosen.isJudicial())
                .map(expected -> "form " + formNumber.trim() + " is a DHS form (" + expected
                        + "), not a judicial document; a judge's signature and a court caption make a document judicial");
    }
}
