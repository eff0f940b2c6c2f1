package org.welcomingcity.web.report;

import jakarta.annotation.PostConstruct;
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
import org.welcomingcity.report.entity.CityQuarterlyReport;

/** The city's quarterly report page: choose a quarter, read it, download it as CSV or PDF. */
@Named
@ViewScoped
public class CityReportBacking implements Serializable {

    @EJB
    Reports reports;

    @Inject
    ReportCalendar calendar;

    @Inject
    ReportPdfs pdfs;

    private Integer year;
    private Integer quarter;
    private CityQuarterlyReport report;

    /** The page opens on the last quarter that has ended: the one a report is due for. */
    @PostConstruct
    void openOnTheLastCompleteQuarter() {
        ReportCalendar.Quarter last = calendar.lastCompleteQuarter();
        year = last.year();
        quarter = last.quarter();
    }

    public void show() {
        report = reports.cityQuarterly(getYear(), quarter);
    }

    public void csv() throws IOException {
        CityQuarterlyReport chosen = reports.cityQuarterly(getYear(), quarter);
        Faces.sendFile(ReportCsv.city(chosen).getBytes(StandardCharsets.UTF_8),
                ReportFile.CITY_QUARTERLY.csv(chosen.period()), true);
    }

    public void pdf() throws IOException {
        CityQuarterlyReport chosen = reports.cityQuarterly(getYear(), quarter);
        Faces.sendFile(pdfs.city(chosen), ReportFile.CITY_QUARTERLY.pdf(chosen.period()), true);
    }

    public List<Integer> getYears() {
        return calendar.years();
    }

    public List<Integer> getQuarters() { return ReportChoices.quarters(); }
    public CityQuarterlyReport getReport() { return report; }
    public Integer getYear() { return year == null ? getYears().get(0) : year; }
    public void setYear(Integer year) { this.year = year; }
    public Integer getQuarter() { return quarter; }
    public void setQuarter(Integer quarter) { this.quarter = quarter; }
}
