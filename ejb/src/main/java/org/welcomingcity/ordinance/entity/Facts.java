package org.welcomingcity.ordinance.entity;

import java.time.LocalDate;

/**
 * Everything the engine knows about one ask. Optional facts take their safe defaults: no
 * consent, no criminal history, CPD custody.
 */
public record Facts(LocalDate eventDate, DocumentType documentType, RequestedAction action,
        Purpose purpose, Consent consent, SubjectHistory subject, Custody custody) {

    public Facts {
        required(eventDate, "eventDate");
        required(documentType, "documentType");
        required(action, "action");
        required(purpose, "purpose");
        consent = consent == null ? Consent.NONE : consent;
        subject = subject == null ? SubjectHistory.NONE : subject;
        custody = custody == null ? Custody.CPD : custody;
    }

    /** The common case: no consent, no criminal history, CPD custody. */
    public Facts(LocalDate eventDate, DocumentType documentType, RequestedAction action, Purpose purpose) {
        this(eventDate, documentType, action, purpose, null, null, null);
    }

    private static void required(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
    }
}
