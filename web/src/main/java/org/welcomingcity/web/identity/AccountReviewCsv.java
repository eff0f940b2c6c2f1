package org.welcomingcity.web.identity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.welcomingcity.identity.boundary.AccountSummary;
import org.welcomingcity.web.audit.AuditCsv;

/** The annual account review list as CSV, with the audit export's defused cells (names are typed by people). */
public final class AccountReviewCsv {

    static final String HEADER = "username,name,unit,roles,enabled,locked,created_utc,last_logon_utc,"
            + "last_role_change_utc,external";

    private AccountReviewCsv() {
    }

    public static String of(List<AccountSummary> accounts) {
        return Stream.concat(Stream.of(HEADER), accounts.stream().map(AccountReviewCsv::row))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static String row(AccountSummary a) {
        String roles = a.roles().stream().map(Enum::name).collect(Collectors.joining(" "));
        return Stream.of(a.username(), a.displayName(), a.unit(), roles, Boolean.toString(a.enabled()),
                Boolean.toString(a.locked()), time(a.createdAt()), time(a.lastLogonAt()), time(a.rolesChangedAt()),
                Boolean.toString(a.external()))
                .map(AuditCsv::cell).collect(Collectors.joining(","));
    }

    private static String time(OffsetDateTime at) {
        return at == null ? null : at.toInstant().toString();
    }
}
