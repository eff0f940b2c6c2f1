package org.welcomingcity.web.guard;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * How often requests from one address are answered before anyone signs in: a steady rate with a
 * burst on top (the generic cell rate algorithm: each slot keeps the time its next request is due
 * at the steady rate, and a request may run ahead of it by the burst). Addresses share a fixed
 * number of slots by a hash salted at start-up, so the memory is the same whatever the number
 * of addresses; the rare two addresses in one slot share its allowance.
 */
final class AnonymousAllowance {

    private static final int SLOT_BITS = 12;
    private final AtomicLongArray due = new AtomicLongArray(1 << SLOT_BITS);
    private final int salt;
    private final long origin;
    private final long interval;
    private final long tolerance;

    /**
     * @param perSecond the steady rate for one address
     * @param burst how many requests one address may make at once after a quiet spell
     * @param now {@link System#nanoTime()} now: times are kept from here
     */
    AnonymousAllowance(double perSecond, int burst, long now) {
        this(perSecond, burst, now, new SecureRandom().nextInt());
    }

    /** With the hash's salt given, so that tests know which addresses share a slot. */
    AnonymousAllowance(double perSecond, int burst, long now, int salt) {
        if (!(perSecond > 0) || perSecond > 1_000_000 || burst < 1) {
            throw new IllegalArgumentException("The allowance of anonymous requests needs a rate from above 0 to"
                    + " 1,000,000 a second and a burst of at least 1: got " + perSecond + " and " + burst);
        }
        this.salt = salt;
        origin = now;
        interval = Math.round(1e9 / perSecond);
        tolerance = interval * (burst - 1);
    }

    /**
     * Takes one request's place for this address: 0 when it may be answered now, otherwise how many
     * nanoseconds until one would be (nothing is taken then).
     */
    long take(String address, long now) {
        int slot = (address.hashCode() ^ salt) * 0x9E3779B9 >>> (Integer.SIZE - SLOT_BITS);
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
}
