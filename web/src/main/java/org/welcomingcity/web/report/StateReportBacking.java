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
import org.welcomingcity.report.entity.StateAnnualReport;

/** The state's annual report page: choose a year, read it, download it as CSV or PDF. */
@Named
@ViewScoped
public class StateReportBacking implements Serializable {

    @EJB
    Reports reports;

    @Inject
    ReportCalendar calendar;

    @Inject
    ReportPdfs pdfs;

    private Integer year;
    private StateAnnualReport report;

    public void show() {
        report = reports.stateAnnual(getYear());
    }

    public void csv() throws IOException {
        StateAnnualReport chosen = reports.stateAnnual(getYear());
        Faces.sendFile(ReportCsv.state(chosen).getBytes(StandardCharsets.UTF_8),
                ReportFile.STATE_ANNUAL.csv(chosen.period()), true);
    }

    public void pdf() throws IOException {
        StateAnnualReport chosen = reports.stateAnnual(getYear());
        Faces.sendFile(pdfs.state(chosen), ReportFile.STATE_ANNUAL.pdf(chosen.period()), true);
    }

    public List<Integer> getYears() {
        return calendar.years();
    }

    public StateAnnualReport getReport() { return report; }
    public Integer getYear() { return year == null ? getYears().get(0) : year; }
    public void setYear(Integer year) { this.year = year; }
}
