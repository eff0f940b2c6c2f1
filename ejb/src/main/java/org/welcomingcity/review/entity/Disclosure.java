package org.welcomingcity.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.welcomingcity.request.entity.FederalRequest;
import org.welcomingcity.request.entity.RequestColumns;

/** What was released, to whom, when, by whom, and under whose approval. */
@Entity
@Table(name = "request_disclosure")
public class Disclosure {

    @Id
    @SequenceGenerator(name = "request_detail_seq", sequenceName = "request_detail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_detail_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id")
    private FederalRequest request;

    /** Item names, comma-separated. */
    @Column(nullable = false, length = ReviewColumns.DISCLOSED_ITEMS)
    private String items;
    @Column(nullable = false, length = ReviewColumns.RECIPIENT)
    private String recipient;
    @Column(name = "disclosed_at", nullable = false)
    private OffsetDateTime disclosedAt;
    @Column(name = "disclosed_by", nullable = false, length = RequestColumns.USER_NAME)
    private String disclosedBy;
    @Column(name = "approved_by", nullable = false, length = RequestColumns.USER_NAME)
    private String approvedBy;

    protected Disclosure() {
    }

    public Disclosure(FederalRequest request, Set<DisclosureItem> released, String recipient, String by,
            OffsetDateTime at) {
        this.request = request;
        this.items = released.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.recipient = recipient;
        this.disclosedBy = by;
        this.disclosedAt = at;
        this.approvedBy = request.legalSigner();
    }

    public Set<DisclosureItem> items() {
        Set<DisclosureItem> released = EnumSet.noneOf(DisclosureItem.class);
        Arrays.stream(items.split(",")).map(DisclosureItem::valueOf).forEach(released::add);
        return released;
    }

    public String recipient() {
        return recipient;
    }

    public OffsetDateTime disclosedAt() {
        return disclosedAt;
    }

    public String disclosedBy() {
        return disclosedBy;
    }

    public String approvedBy() {
        return approvedBy;
    }
}
