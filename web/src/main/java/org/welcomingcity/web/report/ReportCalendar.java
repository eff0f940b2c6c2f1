package org.welcomingcity.web.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.welcomingcity.operations.CityZone;
import org.welcomingcity.report.entity.ReportPeriod;

/** The city's calendar for the report pages: which years there are to choose, and today's date. */
@ApplicationScoped
public class ReportCalendar {

    @Inject
    CityZone city;

    public LocalDate today() {
        return city.today();
    }

    /** This year first, back to the first year reports cover. */
    public List<Integer> years() {
        return IntStream.iterate(today().getYear(), year -> year >= ReportPeriod.FIRST_YEAR, year -> year - 1).boxed()
                .toList();
    }
}
