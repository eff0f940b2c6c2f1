package org.welcomingcity.web.report;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Faces;
import org.welcomingcity.report.boundary.ReportPdfs;
import org.welcomingcity.report.boundary.Reports;
import org.welcomingcity.report.entity.Count;
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
        Faces.sendFile(ReportCsv.statistics(reports.statistics(period())).getBytes(StandardCharsets.UTF_8),
                "statistics-" + getYear() + ".csv", true);
    }

    public void pdf() throws IOException {
        Faces.sendFile(pdfs.statistics(reports.statistics(period())), "statistics-" + getYear() + ".pdf", true);
    }

    public void publicCsv() throws IOException {
        Faces.sendFile(ReportCsv.publicAggregate(reports.publicAggregate(period())).getBytes(StandardCharsets.UTF_8),
                "public-aggregate-" + getYear() + ".csv", true);
    }

    public void publicPdf() throws IOException {
        Faces.sendFile(pdfs.publicAggregate(reports.publicAggregate(period())),
                "public-aggregate-" + getYear() + ".pdf", true);
    }

    /** The length of a count's bar in its chart. */
    public int bar(long count, List<Count> counts) {
        return ReportChoices.bar(count, counts);
    }

    private ReportPeriod period() {
        LocalDate today = calendar.today();
        return quarter == null ? ReportPeriod.year(getYear(), today) : ReportPeriod.quarter(getYear(), quarter, today);
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
