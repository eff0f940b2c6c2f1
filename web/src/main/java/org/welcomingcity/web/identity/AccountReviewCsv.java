package org.welcomingcity.web.identity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.welcomingcity.identity.boundary.AccountSummary;
import org.welcomingcity.web.csv.CsvSheet;

/** The annual account review list as CSV, defused cell by cell (names are typed by people). */
public final class AccountReviewCsv {

    static final String HEADER = "username,name,unit,roles,enabled,locked,created_utc,last_logon_utc,"
            + "last_role_change_utc,external";

    private AccountReviewCsv() {
    }

    public static String of(List<AccountSummary> accounts) {
        CsvSheet csv = new CsvSheet().row(HEADER.split(","));
        accounts.forEach(a -> csv.row(a.username(), a.displayName(), a.unit(),
                a.roles().stream().map(Enum::name).collect(Collectors.joining(" ")), Boolean.toString(a.enabled()),
                Boolean.toString(a.locked()), time(a.createdAt()), time(a.lastLogonAt()), time(a.rolesChangedAt()),
                Boolean.toString(a.external())));
        return csv.text();
    }

    private static String time(OffsetDateTime at) {
        return at == null ? null : at.toInstant().toString();
    }
}
