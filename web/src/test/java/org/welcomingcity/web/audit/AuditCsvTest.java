package org.welcomingcity.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.welcomingcity.audit.boundary.AuditEventView;
import org.welcomingcity.audit.entity.AuditOutcome;

class AuditCsvTest {

    @Test
    void writesAHeaderAndOneRowPerEvent() {
        String csv = AuditCsv.of(List.of(new AuditEventView(7, Instant.parse("2026-01-02T03:04:05Z"), "officer",
                "OFFICER", "LOGON", "account:officer", AuditOutcome.SUCCESS, "127.0.0.1", "{\"a\":1}", "ab12")));
        assertThat(csv).isEqualTo(AuditCsv.HEADER + "\r\n"
                + "7,2026-01-02T03:04:05Z,officer,OFFICER,LOGON,account:officer,SUCCESS,127.0.0.1,\"{\"\"a\"\":1}\",ab12\r\n");
    }

    @Test
    void aUserNameTypedAtLogOnNeverBecomesAFormula() throws IOException {
        String csv = AuditCsv.of(List.of(new AuditEventView(8, Instant.parse("2026-01-02T03:04:05Z"),
                "x\r\n=HYPERLINK(\"http://evil.example\")", null, "LOGON_FAILED", "account:x", AuditOutcome.FAILED,
                "127.0.0.1", null, "cd34")));

        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(2)).isEqualTo("x  =HYPERLINK(\"http://evil.example\")");
        assertThat(rows.get(1).toList()).noneMatch(cell -> cell.startsWith("=") || cell.contains("\n"));
    }
}
