package org.welcomingcity.audit.entity;

/**
 * The result of walking the chain: intact with its length and last hash, or the first
 * event that is wrong and what is wrong with it.
 */
public record ChainReport(boolean intact, long events, long lastSequence, String lastHash,
        Long firstBadSequence, String problem) {

    public static ChainReport intact(long events, long lastSequence, String lastHash) {
        return new ChainReport(true, events, lastSequence, lastHash, null, null);
    }

    public static ChainReport broken(long eventsChecked, long firstBadSequence, String problem) {
        return new ChainReport(false, eventsChecked, firstBadSequence - 1, null, firstBadSequence, problem);
    }
}
