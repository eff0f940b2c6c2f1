package org.welcomingcity.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The unit of each account, asked of the database once and then remembered until the account
 * changes: every use case needs its caller's unit (which requests they may see), and a query for it
 * on every call was a round trip per API call. A unit is kept with the account's generation in
 * {@link AccountChanges}, read before the database is, so a move to another unit committed here or
 * on another instance is seen by the next call, as a lock or a disable is by remembered log-ons.
 */
@ApplicationScoped
public class AccountUnits {

    /** Beyond this many accounts the memory starts again: far more than a city has. */
    static final int MAX_ENTRIES = 10_000;

    private record Known(long generation, Optional<String> unit) {
    }

    private final Map<String, Known> known = new ConcurrentHashMap<>();

    @Inject
    AccountChanges changes;

    @Inject
    AccountStore accounts;

    /** The unit of the account with this user name; empty when it has none or there is no such account. */
    public Optional<String> unitOf(String username) {
        long generation = changes.generation(username);
        Known remembered = known.get(username);
        if (remembered != null && remembered.generation() == generation) {
            return remembered.unit();
        }
        Optional<String> unit = accounts.unitOf(username);
        if (known.size() >= MAX_ENTRIES) {
            known.clear();
        }
        known.put(username, new Known(generation, unit));
        return unit;
    }
}
