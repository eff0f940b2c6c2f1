package org.welcomingcity.ordinance.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.welcomingcity.ordinance.entity.Custody;
import org.welcomingcity.ordinance.entity.Decision;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.Facts;
import org.welcomingcity.ordinance.entity.Outcome;
import org.welcomingcity.ordinance.entity.PackRef;
import org.welcomingcity.ordinance.entity.Purpose;
import org.welcomingcity.ordinance.entity.RequestedAction;
import org.welcomingcity.ordinance.entity.Rule;
import org.welcomingcity.ordinance.entity.RulePack;

class RulePackLoaderTest {

    private final RulePackLoader loader = new RulePackLoader();
    private final ClassLoader classPath = getClass().getClassLoader();

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            chicago-wco-2012           | 3 | 2012-09-12 | 2021-01-26 |
            chicago-wco-2020-reporting | 2 | 2020-01-15 |            |
            chicago-wco-2021           | 3 | 2021-01-27 |            |
            illinois-trust-2017        | 2 | 2017-08-28 |            |
            illinois-trust-2021        | 2 | 2021-08-02 |            |
            cook-county-46-37          | 2 | 2011-09-07 |            | COUNTY
            """)
    void theShippedPacksCarryTheDefaultDatesOfTheBrief(String id, String version, LocalDate from, LocalDate to,
            Custody custody) {
        RulePack pack = loader.fromClassPath(classPath).stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
        assertThat(pack.version()).isEqualTo(version);
        assertThat(pack.effectiveFrom()).isEqualTo(from);
        assertThat(pack.effectiveTo()).isEqualTo(to);
        assertThat(pack.appliesToCustody()).isEqualTo(custody == null ? Set.of() : Set.of(custody));
    }

    @Test
    void theIndexGivesTheOrderAndEveryRuleIsCitedAndExplained() {
        List<RulePack> packs = loader.fromClassPath(classPath);
        assertThat(packs).extracting(RulePack::id).containsExactly("chicago-wco-2012", "chicago-wco-2020-reporting",
                "chicago-wco-2021", "illinois-trust-2017", "illinois-trust-2021", "cook-county-46-37");
        List<Rule> rules = packs.stream().flatMap(pack -> pack.rules().stream()).toList();
        assertThat(rules).allSatisfy(rule -> {
            assertThat(rule.citation()).isNotBlank();
            assertThat(rule.explanation()).hasSizeGreaterThan(40);
        });
        assertThat(rules).extracting(Rule::id).doesNotHaveDuplicates();
    }

    @Test
    void theMessageNamesFileRuleAndField() {
        assertThatThrownBy(() -> read("unknown-outcome"))
                .isInstanceOf(InvalidRulePackException.class)
                .hasMessage("badpacks/unknown-outcome.json, rule TEST-DETAIN-DETAINER, field outcome: unknown value "
                        + "'REFUSE' (expected one of DECLINE, LEGAL, REFER, SUPERVISOR, PERMITTED, NO_ACTION)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            unknown-action         | TEST-DETAIN-DETAINER | conditions.actions            | unknown value 'ARREST' (expected one of DETAIN,
            unknown-rule-field     | TEST-DETAIN-DETAINER | priority                      | unknown field (allowed: citation, conditions,
            status-as-condition    | TEST-DETAIN-DETAINER | conditions.immigrationStatus  | unknown field
            unknown-subject-fact   | TEST-DETAIN-DETAINER | conditions.subjectAny         | unknown value 'IMMIGRATION_STATUS'
            no-conditions          | TEST-DETAIN-DETAINER | conditions                    | no conditions
            only-null-conditions   | TEST-DETAIN-DETAINER | conditions                    | no conditions
            conditions-not-object  | TEST-DETAIN-DETAINER | conditions                    | expected an object
            duplicate-rule-id      | TEST-DETAIN-DETAINER | id                            | another rule of this pack has the same id
            missing-citation       | TEST-DETAIN-DETAINER | citation                      | missing
            empty-list             | TEST-DETAIN-DETAINER | conditions.documentTypes      | empty list
            repeated-value         | TEST-DETAIN-DETAINER | conditions.actions            | 'DETAIN' is listed twice
            contradictory-subject  | TEST-DETAIN-DETAINER | conditions.subjectNone        | contradicts subjectAny
            outcome-not-string     | TEST-DETAIN-DETAINER | outcome                       | expected a string, found 3
            recording-rule-with-outcome | TEST-DETAIN-DETAINER | outcome                  | a rule that only records or reports never decides
            unknown-rule-kind      | TEST-DETAIN-DETAINER | kind                          | unknown value 'REPORTS' (expected one of DECIDES, RECORDS)
            follows-itself         | -                    | follows                       | 'test-pack' must be the id of another pack
            rule-without-id        | rules[1]             | id                            | missing
            impossible-date        | -                    | effectiveFrom                 | '2021-02-30' is not an ISO date
            missing-effective-from | -                    | effectiveFrom                 | missing
            ends-before-start      | -                    | effectiveTo                   | 2010-01-01 is before effectiveFrom 2012-09-12
            unknown-pack-field     | -                    | effectiveFrm                  | unknown field
            unknown-custody        | -                    | appliesToCustody              | unknown value 'JAIL'
            bad-pack-id            | -                    | id                            | 'Test Pack' must be lower-case
            no-rules               | -                    | rules                         | a pack needs at least one rule
            malformed              | -                    | -                             | not a valid JSON object
            array-root             | -                    | -                             | not a valid JSON object
            """)
    void aBadPackIsRefusedWithAMessageNamingFileRuleAndField(String fixture, String rule, String field, String problem) {
        InvalidRulePackException error = catchThrowableOfType(InvalidRulePackException.class, () -> read(fixture));
        String file = "badpacks/" + fixture + ".json";
        assertThat(error.source()).isEqualTo(file);
        assertThat(error.rule()).isEqualTo(Optional.ofNullable(rule));
        assertThat(error.field()).isEqualTo(Optional.ofNullable(field));
        assertThat(error.getMessage()).startsWith(file + (rule == null ? "" : ", rule " + rule)
                + (field == null ? "" : ", field " + field) + ": ").contains(problem);
    }

    @Test
    void aPackFromAnotherCityIsAddedAsAFileInTheDirectoryWithoutCode() throws URISyntaxException {
        List<RulePack> packs = loader.load(classPath, Optional.of(resourceDirectory("extra-packs")));
        assertThat(packs).hasSize(7).last().extracting(RulePack::id).isEqualTo("example-city-2024");

        Decision decision = new OrdinanceEngine().evaluate(new Facts(LocalDate.parse("2024-03-01"), DocumentType.NONE,
                RequestedAction.CONFIRM_CIVIL_OR_CRIMINAL, Purpose.CIVIL_IMMIGRATION), packs);
        assertThat(decision.outcome()).isEqualTo(Outcome.SUPERVISOR);
        assertThat(decision.packs()).contains(new PackRef("example-city-2024", "1"));
        assertThat(decision.deciding()).singleElement().satisfies(rule -> {
            assertThat(rule.pack()).isEqualTo("example-city-2024");
            assertThat(rule.citation()).isEqualTo("Example City Code 9-1");
        });
    }

    @Test
    void aBadPackInTheDirectoryIsNamedByItsPath(@TempDir Path directory) throws IOException {
        try (InputStream bad = classPath.getResourceAsStream("badpacks/unknown-action.json")) {
            Files.copy(bad, directory.resolve("other-city.json"));
        }
        assertThatThrownBy(() -> loader.load(classPath, Optional.of(directory)))
                .isInstanceOf(InvalidRulePackException.class)
                .hasMessageStartingWith(directory.resolve("other-city.json") + ", rule TEST-DETAIN-DETAINER, field conditions.actions: ");
    }

    @Test
    void aPackIdUsedTwiceNamesBothFiles() throws URISyntaxException {
        assertThatThrownBy(() -> loader.load(classPath, Optional.of(resourceDirectory("duplicate-pack"))))
                .isInstanceOf(InvalidRulePackException.class)
                .hasMessageContaining("chicago-wco-2021-copy.json, field id: pack id 'chicago-wco-2021' is already used "
                        + "by rulepacks/chicago-wco-2021.json");
    }

    @Test
    void theCurrentCityLawFollowsThe2012OneAndTheLogsOnlyRecord() {
        List<RulePack> packs = loader.fromClassPath(classPath);
        assertThat(packs).filteredOn(pack -> pack.follows() != null).extracting(RulePack::id, RulePack::follows)
                .containsExactly(org.assertj.core.api.Assertions.tuple("chicago-wco-2021", "chicago-wco-2012"));
        assertThat(packs).flatExtracting(RulePack::rules).filteredOn(rule -> !rule.decides()).extracting(Rule::id)
                .containsExactlyInAnyOrder("WCO2020-LOG", "TRUST2017-RELEASE", "TRUST2021-REPORT");
        assertThat(packs).flatExtracting(RulePack::rules).filteredOn(rule -> !rule.decides())
                .extracting(Rule::outcome).containsOnly(Outcome.NO_ACTION);
    }

    @Test
    void withoutTheIndexNothingStarts() throws IOException {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertThatThrownBy(() -> loader.fromClassPath(empty))
                    .isInstanceOf(InvalidRulePackException.class)
                    .hasMessageStartingWith("rulepacks/index.txt: not found on the class path");
        }
    }

    @Test
    void anIndexEntryWithoutItsFileIsNamed() throws Exception {
        URL root = resourceDirectory("index-lists-absent-file").toUri().toURL();
        try (URLClassLoader fixture = new URLClassLoader(new URL[] {root}, null)) {
            assertThatThrownBy(() -> loader.fromClassPath(fixture))
                    .isInstanceOf(InvalidRulePackException.class)
                    .hasMessage("rulepacks/index.txt: lists 'absent.json', which is not on the class path");
        }
    }

    @Test
    void theDirectoryMustExist(@TempDir Path directory) {
        Path missing = directory.resolve("missing");
        assertThatThrownBy(() -> loader.fromDirectory(missing))
                .isInstanceOf(InvalidRulePackException.class)
                .hasMessage(missing + ": not a directory");
    }

    private RulePack read(String fixture) throws IOException {
        String source = "badpacks/" + fixture + ".json";
        try (Reader json = new InputStreamReader(classPath.getResourceAsStream(source), StandardCharsets.UTF_8)) {
            return loader.read(source, json);
        }
    }

    private Path resourceDirectory(String name) throws URISyntaxException {
        return Path.of(classPath.getResource(name).toURI());
    }
}
