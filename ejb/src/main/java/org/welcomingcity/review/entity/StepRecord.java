package org.welcomingcity.review.entity;

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
import java.time.OffsetDateTime;
import org.welcomingcity.identity.entity.Role;
import org.welcomingcity.request.entity.FederalRequest;
import org.welcomingcity.request.entity.RequestColumns;
import org.welcomingcity.request.entity.RequestState;

/**
 * One line of a request's timeline. The submission itself has no step: it is where the timeline
 * starts; nor has the referral of a request the law sends elsewhere, which no one chooses.
 */
@Entity
@Table(name = "request_step")
public class StepRecord {

    @Id
    @SequenceGenerator(name = "request_detail_seq", sequenceName = "request_detail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_detail_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id")
    private FederalRequest request;

    /** Null for the submission, which opens the timeline, and for a referral. */
    @Enumerated(EnumType.STRING)
    private WorkflowStep step;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    private RequestState fromState;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false)
    private RequestState toState;
    @Column(nullable = false, length = RequestColumns.USER_NAME)
    private String actor;
    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role", nullable = false)
    private Role actorRole;
    @Column(name = "taken_at", nullable = false)
    private OffsetDateTime takenAt;
    /** The step's written reason, or a referral's note. */
    @Column(length = RequestColumns.REASON)
    private String note;

    protected StepRecord() {
    }

    public StepRecord(FederalRequest request, WorkflowStep step, RequestState from, RequestState to, String actor,
            Role role, OffsetDateTime at, String note) {
        this.request = request;
        this.step = step;
        this.fromState = from;
        this.toState = to;
        this.actor = actor;
        this.actorRole = role;
        this.takenAt = at;
        this.note = note;
    }

    /** The step's name for people and URLs; {@code submit} for the submission. */
    public String name() {
        if (step != null) {
            return step.path();
        }
        return toState == RequestState.REFERRED ? "refer" : "submit";
    }

    public RequestState fromState() {
        return fromState;
    }

    public RequestState toState() {
        return toState;
    }

    public String actor() {
        return actor;
    }

    public Role actorRole() {
        return actorRole;
    }

    public OffsetDateTime takenAt() {
        return takenAt;
    }

    public String note() {
        return note;
    }
}
