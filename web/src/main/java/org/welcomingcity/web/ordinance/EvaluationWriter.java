package org.welcomingcity.web.ordinance;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.welcomingcity.ordinance.entity.Facts;
import org.welcomingcity.ordinance.entity.FiredRule;
import org.welcomingcity.ordinance.entity.SubjectHistory;

/**
 * Writes evaluations with the JSON-P generator instead of the JSON-B binder: the evaluation is
 * the API's busiest answer, and the binder's reflective walk over it took about a tenth of each
 * call. The names, their order (alphabetical) and the values left out (nulls) are the binder's;
 * {@code EvaluationWriterTest} holds this writer to the binder's answer for the same evaluation.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationWriter implements MessageBodyWriter<Evaluation> {

    private static final JsonGeneratorFactory JSON = Json.createGeneratorFactory(Map.of());

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == Evaluation.class;
    }

    @Override
    public void writeTo(Evaluation evaluation, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream body) {
        // closed, so that the generator gives its buffer back to the pool; the stream stays open: it is the container's
        try (JsonGenerator json = JSON.createGenerator(new KeptOpen(body), StandardCharsets.UTF_8)) {
            write(json, evaluation);
        }
    }

    static void write(JsonGenerator json, Evaluation evaluation) {
        json.writeStartObject();
        text(json, "explanation", evaluation.explanation());
        if (evaluation.facts() != null) {
            facts(json, evaluation.facts());
        }
        text(json, "outcome", evaluation.outcome());
        if (evaluation.packs() != null) {
            json.writeStartArray("packs");
            evaluation.packs().forEach(json::write);
            json.writeEnd();
        }
        if (evaluation.rules() != null) {
            json.writeStartArray("rules");
            evaluation.rules().forEach(rule -> rule(json, rule));
            json.writeEnd();
        }
        json.writeEnd();
    }

    private static void facts(JsonGenerator json, Facts facts) {
        json.writeStartObject("facts");
        text(json, "action", facts.action());
        text(json, "consent", facts.consent());
        text(json, "custody", facts.custody());
        text(json, "documentType", facts.documentType());
        text(json, "eventDate", facts.eventDate());
        text(json, "purpose", facts.purpose());
        SubjectHistory subject = facts.subject();
        json.writeStartObject("subject")
                .write("felonyConviction", subject.felonyConviction())
                .write("gangDatabase", subject.gangDatabase())
                .write("outstandingCriminalWarrant", subject.outstandingCriminalWarrant())
                .write("pendingFelonyCharge", subject.pendingFelonyCharge())
                .writeEnd();
        json.writeEnd();
    }

    private static void rule(JsonGenerator json, FiredRule rule) {
        json.writeStartObject();
        text(json, "citation", rule.citation());
        text(json, "explanation", rule.explanation());
        text(json, "id", rule.id());
        text(json, "outcome", rule.outcome());
        text(json, "pack", rule.pack());
        json.writeEnd();
    }

    /** The container's stream, flushed but never closed by the generator. */
    private static final class KeptOpen extends FilterOutputStream {
        KeptOpen(OutputStream body) {
            super(body);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** A value as the binder writes it (an enum by its name, a date in ISO form); none when null. */
    private static void text(JsonGenerator json, String name, Object value) {
        if (value != null) {
            json.write(name, value instanceof Enum<?> constant ? constant.name() : value.toString());
        }
    }
}
