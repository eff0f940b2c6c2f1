package org.welcomingcity.web.request;

import java.io.Serializable;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.request.entity.DocumentClassification;

/** One further document on the intake form, as the officer fills it in. */
public class DocumentRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private DocumentType documentType;
    private String formNumber;
    private String signerTitle;
    private boolean courtCaption;

    static DocumentRow of(DocumentClassification document) {
        DocumentRow row = new DocumentRow();
        row.documentType = document.documentType();
        row.formNumber = document.formNumber();
        row.signerTitle = document.signerTitle();
        row.courtCaption = document.courtCaption();
        return row;
    }

    /** A row left as it was added says nothing, and is left out. */
    boolean isEmpty() {
        return documentType == null && (formNumber == null || formNumber.isBlank())
                && (signerTitle == null || signerTitle.isBlank()) && !courtCaption;
    }

    DocumentClassification classification() {
        return new DocumentClassification(documentType, formNumber, signerTitle, courtCaption);
    }

    public DocumentType getDocumentType() { return documentType; }
    public void setDocumentType(DocumentType value) { documentType = value; }
    public String getFormNumber() { return formNumber; }
    public void setFormNumber(String value) { formNumber = value; }
    public String getSignerTitle() { return signerTitle; }
    public void setSignerTitle(String value) { signerTitle = value; }
    public boolean isCourtCaption() { return courtCaption; }
    public void setCourtCaption(boolean value) { courtCaption = value; }
}
