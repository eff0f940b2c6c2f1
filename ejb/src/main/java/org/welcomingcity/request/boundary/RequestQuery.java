package org.welcomingcity.request.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.welcomingcity.request.control.Caller;
import org.welcomingcity.request.control.RequestAccess;
import org.welcomingcity.request.entity.FederalRequest;
import org.welcomingcity.request.entity.RequestState;
import org.welcomingcity.review.control.Deadlines.Cutoffs;

/**
 * The list query: the requests the caller sees, then the filter, built from the clauses that apply,
 * in the filter's order. Whatever the filter says is bound as a parameter or chosen among
 * constants; nothing the caller sent becomes JPQL. Overdue is {@link Cutoffs}' rule.
 */
final class RequestQuery {

    /** A reference as shown (WC-2026-000123), without its prefix or year, or just its number. */
    static final Pattern REFERENCE = Pattern.compile("(?:WC-)?(?:\\d{4}-)?0*(\\d{1,12})", Pattern.CASE_INSENSITIVE);
    private static final String STATE = RequestState.class.getName() + ".";
    private static final String SUPERVISOR_STATES = literals(RequestState::awaitsSupervisor);
    private static final String LEGAL_STATES = literals(RequestState::awaitsLegal);

    private final RequestAccess.Clause visibility;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();
    private final Map<String, Object> orderParameters = new HashMap<>();
    private final RequestFilter filter;
    private final String overdue;
    private final Map<String, Object> overdueParameters = new HashMap<>();

    /**
     * @param cutoffs overdue as of now, when the filter keeps or orders by overdue requests; else null
     * @param lateEscalations the open escalations too recent to be surely late that are late
     */
    RequestQuery(Caller caller, RequestFilter filter, Cutoffs cutoffs, List<Long> lateEscalations) {
        this.filter = filter;
        visibility = RequestAccess.visibleTo(caller, "r");
        parameters.putAll(visibility.parameters());
        where("r.state IN :states", "states", filter.states().isEmpty() ? null : filter.states());
        where("r.agency = :agency", "agency", filter.agency());
        where("r.documentType = :documentType", "documentType", filter.documentType());
        where("r.eventDate >= :from", "from", filter.receivedFrom());
        where("r.eventDate <= :to", "to", filter.receivedTo());
        if (filter.text() != null) {
            text(filter.text());
        }
        overdue = cutoffs == null ? null : overdue(lateEscalations);
        if (cutoffs != null) {
            overdueParameters.put("supervisorCutoff", cutoffs.supervisorCutoff());
            overdueParameters.put("legalSurelyLate", cutoffs.legalSurelyLate());
            if (!lateEscalations.isEmpty()) {
                overdueParameters.put("lateEscalations", lateEscalations);
            }
        }
        if (filter.overdueOnly()) {
            conditions.add(overdue(parameters));
        }
    }

    /** The open escalations since {@code legalSurelyLate} that are late: few, each checked against business days. */
    static List<Long> lateEscalations(EntityManager em, Cutoffs cutoffs) {
        return em.createQuery("SELECT r.id, r.escalatedAt FROM FederalRequest r WHERE r.state IN " + LEGAL_STATES
                + " AND r.escalatedAt >= :surelyLate", Object[].class)
                .setParameter("surelyLate", cutoffs.legalSurelyLate()).getResultList().stream()
                .filter(row -> cutoffs.legalLate().test((OffsetDateTime) row[1])).map(row -> (Long) row[0]).toList();
    }

    long count(EntityManager em) {
        return bind(em.createQuery("SELECT COUNT(r) FROM FederalRequest r" + where(), Long.class), parameters)
                .getSingleResult();
    }

    List<ListedRequest> page(EntityManager em) {
        TypedQuery<ListedRequest> query = em.createQuery(ListedRequest.SELECT + " FROM FederalRequest r" + where()
                + orderBy(), ListedRequest.class);
        return bind(bind(query, parameters), orderParameters).setFirstResult(filter.page() * filter.size())
                .setMaxResults(filter.size()).getResultList();
    }

    String where() {
        List<String> all = new ArrayList<>();
        all.add(visibility.jpql());
        all.addAll(conditions);
        return " WHERE " + String.join(" AND ", all);
    }

    String orderBy() {
        RequestOrder order = filter.order();
        String direction = order.descending() ? " DESC" : " ASC";
        StringBuilder by = new StringBuilder(" ORDER BY ");
        if (order.overdueFirst()) {
            by.append("CASE WHEN ").append(overdue(orderParameters)).append(" THEN 0 ELSE 1 END, ");
        }
        switch (order.column()) {
            case SUBMITTED -> by.append("r.submittedAt").append(direction).append(", ");
            case RECEIVED -> by.append("r.receivedAt").append(direction).append(", ");
            case DUE -> by.append("CASE WHEN r.state IN ").append(SUPERVISOR_STATES).append(" OR r.state IN ")
                    .append(LEGAL_STATES).append(" THEN 0 ELSE 1 END, CASE WHEN r.state IN ").append(LEGAL_STATES)
                    .append(" THEN r.escalatedAt ELSE r.submittedAt END").append(direction).append(", ");
            case STATE -> by.append(workflowOrder()).append(direction).append(", ");
            case REFERENCE -> { }
        }
        return by.append("r.id").append(direction).toString();
    }

    Map<String, Object> parameters() {
        return Map.copyOf(parameters);
    }

    private void where(String clause, String name, Object value) {
        if (value != null) {
            conditions.add(clause);
            parameters.put(name, value);
        }
    }

    /** Any part of the event number, regardless of case; or the request whose reference it is. */
    private void text(String text) {
        String escaped = text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        parameters.put("text", "%" + escaped + "%");
        String eventNumber = "LOWER(r.eventNumber) LIKE :text ESCAPE '!'";
        Matcher reference = REFERENCE.matcher(text);
        if (reference.matches()) {
            conditions.add("(" + eventNumber + " OR r.id = :referenceId)");
            parameters.put("referenceId", Long.parseLong(reference.group(1)));
        } else {
            conditions.add(eventNumber);
        }
    }

    private static String overdue(List<Long> lateEscalations) {
        String recent = lateEscalations.isEmpty() ? "" : " OR r.id IN :lateEscalations";
        return "((r.state IN " + SUPERVISOR_STATES + " AND r.submittedAt < :supervisorCutoff) OR (r.state IN "
                + LEGAL_STATES + " AND (r.escalatedAt < :legalSurelyLate" + recent + ")))";
    }

    /** The overdue condition, its parameters put where the clause that uses it binds them. */
    private String overdue(Map<String, Object> into) {
        if (overdue == null) {
            throw new IllegalStateException("overdue asked without the deadlines' cutoffs");
        }
        into.putAll(overdueParameters);
        return overdue;
    }

    private static String workflowOrder() {
        return Stream.of(RequestState.values()).map(s -> "WHEN r.state = " + STATE + s.name() + " THEN " + s.ordinal())
                .collect(Collectors.joining(" ", "CASE ", " END"));
    }

    private static String literals(Predicate<RequestState> which) {
        return Stream.of(RequestState.values()).filter(which).map(s -> STATE + s.name())
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Map<String, Object> values) {
        values.forEach(query::setParameter);
        return query;
    }
}
