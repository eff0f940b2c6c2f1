package org.welcomingcity.web.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.welcomingcity.identity.boundary.AccountSummary;
import org.welcomingcity.identity.entity.Role;

class AccountReviewCsvTest {

    private static final OffsetDateTime CREATED = OffsetDateTime.parse("2026-01-05T09:30:00-06:00");

    @Test
    void oneRowPerAccountInUtcWithNeverLeftEmpty() {
        AccountSummary account = new AccountSummary("sgt.jones", "Jones, Pat", "District 002",
                EnumSet.of(Role.OFFICER, Role.SUPERVISOR), true, false, false, CREATED, null, CREATED, 3, false, false);

        assertThat(AccountReviewCsv.of(List.of(account))).isEqualTo(AccountReviewCsv.HEADER + "\r\n"
                + "sgt.jones,\"Jones, Pat\",District 002,OFFICER SUPERVISOR,true,false,2026-01-05T15:30:00Z,,"
                + "2026-01-05T15:30:00Z,false\r\n");
    }

    @Test
    void aNameThatASpreadsheetWouldRunIsDefused() {
        AccountSummary account = new AccountSummary("x1", "=HYPERLINK(\"http://evil\")", "@unit",
                EnumSet.of(Role.LEGAL), false, true, true, CREATED, CREATED, CREATED, 0, true, false);

        assertThat(AccountReviewCsv.of(List.of(account)).lines().skip(1).findFirst().orElseThrow())
                .startsWith("x1,\"'=HYPERLINK(\"\"http://evil\"\")\",'@unit,LEGAL,false,true,");
    }
}
