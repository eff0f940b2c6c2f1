package org.welcomingcity.system;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may use what: the one table the access test is generated from. Every page and every
 * REST endpoint of the application has a row; a new one without a row is a gap to close here.
 * REST rows use ids that do not exist, so an allowed role gets past the role check and meets
 * 404 (or 400), while a refused role is stopped at 403. Below them, rows for accounts holding
 * several roles, acting on one real request after its history.
 */
final class AccessMatrix {

    enum Role { OFFICER, SUPERVISOR, LEGAL, AUDITOR, ADMIN }

    static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    static final Set<Role> CASEWORK = EnumSet.of(Role.OFFICER, Role.SUPERVISOR, Role.LEGAL, Role.AUDITOR);
    static final Set<Role> ACTORS = EnumSet.of(Role.OFFICER, Role.SUPERVISOR, Role.LEGAL);
    static final Set<Role> REPORTING = EnumSet.of(Role.SUPERVISOR, Role.LEGAL, Role.AUDITOR);

    /**
     * One REST endpoint: method, path, body (for POST), the media type (what a POST sends, what
     * a GET accepts), and the roles that may call it.
     */
    record Endpoint(String method, String path, String body, String mediaType, Set<Role> allowed) {

        Endpoint(String method, String path, String body, Set<Role> allowed) {
            this(method, path, body, "application/json", allowed);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /**
     * One page and the roles that may open it; everyone else is told it does not exist. A page
     * about one request, opened with an id that does not exist, answers an allowed role with
     * the request's own "not found" ({@code shownAs}), and the others with the page's.
     */
    record Page(String path, Set<Role> allowed, String shownAs) {

        Page(String path, Set<Role> allowed) {
            this(path, allowed, null);
        }

        @Override
        public String toString() {
            return path;
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "api/v1/ping", null, EVERYONE),
            new Endpoint("GET", "api/v1/rule-packs", null, EVERYONE),
            new Endpoint("POST", "api/v1/evaluations", "{\"documentType\": \"DETAINER\", \"action\": \"DETAIN\","
                    + " \"purpose\": \"CIVIL_IMMIGRATION\"}", EVERYONE),
            new Endpoint("GET", "api/v1/requests", null, CASEWORK),
            new Endpoint("POST", "api/v1/requests", "{}", EnumSet.of(Role.OFFICER)),
            new Endpoint("GET", "api/v1/requests/999999999", null, CASEWORK),
            new Endpoint("POST", "api/v1/requests/999999999/steps/start-review", "", ACTORS),
            new Endpoint("POST", "api/v1/requests/999999999/attachments?name=a.pdf", "%PDF-1.4", "application/pdf",
                    EnumSet.of(Role.OFFICER, Role.SUPERVISOR)),
            new Endpoint("GET", "api/v1/requests/999999999/attachments/1", null, "*/*", CASEWORK),
            new Endpoint("GET", "api/v1/requests/999999999/letter", null, "application/pdf", CASEWORK),
            new Endpoint("POST", "api/v1/requests/999999999/custody-outcome", "{}",
                    EnumSet.of(Role.OFFICER, Role.SUPERVISOR)),
            new Endpoint("GET", "api/v1/requests/999999999/custody-outcome", null, CASEWORK),
            new Endpoint("GET", "api/v1/reports/city-quarterly?year=2009&quarter=1", null, REPORTING),
            new Endpoint("GET", "api/v1/reports/state-annual?year=2009", null, REPORTING),
            new Endpoint("GET", "api/v1/reports/statistics?year=2009", null, REPORTING),
            new Endpoint("GET", "api/v1/reports/public-aggregate?year=2009", null, REPORTING),
            new Endpoint("POST", "api/v1/scan-retention/removals", "", EnumSet.of(Role.ADMIN)),
            new Endpoint("GET", "api/v1/audit/verification", null, EnumSet.of(Role.AUDITOR, Role.ADMIN)),
            new Endpoint("GET", "api/v1/audit/events", null, EnumSet.of(Role.AUDITOR, Role.ADMIN)),
            new Endpoint("GET", "api/v1/accounts/nobody-by-this-name", null, EnumSet.of(Role.ADMIN)),
            new Endpoint("POST", "api/v1/accounts", "{}", EnumSet.of(Role.ADMIN)),
            new Endpoint("GET", "api/v1/accounts", null, EnumSet.of(Role.ADMIN)),
            new Endpoint("PUT", "api/v1/accounts/nobody-by-this-name/roles", "{\"roles\": [\"OFFICER\"]}",
                    EnumSet.of(Role.ADMIN)),
            new Endpoint("PUT", "api/v1/accounts/nobody-by-this-name/unit", "{\"unit\": \"x\"}", EnumSet.of(Role.ADMIN)),
            new Endpoint("POST", "api/v1/accounts/nobody-by-this-name/disable", "", EnumSet.of(Role.ADMIN)),
            new Endpoint("POST", "api/v1/accounts/nobody-by-this-name/enable", "", EnumSet.of(Role.ADMIN)),
            new Endpoint("POST", "api/v1/accounts/nobody-by-this-name/unlock", "", EnumSet.of(Role.ADMIN)),
            new Endpoint("POST", "api/v1/accounts/nobody-by-this-name/password-reset",
                    "{\"password\": \"long-enough-for-the-policy\"}", EnumSet.of(Role.ADMIN)),
            // Everyone changes only their own password: someone else's is refused to every role.
            new Endpoint("POST", "api/v1/accounts/nobody-by-this-name/password",
                    "{\"currentPassword\": \"x\", \"newPassword\": \"y\"}", EnumSet.noneOf(Role.class)));

    static final List<Page> PAGES = List.of(
            new Page("index.xhtml", EVERYONE),
            new Page("law/rules.xhtml", EVERYONE),
            new Page("law/evaluate.xhtml", EVERYONE),
            new Page("law/compare.xhtml", EVERYONE),
            new Page("officer/index.xhtml", EnumSet.of(Role.OFFICER)),
            new Page("officer/intake.xhtml", EnumSet.of(Role.OFFICER)),
            new Page("officer/requests.xhtml", EnumSet.of(Role.OFFICER)),
            new Page("supervisor/queue.xhtml", EnumSet.of(Role.SUPERVISOR)),
            new Page("legal/queue.xhtml", EnumSet.of(Role.LEGAL)),
            new Page("auditor/requests.xhtml", EnumSet.of(Role.AUDITOR)),
            new Page("requests/request.xhtml?id=999999999", CASEWORK, "No request with id 999999999"),
            new Page("supervisor/index.xhtml", EnumSet.of(Role.SUPERVISOR)),
            new Page("legal/index.xhtml", EnumSet.of(Role.LEGAL)),
            new Page("auditor/index.xhtml", EnumSet.of(Role.AUDITOR)),
            new Page("auditor/trail.xhtml", EnumSet.of(Role.AUDITOR)),
            new Page("reports/city.xhtml", REPORTING),
            new Page("reports/state.xhtml", REPORTING),
            new Page("reports/statistics.xhtml", REPORTING),
            new Page("admin/index.xhtml", EnumSet.of(Role.ADMIN)),
            new Page("admin/accounts.xhtml", EnumSet.of(Role.ADMIN)),
            new Page("admin/new-account.xhtml", EnumSet.of(Role.ADMIN)),
            new Page("admin/account.xhtml?username=officer", EnumSet.of(Role.ADMIN)),
            new Page("account/password.xhtml", EVERYONE));

    /** Whose unit the acting account belongs to: the request's, or another. */
    enum Unit { OWN, OTHER }

    /**
     * One act on a request by an account holding several roles: its roles, its unit, what
     * happened to the request before ("step" by the usual person of the step's role, "step by
     * me" by the account itself; "submit by me" makes it the submitter), the step it tries and
     * the status it gets.
     */
    record RequestRow(String roles, Unit unit, String history, String step, int status) {

        @Override
        public String toString() {
            return roles + " of " + unit + " unit, after [" + history + "]: " + step;
        }
    }

    static final List<RequestRow> REQUEST_ROWS = List.of(
            new RequestRow("SUPERVISOR", Unit.OWN, "", "start-review", 200),
            new RequestRow("SUPERVISOR", Unit.OTHER, "", "start-review", 404),
            new RequestRow("OFFICER SUPERVISOR", Unit.OWN, "submit by me", "start-review", 403),
            new RequestRow("OFFICER SUPERVISOR", Unit.OWN, "start-review", "withdraw", 403),
            new RequestRow("SUPERVISOR LEGAL", Unit.OWN, "start-review, escalate", "approve", 200),
            new RequestRow("SUPERVISOR LEGAL", Unit.OWN, "start-review, escalate by me", "approve", 403),
            new RequestRow("SUPERVISOR LEGAL", Unit.OWN, "start-review by me, escalate", "refuse", 403),
            new RequestRow("SUPERVISOR LEGAL", Unit.OWN,
                    "start-review by me, return by me, resubmit, start-review, escalate", "approve", 403),
            new RequestRow("OFFICER LEGAL", Unit.OWN, "submit by me, start-review, escalate", "refuse", 403),
            new RequestRow("LEGAL SUPERVISOR", Unit.OTHER, "start-review, escalate", "approve", 200),
            new RequestRow("LEGAL SUPERVISOR", Unit.OTHER, "start-review, escalate", "escalate", 403),
            new RequestRow("LEGAL SUPERVISOR", Unit.OTHER, "start-review, escalate, approve", "disclose", 403),
            new RequestRow("LEGAL SUPERVISOR", Unit.OTHER, "start-review, escalate, refuse", "close", 403),
            new RequestRow("LEGAL SUPERVISOR", Unit.OTHER, "start-review, decline", "close", 404));

    private AccessMatrix() {
    }
}
