package org.welcomingcity.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.welcomingcity.request.entity.FederalRequest;
import org.welcomingcity.request.entity.RequestState;
import org.welcomingcity.review.control.Deadlines;
import org.welcomingcity.review.control.ReviewSettings;

/**
 * Requests by state and requests past their deadline, as gauges. Every instance of a group
 * reads the same database, so each reports the whole department's figures. The database is read
 * at most once in {@code welcoming.metrics.fresh-seconds}, whatever the number of gauges or scrapers.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RequestFigures {

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "welcoming.metrics.fresh-seconds")
    long freshSeconds;

    @PersistenceContext
    EntityManager em;

    @Inject
    Instance<MetricRegistry> registries;

    @Inject
    ReviewSettings settings;

    @Resource
    SessionContext session;

    private volatile Snapshot snapshot = new Snapshot(Instant.EPOCH, Map.of(), 0, 0);

    /** What the database said at one moment. */
    public record Snapshot(Instant at, Map<RequestState, Long> byState, long supervisorOverdue, long legalOverdue) {
    }

    /**
     * The gauges read through this bean's business view: the metrics endpoint calls them on a
     * thread of its own, outside this application, where only a container call reaches the database.
     */
    @PostConstruct
    void register() {
        Optional<MetricRegistry> found = Registry.of(registries);
        if (found.isEmpty()) {
            return;
        }
        MetricRegistry registry = found.get();
        RequestFigures self = session.getBusinessObject(RequestFigures.class);
        Metadata requests = Metadata.builder().withName("welcoming_requests")
                .withDescription("Requests from federal agencies, by their state now").build();
        for (RequestState state : RequestState.values()) {
            registry.gauge(requests, () -> self.current().byState().getOrDefault(state, 0L),
                    new Tag("state", state.name()));
        }
        Metadata overdue = Metadata.builder().withName("welcoming_requests_overdue")
                .withDescription("Requests waiting past their deadline now, by whose step it is").build();
        registry.gauge(overdue, () -> self.current().supervisorOverdue(), new Tag("step", "supervisor"));
        registry.gauge(overdue, () -> self.current().legalOverdue(), new Tag("step", "legal"));
    }

    public Snapshot current() {
        Snapshot last = snapshot;
        if (last.at().plusSeconds(freshSeconds).isAfter(clock.instant())) {
            return last;
        }
        synchronized (this) {
            if (snapshot == last) {
                snapshot = read();
            }
            return snapshot;
        }
    }

    private Snapshot read() {
        Map<RequestState, Long> byState = new EnumMap<>(RequestState.class);
        em.createQuery("SELECT r.state, COUNT(r) FROM FederalRequest r GROUP BY r.state", Object[].class)
                .getResultList().forEach(row -> byState.put((RequestState) row[0], (Long) row[1]));
        // Waiting requests are few; the deadline rule itself decides which are late (one definition).
        List<FederalRequest> waiting = em.createQuery(
                "SELECT r FROM FederalRequest r WHERE r.state IN :waiting", FederalRequest.class)
                .setParameter("waiting", List.copyOf(RequestState.waiting()))
                .getResultList();
        Deadlines deadlines = settings.deadlines();
        OffsetDateTime now = OffsetDateTime.now(clock);
        long supervisor = waiting.stream()
                .filter(r -> r.state().awaitsSupervisor() && deadlines.overdue(r, now)).count();
        long legal = waiting.stream()
                .filter(r -> r.state().awaitsLegal() && deadlines.overdue(r, now)).count();
        return new Snapshot(clock.instant(), byState, supervisor, legal);
    }
}
