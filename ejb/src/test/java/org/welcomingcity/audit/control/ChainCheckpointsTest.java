package org.welcomingcity.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChainCheckpointsTest {

    private static final long MINUTE = 60_000L;

    @Test
    void theFirstTurnIsAFewSecondsIntoTheNextSlot() {
        assertEquals(55_000L, ChainCheckpoints.untilNextTurn(1_000 * MINUTE + 10_000L, MINUTE));
        assertEquals(5_001L, ChainCheckpoints.untilNextTurn(1_001 * MINUTE - 1L, MINUTE));
    }

    @Test
    void aStartOnTheSlotsEdgeWaitsForTheNextOne() {
        assertEquals(MINUTE + 5_000L, ChainCheckpoints.untilNextTurn(1_000 * MINUTE, MINUTE));
    }

    @Test
    void longerSlotsCountFromTheEpochToo() {
        long fiveMinutes = 5 * MINUTE;
        assertEquals(4 * MINUTE + 5_000L, ChainCheckpoints.untilNextTurn(200 * fiveMinutes + MINUTE, fiveMinutes));
    }
}
