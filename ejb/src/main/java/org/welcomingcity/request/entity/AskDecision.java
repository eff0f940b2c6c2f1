package org.welcomingcity.request.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.welcomingcity.ordinance.entity.Consent;
import org.welcomingcity.ordinance.entity.Custody;
import org.welcomingcity.ordinance.entity.Decision;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.FiredRule;
import org.welcomingcity.ordinance.entity.Outcome;
import org.welcomingcity.ordinance.entity.Purpose;
import org.welcomingcity.ordinance.entity.RequestedAction;

/**
 * The engine's decision on one ask, kept for good: the facts it saw, the packs and rules, the
 * outcome. A correction adds a round; earlier rounds stay, so both decisions can be shown.
 */
@Entity
@Table(name = "request_decision")
public class AskDecision {

    private static final String RULE_SEPARATOR = "\n";
    private static final String FIELD_SEPARATOR = "\t";

    @Id
    @SequenceGenerator(name = "request_detail_seq", sequenceName = "request_detail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_detail_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id")
    private FederalRequest request;

    @Column(nullable = false)
    private int round;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestedAction action;
    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false)
    private DocumentType documentType;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Purpose purpose;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Consent consent;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Custody custody;
    @Column(name = "event_date", nullable = false)
    private LocalDate eventDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;
    /** Pack refs, {@code id@version}, comma-separated. */
    @Column(nullable = false)
    private String packs;
    /** One line per fired rule: id, pack, citation, outcome, tab-separated. */
    @Column(nullable = false)
    private String rules;
    private String explanation;
    @Column(name = "decided_at", nullable = false)
    private OffsetDateTime decidedAt;
    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    protected AskDecision() {
    }

    public AskDecision(FederalRequest request, int round, Decision decision, String decidedBy, OffsetDateTime at) {
        this.request = request;
        this.round = round;
        this.action = decision.facts().action();
        this.documentType = decision.facts().documentType();
        this.purpose = decision.facts().purpose();
        this.consent = decision.facts().consent();
        this.custody = decision.facts().custody();
        this.eventDate = decision.facts().eventDate();
        this.outcome = decision.outcome();
        this.packs = decision.packs().stream().map(Object::toString).collect(Collectors.joining(","));
        this.rules = decision.rules().stream().map(rule -> String.join(FIELD_SEPARATOR, rule.id(), rule.pack(),
                rule.citation(), rule.outcome().name())).collect(Collectors.joining(RULE_SEPARATOR));
        this.explanation = decision.explanation();
        this.decidedBy = decidedBy;
        this.decidedAt = at;
    }

    public int round() {
        return round;
    }

    public RequestedAction action() {
        return action;
    }

    public DocumentType documentType() {
        return documentType;
    }

    public Purpose purpose() {
        return purpose;
    }

    public Consent consent() {
        return consent;
    }

    public Custody custody() {
        return custody;
    }

    public LocalDate eventDate() {
        return eventDate;
    }

    public Outcome outcome() {
        return outcome;
    }

    public List<String> packs() {
        return packs.isEmpty() ? List.of() : List.of(packs.split(","));
    }

    /** The fired rules as stored; explanations are in the packs and in {@link #explanation()}. */
    public List<FiredRule> rules() {
        if (rules.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(rules.split(RULE_SEPARATOR)).map(line -> line.split(FIELD_SEPARATOR, -1))
                .map(f -> new FiredRule(f[0], f[1], f[2], Outcome.valueOf(f[3]), null)).toList();
    }

    public String explanation() {
        return explanation;
    }

    public OffsetDateTime decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }
}
