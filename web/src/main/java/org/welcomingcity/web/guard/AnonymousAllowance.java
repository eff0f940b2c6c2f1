package org.welcomingcity.web.guard;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * How often requests from one client are answered before anyone signs in: a steady rate with a
 * burst on top (the generic cell rate algorithm: each slot keeps the time its next request is due
 * at the steady rate, and a request may run ahead of it by the burst). An IPv4 address is one
 * client; an IPv6 address counts by its /64 network, which one subscriber is usually given whole.
 * Clients share a fixed number of slots by a hash keyed at start-up, so the memory is the same
 * whatever the number of clients; the rare two clients in one slot share its allowance.
 */
final class AnonymousAllowance {

    private static final int SLOT_BITS = 12;
    private static final double MIN_PER_SECOND = 0.001;
    private static final double MAX_PER_SECOND = 1_000_000;
    private static final int MAX_BURST = 1_000_000;
    private final AtomicLongArray due = new AtomicLongArray(1 << SLOT_BITS);
    private final long seed;
    private final long multiplier;
    private final long origin;
    private final long interval;
    private final long tolerance;

    /**
     * @param perSecond the steady rate for one client
     * @param burst how many requests one client may make at once after a quiet spell
     * @param now {@link System#nanoTime()} now: times are kept from here
     */
    AnonymousAllowance(double perSecond, int burst, long now) {
        this(perSecond, burst, now, new SecureRandom().nextLong());
    }

    /** With the hash's key given, so that tests know which clients share a slot. */
    AnonymousAllowance(double perSecond, int burst, long now, long key) {
        // the bounds keep the burst's span in nanoseconds (interval times burst) far from overflowing a long
        if (!(perSecond >= MIN_PER_SECOND && perSecond <= MAX_PER_SECOND) || burst < 1 || burst > MAX_BURST) {
            throw new IllegalArgumentException("The allowance of anonymous requests needs a rate from 0.001 to"
                    + " 1,000,000 a second and a burst from 1 to 1,000,000: got " + perSecond + " and " + burst);
        }
        seed = key;
        multiplier = Long.rotateLeft(key, 29) | 1; // odd, so that each step of the hash is a bijection
        origin = now;
        interval = Math.round(1e9 / perSecond);
        tolerance = interval * (burst - 1);
    }

    /**
     * Takes one request's place for this client: 0 when it may be answered now, otherwise how many
     * nanoseconds until one would be (nothing is taken then).
     */
    long take(String address, long now) {
        int slot = slot(client(address));
        long elapsed = now - origin;
        while (true) {
            long current = due.get(slot);
            long next = Math.max(current, elapsed);
            if (next - elapsed > tolerance) {
                return next - tolerance - elapsed;
            }
            if (due.compareAndSet(slot, current, next + interval)) {
                return 0;
            }
        }
    }

    /**
     * A hash of every character under the secret key, not {@link String#hashCode()}: strings with equal
     * hash codes are easy to make, and would share a slot whatever the key.
     */
    private int slot(String client) {
        long h = seed;
        for (int i = 0; i < client.length(); i++) {
            h = (h ^ client.charAt(i)) * multiplier;
        }
        h ^= h >>> 29;
        h *= multiplier;
        return (int) (h >>> (Long.SIZE - SLOT_BITS));
    }

    /** The client an address stands for: an IPv6 address's /64 network, any other address itself. */
    static String client(String address) {
        if (address.indexOf(':') < 0) {
            return address;
        }
        byte[] bytes = TrustedProxies.literal(address);
        return bytes != null && bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "/64" : address;
    }
}
