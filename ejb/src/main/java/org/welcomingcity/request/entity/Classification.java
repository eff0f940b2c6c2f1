package org.welcomingcity.request.entity;

import java.util.List;
import java.util.Set;
import org.welcomingcity.ordinance.entity.Consent;
import org.welcomingcity.ordinance.entity.Custody;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.Purpose;
import org.welcomingcity.ordinance.entity.RequestedAction;

/**
 * The facts a supervisor may correct when the officer classified the request wrongly: the first
 * document in the document fields, the further documents in {@code documents} (every one of
 * them, in order; null keeps those recorded), and what the engine decides on.
 */
public record Classification(DocumentType documentType, String formNumber, String signerTitle, Boolean courtCaption,
        Set<RequestedAction> asks, Purpose purpose, Consent consent, Custody custody,
        List<DocumentClassification> documents) {

    public Classification {
        asks = asks == null ? Set.of() : Set.copyOf(asks);
        consent = consent == null ? Consent.NONE : consent;
        documents = documents == null ? null : List.copyOf(documents);
    }

    /** A correction of the first document and the facts, keeping the further documents as recorded. */
    public Classification(DocumentType documentType, String formNumber, String signerTitle, Boolean courtCaption,
            Set<RequestedAction> asks, Purpose purpose, Consent consent, Custody custody) {
        this(documentType, formNumber, signerTitle, courtCaption, asks, purpose, consent, custody, null);
    }
}
