package org.welcomingcity.web.ordinance;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.welcomingcity.web.api.InvalidRequestException;
import org.welcomingcity.web.api.Problem;
import org.welcomingcity.web.api.StrictJson;

/**
 * Takes evaluation requests away from the JSON-B binder, which ignores unknown properties:
 * an application provider wins over the built-in one for this type.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluationRequestReader implements MessageBodyReader<EvaluationRequest> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == EvaluationRequest.class;
    }

    @Override
    public EvaluationRequest readFrom(Class<EvaluationRequest> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        // One byte past the limit is enough to know the body is too long.
        byte[] bytes = body.readNBytes(StrictJson.MAX_CHARS * 4 + 1);
        try {
            return EvaluationRequestParser.parse(new String(bytes, StandardCharsets.UTF_8));
        } catch (InvalidRequestException e) {
            throw new BadRequestException(Problem.response(400, e.getMessage()));
        }
    }
}
