package vn.dieuhanh.platform.boundary.web;

import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import vn.dieuhanh.platform.boundary.OneJsonValue;

/**
 * Every JSON request body of the API, read by {@link StrictJson}: an application's own reader is
 * chosen before the server's JSON-B one, so no resource can fall back to lax binding.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Object> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() || JsonValue.class.isAssignableFrom(type);
    }

    @Override
    public Object readFrom(
            Class<Object> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders,
            InputStream entityStream)
            throws IOException {
        PushbackReader reader = new PushbackReader(new BufferedReader(new InputStreamReader(
                entityStream,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT))));
        JsonValue json;
        try {
            int first = reader.read();
            while (first == ' ' || first == '\n' || first == '\r' || first == '\t') {
                first = reader.read();
            }
            if (first < 0) {
                // No body: the resource's @NotNull says "the body is missing".
                return null;
            }
            reader.unread(first);
            json = OneJsonValue.read(reader);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw refusal(new StrictJson.Refused("(body)", "không phải văn bản UTF-8", "is not UTF-8 text"));
        } catch (OneJsonValue.NotOneValue e) {
            throw refusal(new StrictJson.Refused("(body)", e.getMessage()));
        }
        try {
            return StrictJson.bind(json, genericType);
        } catch (StrictJson.Refused e) {
            throw refusal(e);
        }
    }

    /**
     * The 400 itself, as a WebApplicationException carrying its answer: an exception of another
     * kind thrown here would reach the mappers wrapped in the framework's own.
     */
    static BadRequestException refusal(StrictJson.Refused e) {
        return new BadRequestException(e.getMessage(), new ProblemMappers.StrictJsonRefused().toResponse(e));
    }
}
