package org.welcomingcity.audit.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.audit.entity.ChainCheckpoint;
import org.welcomingcity.audit.entity.ChainReport;
import org.welcomingcity.audit.entity.EventHash;

/**
 * Checks events one by one, in sequence order, against the chain rules: sequences run 1, 2, 3
 * without gaps; each event names its predecessor's hash; each hash is that of its content,
 * sealed with the audit key from the first keyed event on (plain SHA-256 before it); and each
 * event named by a checkpoint written outside the database still has the hash written there.
 * Stops at the first event that breaks a rule. Finally the head row must agree with the last
 * event, which catches events removed from or forged onto the end, and no checkpoint may name
 * an event beyond the end.
 */
public final class ChainCheck {

    private final long keyedFrom;
    private final EventHash keyed;
    private final EventHash plain = EventHash.plain();
    private final Map<Long, List<ChainCheckpoint>> checkpoints = new HashMap<>();
    private long expectedSequence = 1;
    private String previousHash = EventHash.GENESIS;
    private ChainReport broken;

    /**
     * @param keyedFrom the first sequence sealed with the key; earlier events carry plain SHA-256
     * @param keyed the keyed hash, for this check alone (it is not shared between threads)
     */
    public ChainCheck(long keyedFrom, EventHash keyed, Collection<ChainCheckpoint> checkpoints) {
        if (!keyed.isKeyed()) {
            throw new IllegalArgumentException("the chain is checked with the audit key");
        }
        this.keyedFrom = keyedFrom;
        this.keyed = keyed;
        checkpoints.forEach(c -> this.checkpoints.computeIfAbsent(c.sequence(), s -> new ArrayList<>()).add(c));
    }

    /** False once the chain is broken: nothing after the first bad event needs reading. */
    public boolean accept(long sequence, Instant occurredAt, String actor, String actorRole, String action,
            String target, AuditOutcome outcome, String origin, String detail, String storedPrevious,
            String storedHash) {
        if (broken != null) {
            return false;
        }
        if (sequence != expectedSequence) {
            return fail(expectedSequence, sequence > expectedSequence
                    ? "event " + expectedSequence + (sequence - 1 > expectedSequence ? " to " + (sequence - 1) : "")
                            + " missing: deleted"
                    : "event " + sequence + " appears again after event " + (expectedSequence - 1) + ": reordered or inserted");
        }
        if (!previousHash.equals(storedPrevious)) {
            return fail(sequence, "event " + sequence + " does not follow event " + (sequence - 1)
                    + ": an event was inserted, deleted or moved here");
        }
        EventHash scheme = sequence < keyedFrom ? plain : keyed;
        String recomputed = scheme.of(sequence, occurredAt, actor, actorRole, action, target, outcome, origin,
                detail, storedPrevious);
        if (!recomputed.equals(storedHash)) {
            return fail(sequence, "event " + sequence + " was changed after it was recorded, or forged"
                    + (scheme.isKeyed() ? " without the audit key" : ""));
        }
        for (ChainCheckpoint checkpoint : checkpoints.getOrDefault(sequence, List.of())) {
            if (!checkpoint.hash().equals(storedHash)) {
                return fail(sequence, "event " + sequence + " is not the one the checkpoint of " + checkpoint.writtenAt()
                        + " recorded: the trail was rewritten from here on");
            }
        }
        previousHash = storedHash;
        expectedSequence++;
        return true;
    }

    public ChainReport finish(long headSequence, String headHash) {
        if (broken != null) {
            return broken;
        }
        long last = expectedSequence - 1;
        if (headSequence > last) {
            return ChainReport.broken(last, last + 1, "events " + (last + 1) + " to " + headSequence
                    + " were recorded but are missing: deleted");
        }
        if (headSequence < last || !headHash.equals(previousHash)) {
            return ChainReport.broken(last, headSequence + 1, "event " + (headSequence + 1)
                    + " is not the one the trail recorded last: forged or inserted");
        }
        ChainCheckpoint beyond = checkpoints.values().stream().flatMap(List::stream)
                .filter(c -> c.sequence() > last).findFirst().orElse(null);
        if (beyond != null) {
            return ChainReport.broken(last, last + 1, "the checkpoint of " + beyond.writtenAt() + " names event "
                    + beyond.sequence() + ", beyond the end of the trail at event " + last + ": events were removed");
        }
        return ChainReport.intact(last, last, previousHash);
    }

    private boolean fail(long sequence, String problem) {
        broken = ChainReport.broken(expectedSequence - 1, sequence, problem);
        return false;
    }
}
