package org.welcomingcity.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.welcomingcity.report.entity.AskAnswer;
import org.welcomingcity.report.entity.CityQuarterlyReport;
import org.welcomingcity.report.entity.PackInForce;
import org.welcomingcity.report.entity.Provenance;
import org.welcomingcity.report.entity.PublicAggregate;
import org.welcomingcity.report.entity.ReportPeriod;

class ReportCsvTest {

    private static final Provenance PROVENANCE = new Provenance("City of Chicago",
            OffsetDateTime.parse("2026-11-26T10:00:00Z"), "auditor", List.of(new PackInForce("chicago-wco-2021", "1",
                    "Welcoming City Ordinance", LocalDate.of(2021, 8, 2), null)), 42, "ab".repeat(32));

    @Test
    void theProvenanceComesFirstThenEachTableWithItsHeaderAndFormulasAreDefused() {
        ReportPeriod period = ReportPeriod.quarter(2023, 2, LocalDate.of(2026, 1, 1));
        String csv = ReportCsv.city(new CityQuarterlyReport(period,
                List.of(new CityQuarterlyReport.CivilRequest(LocalDate.of(2023, 4, 3), "=1+1", "OEMC-1", "ICE",
                        "DETAINER", "DECLINE", "CLOSED", List.of(new AskAnswer("DETAIN", "DECLINED"),
                                new AskAnswer("NOTIFY_RELEASE", "DECLINED")))),
                List.of(new CityQuarterlyReport.WarrantTransfer(LocalDate.of(2023, 4, 3), "OEMC-1", "DETAINER", true,
                        "Cook County Sheriff, Division 5")), PROVENANCE));
        assertThat(csv).startsWith("Report,city-quarterly (MCC 2-173-069)\r\nPeriod,2023 Q2\r\nCity,City of Chicago\r\n")
                .contains("Rule pack in force,chicago-wco-2021@1 (2021-08-02 to today)\r\n", "Audit event recording it,42\r\n",
                        "\r\n\r\nReceived (day),Event number,OEMC number,Agency,Document,Outcome under the law,Where it stands,"
                                + "Answer per ask\r\n"
                                + "2023-04-03,'=1+1,OEMC-1,ICE,DETAINER,DECLINE,CLOSED,DETAIN: DECLINED; NOTIFY_RELEASE:"
                                + " DECLINED\r\n",
                        "2023-04-03,OEMC-1,DETAINER,yes,\"Cook County Sheriff, Division 5\"\r\n");
    }

    @Test
    void withheldCountsShowAsUnderTheThreshold() {
        ReportPeriod period = ReportPeriod.year(2023, LocalDate.of(2026, 1, 1));
        String csv = ReportCsv.publicAggregate(new PublicAggregate(period, 5, new PublicAggregate.Cell("Requests", 14L,
                false), List.of(new PublicAggregate.Table("Agency", List.of(new PublicAggregate.Cell("ICE", 12L, false),
                        new PublicAggregate.Cell("CBP", null, true)))), PROVENANCE));
        assertThat(csv).contains("Counts withheld below,5\r\nRequests received,14\r\n", "\r\nAgency,Requests\r\nICE,12\r\nCBP,<5\r\n");
    }
}
