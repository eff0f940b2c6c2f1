package org.welcomingcity.web.ordinance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.welcomingcity.ordinance.entity.Consent;
import org.welcomingcity.ordinance.entity.Custody;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.Facts;
import org.welcomingcity.ordinance.entity.FiredRule;
import org.welcomingcity.ordinance.entity.Outcome;
import org.welcomingcity.ordinance.entity.Purpose;
import org.welcomingcity.ordinance.entity.RequestedAction;
import org.welcomingcity.ordinance.entity.SubjectHistory;

/** The evaluation writer answers, character for character, what the JSON-B binder would. */
class EvaluationWriterTest {

    private static final Jsonb BINDER = JsonbBuilder.create();

    @AfterAll
    static void close() throws Exception {
        BINDER.close();
    }

    @Test
    void everyValueIsWrittenAsTheBinderWritesIt() {
        List<Evaluation> evaluations = new ArrayList<>();
        int n = 0;
        for (DocumentType document : DocumentType.values()) {
            for (Outcome outcome : Outcome.values()) {
                n++;
                RequestedAction action = RequestedAction.values()[n % RequestedAction.values().length];
                Purpose purpose = Purpose.values()[n % Purpose.values().length];
                Consent consent = Consent.values()[n % Consent.values().length];
                Custody custody = Custody.values()[n % Custody.values().length];
                SubjectHistory subject = new SubjectHistory(n % 2 == 0, n % 3 == 0, n % 5 == 0, n % 7 == 0);
                Facts facts = new Facts(LocalDate.of(2021, 1, 1).plusDays(n), document, action, purpose, consent,
                        subject, custody);
                List<FiredRule> rules = List.of(
                        new FiredRule("rule-" + n, "chicago", "MCC 2-173-042(b)", outcome, "Quoted \"law\" \\ and a line\nbreak"),
                        new FiredRule("rule-without-citation", "illinois", null, outcome, "Ünïcode – “quotes” <b>"));
                evaluations.add(new Evaluation(outcome, List.of("chicago@2021.1", "illinois@2020.2"), rules,
                        "Explanation " + n, facts));
            }
        }
        evaluations.add(new Evaluation(Outcome.DECLINE, List.of(), List.of(), null,
                new Facts(LocalDate.of(2026, 12, 7), DocumentType.DETAINER, RequestedAction.DETAIN, Purpose.CIVIL_IMMIGRATION)));

        for (Evaluation evaluation : evaluations) {
            assertThat(written(evaluation)).isEqualTo(BINDER.toJson(evaluation));
        }
    }

    private static String written(Evaluation evaluation) {
        ContainerStream out = new ContainerStream();
        new EvaluationWriter().writeTo(evaluation, Evaluation.class, Evaluation.class, null, null, null, out);
        assertThat(out.closed).as("the container's stream, left open").isFalse();
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Stands for the container's stream: says whether it was closed. */
    private static final class ContainerStream extends ByteArrayOutputStream {
        private boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
