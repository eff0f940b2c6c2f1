package org.welcomingcity.report.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.welcomingcity.problem.InvalidInputException;

class ReportPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void aQuarterRunsFromTheFirstDayOfItsFirstMonthToTheLastDayOfItsThird() {
        assertThat(ReportPeriod.quarter(2024, 1, TODAY)).isEqualTo(
                new ReportPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31), "2024 Q1"));
        assertThat(ReportPeriod.quarter(2023, 4, TODAY).to()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(ReportPeriod.year(2023, TODAY)).isEqualTo(
                new ReportPeriod(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), "2023"));
    }

    @Test
    void aWrongYearOrQuarterNamesTheParameter() {
        assertThatThrownBy(() -> ReportPeriod.quarter(2023, 5, TODAY)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("quarter:");
        assertThatThrownBy(() -> ReportPeriod.quarter(2023, null, TODAY)).hasMessageStartingWith("quarter:");
        assertThatThrownBy(() -> ReportPeriod.year(2027, TODAY)).hasMessageStartingWith("year:");
        assertThatThrownBy(() -> ReportPeriod.year(1999, TODAY)).hasMessageStartingWith("year:");
        assertThatThrownBy(() -> ReportPeriod.year(null, TODAY)).hasMessageStartingWith("year:");
    }

    @Test
    void twoDatesMakeAPeriodOfAtMostTenYears() {
        assertThat(ReportPeriod.between(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 1)).label())
                .isEqualTo("2022-03-01 to 2022-03-01");
        assertThatThrownBy(() -> ReportPeriod.between(LocalDate.of(2022, 3, 2), LocalDate.of(2022, 3, 1)))
                .hasMessageStartingWith("to:");
        assertThatThrownBy(() -> ReportPeriod.between(null, LocalDate.of(2022, 3, 1))).hasMessageStartingWith("from:");
        assertThatThrownBy(() -> ReportPeriod.between(LocalDate.of(2000, 1, 1), LocalDate.of(2015, 1, 1)))
                .hasMessageStartingWith("to:");
    }

    @Test
    void aPackOverlapsWhenAnyOfItsDaysFallInThePeriod() {
        ReportPeriod year = ReportPeriod.year(2021, TODAY);
        assertThat(year.overlaps(LocalDate.of(2012, 9, 12), LocalDate.of(2021, 8, 1))).isTrue();
        assertThat(year.overlaps(LocalDate.of(2021, 8, 2), null)).isTrue();
        assertThat(year.overlaps(LocalDate.of(2012, 9, 12), LocalDate.of(2020, 12, 31))).isFalse();
        assertThat(year.overlaps(LocalDate.of(2022, 1, 1), null)).isFalse();
    }
}
