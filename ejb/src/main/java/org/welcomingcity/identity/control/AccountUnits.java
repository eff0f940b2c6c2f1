package org.welcomingcity.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The unit of each account, asked of the database once and then remembered for a short time:
 * every use case needs its caller's unit (which requests they may see), and a query for it on
 * every call was a round trip per API call. As a remembered log-on, a unit is kept with the
 * account's generation in {@link AccountChanges}, read before the database is, so a move to
 * another unit committed here or on another instance of the Data Grid is seen at the next call;
 * and for at most {@code welcoming.security.verified-credentials-seconds}, so that an instance the
 * Data Grid's message did not reach sees it then.
 */
@ApplicationScoped
public class AccountUnits {

    /** Beyond this many accounts the memory starts again: far more than a city has. */
    static final int MAX_ENTRIES = 10_000;

    private record Known(long generation, long readAt, Optional<String> unit) {
    }

    private final Map<String, Known> known = new ConcurrentHashMap<>();

    @Inject
    AccountChanges changes;

    @Inject
    AccountStore accounts;

    @Inject
    @ConfigProperty(name = "welcoming.security.verified-credentials-seconds")
    long seconds;

    /** The unit of the account with this user name; empty when it has none or there is no such account. */
    public Optional<String> unitOf(String username) {
        long generation = changes.generation(username);
        long now = System.nanoTime();
        Known remembered = known.get(username);
        if (remembered != null && remembered.generation() == generation
                && now - remembered.readAt() < TimeUnit.SECONDS.toNanos(seconds)) {
            return remembered.unit();
        }
        Optional<String> unit = accounts.unitOf(username);
        if (known.size() >= MAX_ENTRIES) {
            known.clear();
        }
        known.put(username, new Known(generation, now, unit));
        return unit;
    }
}
