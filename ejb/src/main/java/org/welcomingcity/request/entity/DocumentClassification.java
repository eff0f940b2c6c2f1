package org.welcomingcity.request.entity;

import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.problem.FreeText;
import org.welcomingcity.problem.Required;

/**
 * One document that came with a request, as the officer classified it: what it is, its form
 * number, who signed it and whether it shows a court's caption. A detainer that arrives with a
 * judicial warrant is one request with two of these.
 */
public record DocumentClassification(@Required DocumentType documentType,
        @FreeText(max = RequestColumns.FORM_NUMBER) String formNumber,
        @FreeText(max = RequestColumns.SIGNER_TITLE) String signerTitle, Boolean courtCaption) {

    public DocumentClassification {
        courtCaption = courtCaption != null && courtCaption;
    }
}
