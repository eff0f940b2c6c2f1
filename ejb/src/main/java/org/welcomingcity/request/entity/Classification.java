package org.welcomingcity.request.entity;

import java.util.Set;
import org.welcomingcity.ordinance.entity.Consent;
import org.welcomingcity.ordinance.entity.Custody;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.Purpose;
import org.welcomingcity.ordinance.entity.RequestedAction;

/** The facts a supervisor may correct when the officer classified the request wrongly. */
public record Classification(DocumentType documentType, String formNumber, String signerTitle, Boolean courtCaption,
        Set<RequestedAction> asks, Purpose purpose, Consent consent, Custody custody) {

    public Classification {
        asks = asks == null ? Set.of() : Set.copyOf(asks);
        consent = consent == null ? Consent.NONE : consent;
    }
}
