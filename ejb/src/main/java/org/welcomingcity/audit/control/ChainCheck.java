package org.welcomingcity.audit.control;

import java.time.Instant;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.audit.entity.ChainReport;
import org.welcomingcity.audit.entity.EventHash;

/**
 * Checks events one by one, in sequence order, against the chain rules: sequences run 1, 2, 3
 * without gaps; each event names its predecessor's hash; each hash is that of its content.
 * Stops at the first event that breaks a rule. Finally the head row must agree with the
 * last event, which catches events removed from or forged onto the end.
 */
public final class ChainCheck {

    private long expectedSequence = 1;
    private String previousHash = EventHash.GENESIS;
    private ChainReport broken;

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
        String recomputed = EventHash.of(sequence, occurredAt, actor, actorRole, action, target, outcome, origin,
                detail, storedPrevious);
        if (!recomputed.equals(storedHash)) {
            return fail(sequence, "event " + sequence + " was changed after it was recorded");
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
        return ChainReport.intact(last, last, previousHash);
    }

    private boolean fail(long sequence, String problem) {
        broken = ChainReport.broken(expectedSequence - 1, sequence, problem);
        return false;
    }
}
