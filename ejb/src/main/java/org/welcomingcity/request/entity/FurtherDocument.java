package org.welcomingcity.request.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.welcomingcity.ordinance.entity.DocumentType;

/** A document beyond the first that came with the same request, as stored. */
@Embeddable
public class FurtherDocument {

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false)
    private DocumentType documentType;
    @Column(name = "form_number", length = RequestColumns.FORM_NUMBER)
    private String formNumber;
    @Column(name = "signer_title", length = RequestColumns.SIGNER_TITLE)
    private String signerTitle;
    @Column(name = "court_caption", nullable = false)
    private boolean courtCaption;

    protected FurtherDocument() {
    }

    FurtherDocument(DocumentClassification document) {
        documentType = document.documentType();
        formNumber = document.formNumber();
        signerTitle = document.signerTitle();
        courtCaption = document.courtCaption();
    }

    DocumentClassification classification() {
        return new DocumentClassification(documentType, formNumber, signerTitle, courtCaption);
    }
}
