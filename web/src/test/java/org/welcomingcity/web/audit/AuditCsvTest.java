package org.welcomingcity.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
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
    void quotesCommasAndLineBreaksAndDefusesFormulas() {
        assertThat(AuditCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(AuditCsv.cell("line\nbreak")).isEqualTo("\"line\nbreak\"");
        assertThat(AuditCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(AuditCsv.cell(null)).isEmpty();
    }
}
