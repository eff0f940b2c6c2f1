package org.welcomingcity.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportCalendarTest {

    @ParameterizedTest(name = "on {0} the last complete quarter is {1} Q{2}")
    @CsvSource({
        "2026-12-02, 2026, 3",
        "2026-12-31, 2026, 3",
        "2027-01-01, 2026, 4",
        "2026-03-31, 2025, 4",
        "2026-04-01, 2026, 1",
        "2026-07-15, 2026, 2"})
    void theCityReportOpensOnTheLastQuarterThatHasEnded(LocalDate today, int year, int quarter) {
        assertThat(ReportCalendar.lastCompleteQuarter(today)).isEqualTo(new ReportCalendar.Quarter(year, quarter));
    }
}
