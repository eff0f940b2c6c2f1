package org.welcomingcity.ordinance.entity;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * When a rule fires: each fact must be one of the listed values (an empty set means any value),
 * at least one of {@code subjectAny} must be true of the person, and none of {@code subjectNone}.
 */
public record Conditions(Set<DocumentType> documentTypes, Set<RequestedAction> actions,
        Set<Purpose> purposes, Set<Consent> consents, Set<Custody> custodies,
        Set<SubjectFact> subjectAny, Set<SubjectFact> subjectNone) {

    public Conditions {
        documentTypes = frozen(documentTypes, DocumentType.class);
        actions = frozen(actions, RequestedAction.class);
        purposes = frozen(purposes, Purpose.class);
        consents = frozen(consents, Consent.class);
        custodies = frozen(custodies, Custody.class);
        subjectAny = frozen(subjectAny, SubjectFact.class);
        subjectNone = frozen(subjectNone, SubjectFact.class);
    }

    /** A rule that matches everything would silently decide every case: packs may not have one. */
    public boolean isEmpty() {
        return documentTypes.isEmpty() && actions.isEmpty() && purposes.isEmpty() && consents.isEmpty()
                && custodies.isEmpty() && subjectAny.isEmpty() && subjectNone.isEmpty();
    }

    public boolean matches(Facts facts) {
        return within(documentTypes, facts.documentType())
                && within(actions, facts.action())
                && within(purposes, facts.purpose())
                && within(consents, facts.consent())
                && within(custodies, facts.custody())
                && (subjectAny.isEmpty() || subjectAny.stream().anyMatch(facts.subject()::has))
                && subjectNone.stream().noneMatch(facts.subject()::has);
    }

    private static <E> boolean within(Set<E> allowed, E value) {
        return allowed.isEmpty() || allowed.contains(value);
    }

    // EnumSet keeps matching fast; the wrapper keeps the record immutable.
    private static <E extends Enum<E>> Set<E> frozen(Set<E> values, Class<E> type) {
        EnumSet<E> copy = values == null || values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
        return Collections.unmodifiableSet(copy);
    }
}
