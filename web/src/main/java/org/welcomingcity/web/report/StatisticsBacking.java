package org.welcomingcity.web.report;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.omnifaces.util.Faces;
import org.welcomingcity.report.boundary.ReportPdfs;
import org.welcomingcity.report.boundary.Reports;
import org.welcomingcity.report.entity.Count;
import org.welcomingcity.report.entity.PublicAggregate;
import org.welcomingcity.report.entity.ReportPeriod;
import org.welcomingcity.report.entity.Statistics;

/** The statistics page: a year or one of its quarters, as charts and tables, CSV and PDF, and the public counts. */
@Named
@ViewScoped
public class StatisticsBacking implements Serializable {

    @EJB
    Reports reports;

    @Inject
    ReportCalendar calendar;

    @Inject
    ReportPdfs pdfs;

    private Integer year;
    /** Null for the whole year. */
    private Integer quarter;
    private Statistics statistics;

    public void show() {
        statistics = reports.statistics(period());
    }

    public void csv() throws IOException {
        Statistics chosen = reports.statistics(period());
        Faces.sendFile(ReportCsv.statistics(chosen).getBytes(StandardCharsets.UTF_8),
                ReportFile.STATISTICS.csv(chosen.period()), true);
    }

    public void pdf() throws IOException {
        Statistics chosen = reports.statistics(period());
        Faces.sendFile(pdfs.statistics(chosen), ReportFile.STATISTICS.pdf(chosen.period()), true);
    }

    public void publicCsv() throws IOException {
        PublicAggregate chosen = reports.publicAggregate(period());
        Faces.sendFile(ReportCsv.publicAggregate(chosen).getBytes(StandardCharsets.UTF_8),
                ReportFile.PUBLIC_AGGREGATE.csv(chosen.period()), true);
    }

    public void publicPdf() throws IOException {
        PublicAggregate chosen = reports.publicAggregate(period());
        Faces.sendFile(pdfs.publicAggregate(chosen), ReportFile.PUBLIC_AGGREGATE.pdf(chosen.period()), true);
    }

    /** The length of a count's bar in its chart. */
    public int bar(long count, List<Count> counts) {
        return ReportChoices.bar(count, counts);
    }

    private ReportPeriod period() {
        return Periods.yearOrQuarter(getYear(), quarter, calendar.today());
    }

    public List<Integer> getYears() {
        return calendar.years();
    }

    public List<Integer> getQuarters() { return ReportChoices.quarters(); }
    public Statistics getStatistics() { return statistics; }
    public Integer getYear() { return year == null ? getYears().get(0) : year; }
    public void setYear(Integer year) { this.year = year; }
    public Integer getQuarter() { return quarter; }
    public void setQuarter(Integer quarter) { this.quarter = quarter; }
}
