package org.welcomingcity.review.control;

import java.util.Locale;
import java.util.Optional;
import org.welcomingcity.ordinance.entity.DocumentType;

/**
 * Helps the officer tell documents apart (brief section 5): the form number and who signed
 * say more than what the agent calls the paper. An immigration judge is not a judge for this
 * purpose: the document stays administrative.
 */
public final class DocumentGuidance {

    private DocumentGuidance() {
    }

    /** What the document most likely is, from its form number, signer and caption; empty when unclear. */
    public static Optional<DocumentType> suggest(String formNumber, String signerTitle, boolean courtCaption) {
        Optional<DocumentType> byForm = byForm(formNumber);
        if (byForm.isPresent()) {
            return byForm;
        }
        String title = normalized(signerTitle);
        boolean judge = (title.contains("JUDGE") || title.contains("MAGISTRATE")) && !title.contains("IMMIGRATION");
        return courtCaption && judge ? Optional.of(DocumentType.JUDICIAL_WARRANT) : Optional.empty();
    }

    /** A complaint when the chosen type cannot be what the form number says it is. */
    static Optional<String> contradiction(DocumentType chosen, String formNumber) {
        return byForm(formNumber).filter(expected -> chosen != null && chosen != expected && chosen.isJudicial())
                .map(expected -> "form " + formNumber.trim() + " is a DHS form (" + expected
                        + "), not a judicial document; a judge's signature and a court caption make a document judicial");
    }

    private static Optional<DocumentType> byForm(String formNumber) {
        String form = normalized(formNumber).replace(" ", "").replace("-", "");
        if (form.startsWith("I247")) {
            return Optional.of(DocumentType.DETAINER);
        }
        if (form.startsWith("I200") || form.startsWith("I205") || form.startsWith("I203") || form.startsWith("I286")) {
            return Optional.of(DocumentType.ADMINISTRATIVE_WARRANT);
        }
        return Optional.empty();
    }

    private static String normalized(String text) {
        return text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
    }
}
