package org.welcomingcity.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.welcomingcity.ordinance.entity.Custody;
import org.welcomingcity.problem.InvalidInputException;

/** One reading of a choice, and one answer to a value that names none, in bodies and queries alike. */
class ChoicesTest {

    @Test
    void aChoiceIsItsConstantsExactName() {
        assertThat(Choices.named("COUNTY", Custody.class)).contains(Custody.COUNTY);
        assertThat(Choices.named("county", Custody.class)).isEmpty();
        assertThat(Choices.named(" COUNTY", Custody.class)).isEmpty();
        assertThat(Choices.named("", Custody.class)).isEmpty();
    }

    @Test
    void anUnknownValueIsAnsweredWithEveryChoiceInOrder() {
        assertThat(Choices.unknown("ICE", Custody.class))
                .isEqualTo("unknown value 'ICE' (expected one of CPD, COUNTY, NONE)");
        assertThat(Choices.oneOf(Custody.class)).isEqualTo("one of CPD, COUNTY, NONE");
    }

    @Test
    void aBodyAndAQueryNameTheFieldWithTheSameWords() {
        JsonFields body = JsonFields.of("{\"custody\": \"ICE\", \"held\": [\"CPD\", \"jail\"]}", List.of("custody", "held"));
        assertThat(body.choice("custody", Custody.class)).isNull();
        assertThat(body.choices("held", Custody.class)).containsExactly(Custody.CPD);
        assertThatThrownBy(body::done).isInstanceOf(InvalidRequestException.class)
                .hasMessage("custody: unknown value 'ICE' (expected one of CPD, COUNTY, NONE); "
                        + "held: unknown value 'jail' (expected one of CPD, COUNTY, NONE)");

        assertThatThrownBy(() -> QueryParams.choice("custody", "ICE", Custody.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageEndingWith("unknown value 'ICE' (expected one of CPD, COUNTY, NONE)");
        assertThat(QueryParams.choice("custody", " COUNTY ", Custody.class)).isEqualTo(Custody.COUNTY);
    }

    @Test
    void aRequiredChoiceLeftOutOrNullListsTheChoices() {
        JsonFields body = JsonFields.of("{\"custody\": null}", List.of("custody", "held"));
        assertThat(body.requiredChoice("custody", Custody.class)).isNull();
        assertThat(body.requiredChoice("held", Custody.class)).isNull();
        assertThatThrownBy(body::done).hasMessage("custody: required (one of CPD, COUNTY, NONE); "
                + "held: required (one of CPD, COUNTY, NONE)");
    }

    @Test
    void aRequiredChoiceOfAnotherTypeIsNotAlsoMissing() {
        JsonFields body = JsonFields.of("{\"custody\": 3}", List.of("custody"));
        assertThat(body.requiredChoice("custody", Custody.class)).isNull();
        assertThatThrownBy(body::done).hasMessage("custody: expected a string, found 3");
    }
}
