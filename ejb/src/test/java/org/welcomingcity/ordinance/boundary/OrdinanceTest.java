package org.welcomingcity.ordinance.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.welcomingcity.ordinance.control.InvalidRulePackException;
import org.welcomingcity.ordinance.entity.Custody;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.Facts;
import org.welcomingcity.ordinance.entity.Outcome;
import org.welcomingcity.ordinance.entity.Purpose;
import org.welcomingcity.ordinance.entity.RequestedAction;
import org.welcomingcity.ordinance.entity.RulePack;

/** The start-up of the boundary without a container: its settings come from a map. */
class OrdinanceTest {

    @Test
    void startsWithTheShippedPacksAndEvaluates() {
        Ordinance ordinance = started(Map.of());

        assertThat(ordinance.packs()).hasSize(6);
        assertThat(ordinance.packsInForce(LocalDate.parse("2022-06-01"), Custody.CPD)).extracting(RulePack::id)
                .containsExactly("chicago-wco-2020-reporting", "chicago-wco-2021", "illinois-trust-2017", "illinois-trust-2021");
        assertThat(ordinance.evaluate(new Facts(LocalDate.parse("2022-06-01"), DocumentType.DETAINER,
                RequestedAction.DETAIN, Purpose.CIVIL_IMMIGRATION)).outcome()).isEqualTo(Outcome.DECLINE);
    }

    @Test
    void readsTheConfirmedDatesAndTheExtraDirectory() throws URISyntaxException {
        Path extra = Path.of(getClass().getClassLoader().getResource("extra-packs").toURI());
        Ordinance ordinance = started(Map.of(
                Ordinance.DIRECTORY_SETTING, extra.toString(),
                "welcoming.rulepack.chicago-wco-2021.effective-from", "2021-02-23",
                "welcoming.rulepack.chicago-wco-2012.effective-to", "2021-02-22"));

        assertThat(ordinance.packs()).extracting(RulePack::id).contains("example-city-2024");
        assertThat(ordinance.packsInForce(LocalDate.parse("2021-02-01"), Custody.CPD)).extracting(RulePack::id)
                .contains("chicago-wco-2012").doesNotContain("chicago-wco-2021");
    }

    @Test
    void aDateSettingThatLeavesDaysWithoutTheCityLawStopsTheStart() {
        assertThatThrownBy(() -> started(Map.of("welcoming.rulepack.chicago-wco-2021.effective-from", "2021-02-23")))
                .isInstanceOf(InvalidRulePackException.class)
                .hasMessageContainingAll("chicago-wco-2021 (from 2021-02-23) follows chicago-wco-2012 (from 2012-09-12"
                        + " to 2021-01-26)", "no version is in force from 2021-01-27 to 2021-02-22");
    }

    @Test
    void aMistypedDateSettingStopsTheStart() {
        assertThatThrownBy(() -> started(Map.of("welcoming.rulepack.chicago-wco-2022.effective-from", "2021-02-23")))
                .isInstanceOf(InvalidRulePackException.class)
                .hasMessageStartingWith("welcoming.rulepack.chicago-wco-2022.effective-from: no rule pack has the id");
    }

    private static Ordinance started(Map<String, String> settings) {
        return StartedOrdinance.with(settings);
    }
}
