package org.welcomingcity.report.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.welcomingcity.report.entity.Count;
import org.welcomingcity.report.entity.PublicAggregate.Cell;

class SuppressionTest {

    private final Suppression five = new Suppression(5);

    @Test
    void countsUnderTheThresholdAreWithheldAndTheThresholdItselfIsShown() {
        assertThat(five.cell("Requests", 4)).isEqualTo(new Cell("Requests", null, true));
        assertThat(five.cell("Requests", 5)).isEqualTo(new Cell("Requests", 5L, false));
        assertThat(five.cell("Requests", 0)).isEqualTo(new Cell("Requests", 0L, false));
    }

    @Test
    void aLoneWithheldCountTakesTheNextSmallestWithItSoTheTotalGivesNothingAway() {
        List<Cell> cells = five.table(List.of(new Count("ICE", 7), new Count("CBP", 5), new Count("USCIS", 2)));
        assertThat(cells).containsExactly(new Cell("ICE", 7L, false), new Cell("CBP", null, true),
                new Cell("USCIS", null, true));
    }

    @Test
    void twoWithheldCountsAreEnoughOnTheirOwn() {
        List<Cell> cells = five.table(List.of(new Count("ICE", 9), new Count("CBP", 6), new Count("USCIS", 3),
                new Count("DHS_OTHER", 1)));
        assertThat(cells).extracting(Cell::suppressed).containsExactly(false, false, true, true);
    }

    @Test
    void aTableWithNothingSmallIsShownWhole() {
        assertThat(five.table(List.of(new Count("ICE", 12), new Count("CBP", 5)))).noneMatch(Cell::suppressed);
        assertThat(five.table(List.of())).isEmpty();
    }

    @Test
    void aThresholdOfOneWithholdsNothingAndZeroIsRefused() {
        assertThat(new Suppression(1).table(List.of(new Count("ICE", 1)))).noneMatch(Cell::suppressed);
        assertThatThrownBy(() -> new Suppression(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
