package org.welcomingcity.web.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.welcomingcity.operations.CityZone;
import org.welcomingcity.report.boundary.ReportPdfs;
import org.welcomingcity.report.entity.ReportPeriod;

/**
 * The city's calendar for the report pages: which years there are to choose, the last quarter ended,
 * today's date, and the zone the reports' PDFs show their times in.
 */
@ApplicationScoped
public class ReportCalendar {

    @Inject
    CityZone city;

    public LocalDate today() {
        return city.today();
    }

    /** The report PDFs, their times in the city's zone, their codes in the pages' words. */
    @Produces
    ReportPdfs pdfs() {
        return ReportPdfs.of(city.zone(), new PageWords());
    }

    /** One quarter of one year. */
    public record Quarter(int year, int quarter) {
    }

    /** The last quarter that has ended in the city. */
    public Quarter lastCompleteQuarter() {
        return lastCompleteQuarter(today());
    }

    /** The last quarter that has ended on {@code today}: in December the third, in January the fourth of last year. */
    static Quarter lastCompleteQuarter(LocalDate today) {
        LocalDate inLastQuarter = today.minusMonths(3);
        return new Quarter(inLastQuarter.getYear(), (inLastQuarter.getMonthValue() - 1) / 3 + 1);
    }

    /** This year first, back to the first year reports cover. */
    public List<Integer> years() {
        return IntStream.iterate(today().getYear(), year -> year >= ReportPeriod.FIRST_YEAR, year -> year - 1).boxed()
                .toList();
    }
}
