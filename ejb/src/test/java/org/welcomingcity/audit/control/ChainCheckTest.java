package org.welcomingcity.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.welcomingcity.audit.entity.AuditOutcome;
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

    private static List<Row> chain(int length) {
        List<Row> rows = new ArrayList<>();
        String previous = EventHash.GENESIS;
        for (long s = 1; s <= length; s++) {
            Instant at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(s);
            String hash = EventHash.of(s, at, "officer", "OFFICER", "LOGON", "account:officer", AuditOutcome.SUCCESS,
                    "127.0.0.1", null, previous);
            rows.add(new Row(s, at, "officer", "LOGON", previous, hash));
            previous = hash;
        }
        return rows;
    }

    private static ChainReport verify(List<Row> rows, long headSequence, String headHash) {
        ChainCheck check = new ChainCheck();
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
}
