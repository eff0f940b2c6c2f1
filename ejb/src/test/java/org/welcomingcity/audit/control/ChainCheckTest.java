package org.welcomingcity.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.audit.entity.ChainCheckpoint;
import org.welcomingcity.audit.entity.ChainReport;
import org.welcomingcity.audit.entity.EventHash;

class ChainCheckTest {

    /** A stored row, as the verifier reads it. */
    record Row(long sequence, Instant at, String actor, String action, String previous, String hash) {
        Row withSequence(long s) {
            return new Row(s, at, actor, action, previous, hash);
        }

        Row withActor(String a) {
            return new Row(sequence, at, a, action, previous, hash);
        }
    }

    private static final byte[] KEY = "a key of thirty-two or more characters".getBytes(StandardCharsets.UTF_8);

    /** A chain recorded with the audit key from the first event on. */
    private static List<Row> chain(int length) {
        return chain(length, 1, KEY);
    }

    /** Events before keyedFrom carry plain SHA-256, as they did before the key existed. */
    private static List<Row> chain(int length, long keyedFrom, byte[] key) {
        List<Row> rows = new ArrayList<>();
        String previous = EventHash.GENESIS;
        EventHash plain = EventHash.plain();
        EventHash keyed = EventHash.keyed(key);
        for (long s = 1; s <= length; s++) {
            Instant at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(s);
            String hash = (s < keyedFrom ? plain : keyed).of(s, at, "officer", "OFFICER", "LOGON", "account:officer", AuditOutcome.SUCCESS,
                    "127.0.0.1", null, previous);
            rows.add(new Row(s, at, "officer", "LOGON", previous, hash));
            previous = hash;
        }
        return rows;
    }

    private static ChainReport verify(List<Row> rows, long headSequence, String headHash) {
        return verify(rows, headSequence, headHash, 1, List.of());
    }

    private static ChainReport verify(List<Row> rows, long headSequence, String headHash, long keyedFrom,
            List<ChainCheckpoint> checkpoints) {
        ChainCheck check = new ChainCheck(keyedFrom, EventHash.keyed(KEY), checkpoints);
        for (Row r : rows) {
            if (!check.accept(r.sequence, r.at, r.actor, "OFFICER", r.action, "account:officer", AuditOutcome.SUCCESS,
                    "127.0.0.1", null, r.previous, r.hash)) {
                break;
            }
        }
        return check.finish(headSequence, headHash);
    }

    private static ChainReport verify(List<Row> rows, List<Row> original) {
        Row last = original.get(original.size() - 1);
        return verify(rows, last.sequence, last.hash);
    }

    @Test
    void anUntouchedChainIsIntactWithItsLengthAndLastHash() {
        List<Row> rows = chain(5);
        ChainReport report = verify(rows, rows);
        assertThat(report.intact()).isTrue();
        assertThat(report.events()).isEqualTo(5);
        assertThat(report.lastHash()).isEqualTo(rows.get(4).hash);
    }

    @Test
    void anEmptyChainIsIntact() {
        assertThat(verify(List.of(), 0, EventHash.GENESIS).intact()).isTrue();
    }

    @Test
    void aChangedFieldNamesThatEvent() {
        List<Row> original = chain(5);
        List<Row> rows = new ArrayList<>(original);
        rows.set(2, rows.get(2).withActor("someone-else"));
        ChainReport report = verify(rows, original);
        assertThat(report.intact()).isFalse();
        assertThat(report.firstBadSequence()).isEqualTo(3);
        assertThat(report.problem()).contains("changed");
    }

    @Test
    void aDeletedEventIsFoundWhereItIsMissing() {
        List<Row> original = chain(5);
        List<Row> rows = new ArrayList<>(original);
        rows.remove(1);
        ChainReport report = verify(rows, original);
        assertThat(report.firstBadSequence()).isEqualTo(2);
        assertThat(report.problem()).contains("missing");
    }

    @Test
    void twoSwappedEventsAreFoundAtTheFirst() {
        List<Row> original = chain(5);
        List<Row> rows = new ArrayList<>(original);
        Row second = rows.get(1);
        Row fourth = rows.get(3);
        rows.set(1, fourth.withSequence(2));
        rows.set(3, second.withSequence(4));
        ChainReport report = verify(rows, original);
        assertThat(report.firstBadSequence()).isEqualTo(2);
    }

    @Test
    void aForgedEventAppendedAtTheEndIsFound() {
        List<Row> original = chain(5);
        List<Row> rows = new ArrayList<>(original);
        rows.add(chain(6).get(5)); // a well-formed sixth event the trail never recorded
        ChainReport report = verify(rows, original);
        assertThat(report.firstBadSequence()).isEqualTo(6);
        assertThat(report.problem()).contains("forged");
    }

    @Test
    void eventsDeletedFromTheEndAreFound() {
        List<Row> original = chain(5);
        ChainReport report = verify(original.subList(0, 3), original);
        assertThat(report.firstBadSequence()).isEqualTo(4);
        assertThat(report.problem()).contains("missing");
    }

    @Test
    void aForgedEventInsertedWithARenumberedTailIsFound() {
        List<Row> original = chain(5);
        List<Row> rows = new ArrayList<>();
        rows.add(original.get(0));
        rows.add(original.get(0).withSequence(2)); // a copy slipped in after the first
        for (int i = 1; i < 5; i++) {
            rows.add(original.get(i).withSequence(i + 2));
        }
        assertThat(verify(rows, original).firstBadSequence()).isEqualTo(2);
    }

    @Test
    void eventsFromBeforeTheKeyVerifyWithPlainHashesAndTheLaterOnesWithTheKey() {
        List<Row> rows = chain(6, 4, KEY);
        Row last = rows.get(5);
        assertThat(verify(rows, last.sequence, last.hash, 4, List.of()).intact()).isTrue();
    }

    @Test
    void anEventForgedWithAPlainHashAfterTheKeyIsFound() {
        List<Row> keyedFromFour = chain(6, 4, KEY);
        List<Row> forged = new ArrayList<>(keyedFromFour.subList(0, 5));
        forged.add(chain(6, 7, KEY).get(5)); // the sixth event, hashed as anyone with the database could
        Row sixth = forged.get(5);
        Row fifth = forged.get(4);
        forged.set(5, new Row(6, sixth.at, sixth.actor, sixth.action, fifth.hash,
                EventHash.plain().of(6, sixth.at, sixth.actor, "OFFICER", sixth.action, "account:officer",
                        AuditOutcome.SUCCESS, "127.0.0.1", null, fifth.hash)));
        ChainReport report = verify(forged, 6, forged.get(5).hash, 4, List.of());
        assertThat(report.intact()).isFalse();
        assertThat(report.firstBadSequence()).isEqualTo(6);
        assertThat(report.problem()).contains("without the audit key");
    }

    @Test
    void aChainRewrittenUnderAnotherKeyIsFoundAtItsFirstEvent() {
        List<Row> rewritten = chain(3, 1, "another key of thirty-two or more chars".getBytes(StandardCharsets.UTF_8));
        Row last = rewritten.get(2);
        assertThat(verify(rewritten, last.sequence, last.hash).firstBadSequence()).isEqualTo(1);
    }

    @Test
    void checkpointsThatAgreeWithTheChainKeepItIntact() {
        List<Row> rows = chain(5);
        List<ChainCheckpoint> written = List.of(checkpoint(rows.get(1)), checkpoint(rows.get(4)));
        assertThat(verify(rows, 5, rows.get(4).hash, 1, written).intact()).isTrue();
    }

    @Test
    void aCheckpointWithAnotherHashForAnEventNamesThatEvent() {
        List<Row> rows = chain(5);
        ChainCheckpoint other = new ChainCheckpoint(Instant.parse("2026-01-02T00:00:00Z"), 3, "e".repeat(64));
        ChainReport report = verify(rows, 5, rows.get(4).hash, 1, List.of(checkpoint(rows.get(1)), other));
        assertThat(report.intact()).isFalse();
        assertThat(report.firstBadSequence()).isEqualTo(3);
        assertThat(report.problem()).contains("checkpoint of 2026-01-02T00:00:00Z", "rewritten");
    }

    @Test
    void aCheckpointBeyondTheHeadSaysEventsWereRemoved() {
        List<Row> original = chain(5);
        List<Row> shortened = original.subList(0, 3); // the tail removed and the head moved back with it
        ChainReport report = verify(shortened, 3, shortened.get(2).hash, 1, List.of(checkpoint(original.get(4))));
        assertThat(report.intact()).isFalse();
        assertThat(report.firstBadSequence()).isEqualTo(4);
        assertThat(report.problem()).contains("names event 5, beyond the end of the trail at event 3");
    }

    @Test
    void aCheckpointLineReadsBackAsWritten() {
        ChainCheckpoint written = checkpoint(chain(1).get(0));
        assertThat(ChainCheckpoint.parse(written.line())).contains(written);
        assertThat(ChainCheckpoint.parse("not a checkpoint")).isEmpty();
    }

    private static ChainCheckpoint checkpoint(Row row) {
        return new ChainCheckpoint(Instant.parse("2026-01-01T12:00:00Z"), row.sequence, row.hash);
    }
}
