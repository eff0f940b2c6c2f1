package org.welcomingcity.report.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.welcomingcity.report.control.StatisticsQuery.Group;
import org.welcomingcity.report.entity.Count;

class StatisticsQueryTest {

    private static final List<Group> GROUPS = List.of(
            new Group("2023-05", "ICE", "DETAINER", "DECLINE", 4),
            new Group("2023-04", "ICE", "NONE", "DECLINE", 2),
            new Group("2023-05", "CBP", "NONE", "LEGAL", 6),
            new Group("2023-04", "USCIS", "DETAINER", "DECLINE", 1));

    @Test
    void eachDimensionIsSummedFromTheOneGroupedScan() {
        // largest first, then by name
        assertThat(StatisticsQuery.sum(GROUPS, Group::agency, true)).containsExactly(new Count("CBP", 6),
                new Count("ICE", 6), new Count("USCIS", 1));
        assertThat(StatisticsQuery.sum(GROUPS, Group::month, false)).containsExactly(new Count("2023-04", 3),
                new Count("2023-05", 10));
        assertThat(StatisticsQuery.sum(GROUPS, Group::outcome, true)).containsExactly(new Count("DECLINE", 7),
                new Count("LEGAL", 6));
        assertThat(StatisticsQuery.sum(List.of(), Group::agency, true)).isEmpty();
    }
}
