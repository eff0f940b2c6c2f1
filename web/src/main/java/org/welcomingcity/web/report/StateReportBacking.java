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
        Faces.sendFile(ReportCsv.state(reports.stateAnnual(getYear())).getBytes(StandardCharsets.UTF_8),
                "state-annual-" + getYear() + ".csv", true);
    }

    public void pdf() throws IOException {
        Faces.sendFile(pdfs.state(reports.stateAnnual(getYear())), "state-annual-" + getYear() + ".pdf", true);
    }

    public List<Integer> getYears() {
        return calendar.years();
    }

    public StateAnnualReport getReport() { return report; }
    public Integer getYear() { return year == null ? getYears().get(0) : year; }
    public void setYear(Integer year) { this.year = year; }
}
