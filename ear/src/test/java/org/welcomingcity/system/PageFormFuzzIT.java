package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import net.jqwik.api.sessions.JqwikSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.welcomingcity.system.FormFields.Field;
import org.welcomingcity.system.FormFields.Kind;

/**
 * Every form a person can post on the pages, posted with hostile values ({@link HostileInput}) as
 * a browser session would, its view state and script nonce intact: NUL, bidirectional overrides,
 * lone surrogates, markup, 5,000 characters, values outside every option, text where a date or
 * number goes, fields left out, fields sent twice, fields the form does not have. The fields are
 * read from the page itself, so a field added to a form is fuzzed too. No answer is a 5xx or
 * shows the server's insides; no markup sent comes back unescaped; a post the page refuses (an
 * error at a field or in the summary), and any value outside the options, stores nothing (no
 * audit event of what the form does, the request's version unchanged); what is stored is shown
 * without control or bidirectional characters. Repeatable: {@code -Dfuzz.seed=N}; tries per form:
 * {@code -Dfuzz.page.tries}. The work lists' filters are sent with GET: their addresses are fuzzed
 * the same way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageFormFuzzIT {

    private static final long SEED = Long.getLong("fuzz.seed", 4417202612L);
    private static final int TRIES = Integer.getInteger("fuzz.page.tries", 10);
    private static final Pattern REFUSED = Pattern.compile(
            "class=\"(field__error|page-messages__error)\"|id=\"error-summary\"");
    private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!][^<>]*>");
    /** What reads or signs in rather than stores: shown data of others may hold anything. */
    private static final Set<String> READS = Set.of("AUDIT_SEARCHED", "REPORT_PRODUCED", "LOGON");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final String REASON = "Checked against the ordinance with the watch commander";
    private static final String APPROVAL = """
        {"scope": ["CUSTODY_STATUS"], "caseNumber": "1:26-cr-00417",
         "checklist": {"issuedByCourt": true, "signedByJudge": true, "caseNumberShown": true, "requirementStated": true}}""";

    private static Crew crew;
    private static String auditor;
    private static String loginAccount;
    private static final Map<String, PageSession> SESSIONS = new LinkedHashMap<>();
    private static final Map<String, Long> REQUESTS = new LinkedHashMap<>();
    private static String passwordHolder;
    private static String holderPassword;
    private static long holderSince;
    private static int counter;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.welcoming();
    }

    @BeforeAll
    static void openAccounts() {
        crew = Crew.open();
        // an auditor of its own: the checks read the trail as "auditor", whose searches are not the page's
        auditor = "pf-aud-" + crew.unit().substring(5);
        Crew.account(auditor, crew.unit(), "\"AUDITOR\"");
        loginAccount = TestAccounts.ready("OFFICER");
    }

    /** One form: who posts it, on which page (made ready for each try), what a valid post holds, what it stores. */
    private record Target(String name, String form, Supplier<PageSession> who, Supplier<String> page,
            Supplier<Map<String, String>> valid, Set<String> actions, Supplier<String> actor, Supplier<String> state) {
    }

    /** What one try sent: the fields, in order, and whether a value was outside the options. */
    private record Attempt(List<Map.Entry<String, String>> fields, List<String> mutations, boolean outside, String button) {
        @Override
        public String toString() {
            return button + " " + mutations;
        }
    }

    @Test
    void everyPageFormRefusesHostileInputWithoutFaultAndStoresNothingItRefuses() {
        Random random = new Random(SEED);
        JqwikSession.start();
        List<String> faults = new ArrayList<>();
        List<String> tally = new ArrayList<>();
        for (Target target : targets()) {
            int refused = 0;
            int stored = 0;
            int faultsBefore = faults.size();
            // a form's first few faults say enough; the other forms still get their tries
            for (int i = 0; i < TRIES && faults.size() - faultsBefore < 3; i++) {
                try {
                    String outcome = attempt(target, random, faults);
                    refused += "refused".equals(outcome) ? 1 : 0;
                    stored += "stored".equals(outcome) ? 1 : 0;
                } catch (RuntimeException | AssertionError broken) {
                    faults.add(target.name() + ": the try broke: " + broken);
                }
            }
            tally.add(target.name() + " " + TRIES + " tries, " + refused + " refused, " + stored + " stored");
        }
        JqwikSession.finish();
        System.out.println("Page forms fuzzed with -Dfuzz.seed=" + SEED + ":\n  " + String.join("\n  ", tally));
        assertThat(faults).as("faults found with -Dfuzz.seed=" + SEED).isEmpty();
    }

    /**
     * The work lists read their page, order and filter from the address: hostile values there, one
     * to four of a table's parameters at a time, answer the list (200) without fault, unescaped
     * markup (whole, or the 40 characters a problem echoes) or the server's insides.
     */
    @Test
    void everyListAddressWithHostileValuesAnswersTheListWithoutFault() {
        Random random = new Random(SEED);
        JqwikSession.start();
        List<String> faults = new ArrayList<>();
        // a request in each list, so that every list below shows rows and the values it echoes: one waiting
        // for review, one escalated to legal, one declined and waiting to be released
        Api.json(Crew.as(crew.officer()).post("api/v1/requests", Intakes.detainer()));
        Seeds.loggedAndReviewed(crew, Intakes.courtOrder(), "escalate", "Legal to confirm the order");
        Seeds.loggedAndReviewed(crew, Intakes.detainer(), "decline", "A detainer is not a judicial warrant");
        List<Map.Entry<String, String>> lists = List.of(Map.entry("officer/requests.xhtml", "mine"),
                Map.entry("supervisor/queue.xhtml", "awaiting-review"), Map.entry("supervisor/queue.xhtml", "awaiting-release"),
                Map.entry("legal/queue.xhtml", "awaiting-legal"), Map.entry("auditor/requests.xhtml", "all-requests"));
        List<String> names = List.of("text", "document", "state", "sort", "order", "page", "rows");
        for (Map.Entry<String, String> list : lists) {
            PageSession session = session(list.getKey().startsWith("officer") ? crew.officer()
                    : list.getKey().startsWith("supervisor") ? crew.supervisor()
                    : list.getKey().startsWith("legal") ? crew.legal() : auditor);
            for (int i = 0; i < TRIES; i++) {
                List<String> sent = new ArrayList<>();
                StringBuilder query = new StringBuilder();
                for (int n = 1 + random.nextInt(4); n > 0; n--) {
                    String value = hostile(random);
                    sent.add(value);
                    query.append(query.length() == 0 ? "?" : "&").append(list.getValue()).append('-')
                            .append(names.get(random.nextInt(names.size()))).append('=').append(encode(value));
                }
                HttpResponse<String> answer = session.getOverHttp11(list.getKey() + query);
                String body = answer.body();
                // an address longer than the server takes may be refused (4xx), never fail
                boolean tooLong = query.length() > 8_000 && answer.statusCode() < 500;
                String fault = answer.statusCode() != 200 && !tooLong ? "answered " + answer.statusCode()
                        : ApiFuzzIT.LEAK.matcher(body).find() ? "the answer shows the server's insides"
                        : sent.stream().map(v -> v.length() > 40 ? v.substring(0, 40) : v)
                                .anyMatch(v -> v.length() >= 6 && MARKUP.matcher(v).find() && body.contains(v))
                                ? "markup it was sent comes back unescaped"
                        : !tooLong && !body.contains("id=\"" + list.getValue() + "\"") ? "the list is not shown" : null;
                if (fault != null) {
                    faults.add(list.getKey() + abbreviate(query.toString()) + " -> " + gist(body) + ": " + fault);
                }
            }
        }
        JqwikSession.finish();
        assertThat(faults).as("faults found with -Dfuzz.seed=" + SEED).isEmpty();
    }

    /** One post: "refused", "stored" or "neither"; a fault found is added to the list. */
    private static String attempt(Target target, Random random, List<String> faults) {
        PageSession session = target.who().get();
        String path = target.page().get();
        HttpResponse<String> page = session.get(path);
        assertThat(page.statusCode()).as(target.name() + " page " + path).isEqualTo(200);
        if (!path.startsWith("login") && page.uri().getPath().endsWith("/login.xhtml")) {
            SESSIONS.values().remove(session);
            assertThat(target.form()).as("signed out by an earlier try").isEqualTo("password");
            passwordHolder = null; // a change the trail does not show yet, or the account locked: a new one next
            return "neither";
        }
        FormFields form = FormFields.of(page.body(), target.form());
        Attempt attempt = mutate(target, form, target.valid().get(), PageSession.nonce(page), random);
        String actor = target.actor().get();
        boolean watched = !target.actions().isEmpty();
        long before = watched ? lastEvent() : 0;
        String stateBefore = target.state() == null ? null : target.state().get();
        HttpResponse<String> answer = session.post(path, attempt.fields(), form.multipart(),
                form.fields().stream().filter(f -> f.kind() == Kind.FILE).map(Field::name).collect(Collectors.toSet()));
        String body = answer.body();
        String type = answer.headers().firstValue("Content-Type").orElse("");
        boolean html = type.startsWith("text/html");
        boolean download = type.startsWith("text/csv") || type.startsWith("application/pdf");
        boolean refused = answer.statusCode() >= 400 || html && REFUSED.matcher(body).find() || attempt.outside();
        List<String> done = watched ? events(target.actions(), actor, before) : List.of();
        boolean changed = done.stream().anyMatch(e -> !READS.contains(e.substring(0, e.indexOf(' '))));
        String fault = answer.statusCode() >= 500 ? "a server error"
                : !download && ApiFuzzIT.LEAK.matcher(body).find() ? "the answer shows the server's insides"
                : html && unescapedMarkup(attempt, body) ? "markup it was sent comes back unescaped"
                : refused && !done.isEmpty() ? "refused, yet stored: " + done
                : refused && stateBefore != null && !stateBefore.equals(target.state().get())
                        ? "refused, yet the request changed: " + stateBefore + " -> " + target.state().get()
                : changed && html && ApiFuzzIT.HIDDEN_CHARACTERS.matcher(FormFields.unescape(body)).find()
                        ? "stored, and shown with control or bidirectional characters" : null;
        if (fault != null) {
            faults.add(target.name() + " as " + actor + " " + attempt + " -> " + answer.statusCode() + " "
                    + gist(body) + ": " + fault);
        }
        return refused ? "refused" : done.isEmpty() ? "neither" : "stored";
    }

    /** The post a browser would send with the valid values filled in, then one to three hostile changes. */
    private static Attempt mutate(Target target, FormFields form, Map<String, String> valid, String nonce, Random random) {
        Map<String, List<String>> body = new LinkedHashMap<>();
        for (Field field : form.fields()) {
            List<String> values = new ArrayList<>(field.values());
            boolean blank = values.stream().allMatch(String::isBlank);
            String chosen = !blank ? null : valid.containsKey(field.name()) ? valid.get(field.name())
                    : field.kind() != Kind.CHOICE ? null
                    : field.options().stream().filter(o -> !o.isBlank()).findFirst().orElse(null);
            body.put(field.name(), chosen == null ? values : new ArrayList<>(List.of(chosen)));
        }
        List<String> mutable = form.fields().stream()
                .filter(f -> f.kind() != Kind.FIXED && f.kind() != Kind.FILE).map(Field::name).toList();
        List<Field> choices = form.fields().stream().filter(f -> f.kind() == Kind.CHOICE || f.kind() == Kind.MANY).toList();
        List<String> mutations = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(mutable.isEmpty() ? 2 : 7);
            String name = mutable.isEmpty() ? null : mutable.get(random.nextInt(mutable.size()));
            if (kind == 0) { // a field the form does not have
                String extra = target.form() + ":" + HostileInput.draw(HostileInput.listed(), random);
                body.put(extra, new ArrayList<>(List.of(hostile(random))));
                mutations.add("extra " + abbreviate(extra));
            } else if (kind == 1 || name == null) { // the button or a field sent twice, the second time hostile
                String twice = name == null ? target.form() : name;
                String value = hostile(random);
                body.computeIfAbsent(twice, n -> new ArrayList<>()).add(value);
                mutations.add("twice " + twice + "=" + abbreviate(value));
            } else if (kind == 2) {
                body.remove(name);
                mutations.add("without " + name);
            } else if (kind == 3) {
                body.put(name, new ArrayList<>(List.of("")));
                mutations.add("empty " + name);
            } else if (kind == 4 && !choices.isEmpty()) {
                Field choice = choices.get(random.nextInt(choices.size()));
                String value = outsideOf(choice.options(), random);
                List<String> values = choice.kind() == Kind.MANY ? new ArrayList<>(body.getOrDefault(choice.name(), List.of()))
                        : new ArrayList<>();
                values.add(value);
                body.put(choice.name(), values);
                mutations.add("outside " + choice.name() + "=" + abbreviate(value));
            } else {
                String value = hostile(random);
                body.put(name, new ArrayList<>(List.of(value)));
                mutations.add(name + "=" + abbreviate(value));
            }
        }
        // Faces takes the first value of a single choice and every value of a group of boxes
        boolean outside = choices.stream().anyMatch(c -> body.getOrDefault(c.name(), List.of()).stream()
                .limit(c.kind() == Kind.CHOICE ? 1 : Long.MAX_VALUE).anyMatch(v -> outside(c.options(), v)));
        String button = form.buttons().get(random.nextInt(form.buttons().size()));
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        body.forEach((name, values) -> values.forEach(value -> fields.add(Map.entry(name, value))));
        fields.add(Map.entry(button, ""));
        fields.add(Map.entry("primefaces.nonce", nonce));
        return new Attempt(fields, mutations, outside, button);
    }

    /** Mostly the hand-written hostile strings, often generated strings and numbers, now and then 70,000 characters. */
    private static String hostile(Random random) {
        int roll = random.nextInt(20);
        return HostileInput.draw(roll < 11 ? HostileInput.listed()
                : roll < 19 ? HostileInput.parameterValues() : HostileInput.strings(), random);
    }

    /** A hand-written hostile value that is outside the options. */
    private static String outsideOf(List<String> options, Random random) {
        while (true) {
            String value = HostileInput.draw(HostileInput.listed(), random);
            if (outside(options, value)) {
                return value;
            }
        }
    }

    /**
     * No option, nor converted to one (" 2026" is the year 2026); a blank one may stand for none:
     * spaces of any kind, and control characters, which a number's converter trims like spaces.
     */
    private static boolean outside(List<String> options, String value) {
        String plain = value.replaceAll("[\\s\\p{Z}\\p{Cc}]", "");
        return !plain.isEmpty() && options.stream().noneMatch(o -> o.equals(value) || o.equals(plain) || sameNumber(o, plain));
    }

    private static boolean sameNumber(String option, String value) {
        try {
            return Long.parseLong(option) == Long.parseLong(value);
        } catch (NumberFormatException notNumbers) {
            return false;
        }
    }

    private static boolean unescapedMarkup(Attempt attempt, String body) {
        return attempt.fields().stream().map(Map.Entry::getValue)
                .anyMatch(v -> v.length() >= 6 && MARKUP.matcher(v).find() && body.contains(v));
    }

    // ---- the forms ----

    private static List<Target> targets() {
        Set<String> steps = Set.of("REQUEST_START_REVIEW", "REQUEST_RECLASSIFY", "REQUEST_RETURN", "REQUEST_DECLINE",
                "REQUEST_PERMIT", "REQUEST_ESCALATE", "REQUEST_WITHDRAW", "REQUEST_APPROVE", "REQUEST_REFUSE",
                "REQUEST_DISCLOSE", "REQUEST_CLOSE");
        Set<String> accountChanges = Set.of("ROLES_CHANGED", "UNIT_CHANGED", "ACCOUNT_DISABLED", "ACCOUNT_ENABLED",
                "ACCOUNT_UNLOCKED", "SERVICE_ACCOUNT_CHANGED", "PASSWORD_RESET");
        String someAccount = TestAccounts.opened("OFFICER");
        List<Target> targets = new ArrayList<>();
        targets.add(new Target("log-on", "login", PageSession::new, () -> "login.xhtml",
                () -> Map.of("login:username", loginAccount, "login:password", TestAccounts.OWN_PASSWORD),
                Set.of("LOGON"), () -> null, null));
        targets.add(new Target("password change", "password", PageFormFuzzIT::passwordSession, () -> "account/password.xhtml",
                () -> {
                    String next = "a-new-long-password-" + (++counter);
                    return Map.of("password:current", holderPassword, "password:next", next, "password:repeat", next);
                }, Set.of("PASSWORD_CHANGED"), () -> passwordHolder, null));
        targets.add(new Target("officer intake", "intake", () -> session(crew.officer()), () -> "officer/intake.xhtml",
                PageFormFuzzIT::intake, Set.of("REQUEST_SUBMITTED"), crew::officer, null));
        targets.add(new Target("custody outcome", "custody", () -> session(crew.officer()),
                () -> request("custody", Intakes.detainer()), () -> Map.of("custody:disposition", "TRANSFERRED",
                        "custody:at", cityTime(2), "custody:receivingAgency", "Cook County Sheriff"),
                Set.of("CUSTODY_OUTCOME_RECORDED", "CUSTODY_OUTCOME_CORRECTED"), crew::officer, null));
        targets.add(stepTarget("withdraw", crew.officer(), Intakes.detainer(), steps));
        targets.add(stepTarget("start-review", crew.supervisor(), Intakes.detainer(), steps));
        for (String step : List.of("reclassify", "return", "decline")) {
            targets.add(stepTarget(step, crew.supervisor(), Intakes.detainer(), steps, "start-review"));
        }
        for (String step : List.of("permit", "escalate")) {
            targets.add(stepTarget(step, crew.supervisor(), Intakes.courtOrder(), steps, "start-review"));
        }
        for (String step : List.of("approve", "refuse")) {
            targets.add(stepTarget(step, crew.legal(), Intakes.courtOrder(), steps, "start-review", "escalate"));
        }
        targets.add(stepTarget("disclose", crew.supervisor(), Intakes.courtOrder(), steps, "start-review", "escalate",
                "approve"));
        targets.add(stepTarget("close", crew.supervisor(), Intakes.detainer(), steps, "start-review", "decline"));
        targets.add(new Target("new account", "account", () -> session("admin"), () -> "admin/new-account.xhtml",
                () -> Map.of("account:username", "pf-new-" + crew.unit().substring(5) + "-" + (++counter),
                        "account:displayName", "Test Officer", "account:unit", crew.unit(), "account:roles", "OFFICER",
                        "account:password", Crew.PASSWORD), Set.of("ACCOUNT_CREATED"), () -> "admin", null));
        for (String form : List.of("state-actions", "roles", "unit", "service", "reset")) {
            targets.add(new Target("account page " + form, form, () -> session("admin"),
                    () -> "admin/account.xhtml?username=" + someAccount,
                    () -> Map.of("unit:unit", "District 004", "reset:password", "a-reset-password-" + (++counter)),
                    accountChanges, () -> "admin", null));
        }
        targets.add(new Target("account list filter", "filter", () -> session("admin"), () -> "admin/accounts.xhtml",
                Map::of, Set.of(), () -> "admin", null));
        targets.add(new Target("audit trail search", "search", () -> session(auditor), () -> "auditor/trail.xhtml",
                Map::of, Set.of("AUDIT_SEARCHED"), () -> auditor, null));
        targets.add(new Target("audit trail review", "review", () -> session(auditor), () -> "auditor/trail.xhtml",
                () -> Map.of("review:upTo_input", "1", "review:upTo_hinput", "1", "review:findings", "none"),
                Set.of("AUDIT_REVIEWED"), () -> auditor, null));
        targets.add(new Target("law evaluate", "facts", () -> session(crew.officer()), () -> "law/evaluate.xhtml",
                Map::of, Set.of(), crew::officer, null));
        targets.add(new Target("law compare", "compare", () -> session(crew.officer()), () -> "law/compare.xhtml",
                () -> Map.of("compare:firstDate", LocalDate.of(2020, 6, 1).toString()), Set.of(), crew::officer, null));
        targets.add(new Target("law rules", "rules", () -> session(crew.officer()), () -> "law/rules.xhtml",
                Map::of, Set.of(), crew::officer, null));
        for (String report : List.of("city", "state", "statistics")) {
            targets.add(new Target("report " + report, "choose", () -> session(auditor), () -> "reports/" + report + ".xhtml",
                    Map::of, Set.of("REPORT_PRODUCED"), () -> auditor, null));
        }
        return targets;
    }

    /** A step's form on the request page: a request brought to the state it is taken from, again once it is taken. */
    private static Target stepTarget(String step, String who, String intake, Set<String> steps, String... before) {
        Map<String, String> valid = new LinkedHashMap<>();
        valid.put(step + ":reason", REASON);
        valid.put(step + ":caseNumber", "1:26-cr-00417");
        for (String box : List.of("issuedByCourt", "signedByJudge", "caseNumberShown", "requirementStated")) {
            valid.put(step + ":" + box, "on");
        }
        valid.put("approve:scope", "CUSTODY_STATUS");
        valid.put("disclose:released", "CUSTODY_STATUS");
        valid.put("disclose:recipient", "Agent Dana Reyes, HSI Chicago");
        return new Target("step " + step, step, () -> session(who), () -> request(step, intake, before), () -> valid,
                steps, () -> who, () -> version(REQUESTS.get(step)));
    }

    /**
     * The request page of the request this form works on: the same one while it stays in the state
     * the form is offered in, a new one, brought there through the API, once a step moved it on.
     */
    private static String request(String form, String intake, String... steps) {
        Long id = REQUESTS.get(form);
        String expected = steps.length == 0 ? "SUBMITTED" : switch (steps[steps.length - 1]) {
            case "start-review" -> "UNDER_SUPERVISOR_REVIEW";
            case "escalate" -> "ESCALATED_TO_LEGAL";
            case "approve" -> "LEGAL_APPROVED";
            default -> "DECLINED";
        };
        if (id == null || !version(id).endsWith(" " + expected)) {
            HttpResponse<String> created = Crew.as(crew.officer()).post("api/v1/requests", intake);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            id = Api.json(created).getJsonNumber("id").longValue();
            for (String step : steps) {
                String by = step.equals("approve") ? crew.legal() : crew.supervisor();
                String body = switch (step) {
                    case "approve" -> APPROVAL;
                    case "start-review" -> "";
                    default -> "{\"reason\": \"" + REASON + "\"}";
                };
                HttpResponse<String> taken = Crew.as(by).post("api/v1/requests/" + id + "/steps/" + step, body);
                assertThat(taken.statusCode()).as(step + ": " + taken.body()).isEqualTo(200);
            }
            REQUESTS.put(form, id);
        }
        return "requests/request.xhtml?id=" + id;
    }

    /** The request's version and state, as the auditor reads it. */
    private static String version(long id) {
        JsonObject request = Api.json(Api.as("auditor").get("api/v1/requests/" + id));
        return request.getJsonNumber("version").longValue() + " " + request.getString("state");
    }

    /** Minutes ago in the city, as its people type times. */
    private static String cityTime(int minutesAgo) {
        return LocalDateTime.now(ZoneId.of("America/Chicago")).minusMinutes(minutesAgo).format(MINUTE);
    }

    private static Map<String, String> intake() {
        Map<String, String> valid = new LinkedHashMap<>();
        valid.put("intake:eventNumber", "E-2612-" + (++counter));
        valid.put("intake:oemcNumber", "OEMC-2612-" + counter);
        valid.put("intake:receivedAt", cityTime(10));
        valid.put("intake:channel", "FAX");
        valid.put("intake:agency", "ICE");
        valid.put("intake:agentName", "Officer Sam Lee");
        valid.put("intake:agentContact", "fax 312-555-0199");
        valid.put("intake:identityCheck", "NOT_VERIFIED");
        valid.put("intake:documentType", "DETAINER");
        valid.put("intake:formNumber", "I-247A");
        valid.put("intake:signerTitle", "Supervisory Detention and Deportation Officer");
        valid.put("intake:subjectReference", "CB 19887766");
        valid.put("intake:custody", "CPD");
        valid.put("intake:asks", "DETAIN");
        valid.put("intake:purpose", "CIVIL_IMMIGRATION");
        return valid;
    }

    /** One signed-in session per account, kept for the whole run. */
    private static PageSession session(String username) {
        return SESSIONS.computeIfAbsent(username, name -> "admin".equals(name) ? PageSession.signedInAs(name)
                : PageSession.signedIn(name, Crew.PASSWORD));
    }

    /** The password form's holder: a new account, signed in anew, once a change went through and ended the session. */
    private static PageSession passwordSession() {
        if (passwordHolder == null || !events(Set.of("PASSWORD_CHANGED"), passwordHolder, holderSince).isEmpty()) {
            passwordHolder = TestAccounts.ready("OFFICER");
            holderPassword = TestAccounts.OWN_PASSWORD;
            holderSince = lastEvent();
            SESSIONS.put(passwordHolder, PageSession.signedIn(passwordHolder, holderPassword));
        }
        return SESSIONS.get(passwordHolder);
    }

    // ---- the trail ----

    private static long lastEvent() {
        JsonObject page = Api.json(Api.as("auditor").get("api/v1/audit/events?size=1"));
        return page.getJsonArray("events").isEmpty() ? 0
                : page.getJsonArray("events").getJsonObject(0).getJsonNumber("sequence").longValue();
    }

    /** Successful events of these actions after that sequence, by that actor (by anyone but the checking auditor for none). */
    private static List<String> events(Set<String> actions, String actor, long after) {
        String query = "api/v1/audit/events?size=100" + (actor == null ? "" : "&actor=" + encode(actor));
        JsonObject page = Api.json(Api.as("auditor").get(query));
        return page.getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonNumber("sequence").longValue() > after)
                .filter(e -> "SUCCESS".equals(e.getString("outcome")) && actions.contains(e.getString("action")))
                .filter(e -> actor == null ? !"auditor".equals(e.getString("actor")) : actor.equals(e.getString("actor")))
                .map(e -> e.getString("action") + " " + e.getString("target", "") + " by " + e.getString("actor"))
                .toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The page's title and its first error, or the answer's start. */
    private static String gist(String body) {
        java.util.regex.Matcher title = Pattern.compile("<title>([^<]*)</title>").matcher(body);
        java.util.regex.Matcher error = Pattern.compile(
                "class=\"(?:field__error|page-messages__error)\">([^<]*)<").matcher(body);
        return abbreviate((title.find() ? "«" + title.group(1).strip() + "» " : body)
                + (error.find() ? error.group(1) : ""));
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
