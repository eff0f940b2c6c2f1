package org.welcomingcity.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.welcomingcity.report.entity.ReportPeriod;

class ReportFileTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void aReportsFileNamesTheReportAndThePeriodItCovers() {
        assertThat(ReportFile.CITY_QUARTERLY.pdf(ReportPeriod.quarter(2026, 3, TODAY)))
                .isEqualTo("city-quarterly-2026-q3.pdf");
        assertThat(ReportFile.STATE_ANNUAL.csv(ReportPeriod.year(2025, TODAY))).isEqualTo("state-annual-2025.csv");
        assertThat(ReportFile.STATISTICS.csv(ReportPeriod.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31))))
                .isEqualTo("statistics-2026-01-01-to-2026-03-31.csv");
        assertThat(ReportFile.PUBLIC_AGGREGATE.pdf(ReportPeriod.quarter(2026, 1, TODAY)))
                .isEqualTo("public-aggregate-2026-q1.pdf");
    }

    @Test
    void theStatisticsOfAQuarterCoverTheQuarterAndWithoutOneTheYear() {
        assertThat(Periods.yearOrQuarter(2026, 2, TODAY)).isEqualTo(ReportPeriod.quarter(2026, 2, TODAY));
        assertThat(Periods.of("2026", "2", null, null, TODAY)).isEqualTo(ReportPeriod.quarter(2026, 2, TODAY));
        assertThat(Periods.yearOrQuarter(2026, null, TODAY)).isEqualTo(ReportPeriod.year(2026, TODAY));
    }
}
