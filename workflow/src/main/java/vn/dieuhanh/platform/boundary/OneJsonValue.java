package vn.dieuhanh.platform.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.Reader;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;

/**
 * Exactly one JSON value from a text, read strictly: nothing may follow it (a second object on a
 * JSON Lines line, {@code {...} , and more}), and no object may name a key twice. The readers of
 * JSON-P stop after the first value and keep the last of two equal keys, so data was lost without a
 * word; built here from the parser's events, so no implementation's leniency matters.
 */
public final class OneJsonValue {

    // Looked up once: Json.createParser and friends look the provider up on every call.
    private static final JsonProvider JSON = JsonProvider.provider();

    private OneJsonValue() {}

    /** Why a text is not exactly one JSON value, in Vietnamese / English. */
    public static final class NotOneValue extends IllegalArgumentException {
        private final boolean trailing;

        NotOneValue(String message) {
            this(message, false);
        }

        NotOneValue(String message, boolean trailing) {
            super(message);
            this.trailing = trailing;
        }

        /** Whether a whole value was read and something followed it (not a text cut short). */
        public boolean trailing() {
            return trailing;
        }
    }

    public static JsonValue read(String text) {
        return read(new StringReader(text));
    }

    /** The one value of the reader (not closed); {@link NotOneValue} says what is wrong. */
    public static JsonValue read(Reader reader) {
        JsonParser parser = JSON.createParser(reader);
        JsonValue value;
        try {
            if (!parser.hasNext()) {
                throw new NotOneValue("Không có dữ liệu JSON. / There is no JSON.");
            }
            value = value(parser, parser.next());
        } catch (JsonParsingException e) {
            throw new NotOneValue("JSON không hợp lệ" + at(e.getLocation(), true) + ". / Not valid JSON"
                    + at(e.getLocation(), false) + ".");
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            throw new NotOneValue("JSON không hợp lệ. / Not valid JSON.");
        }
        boolean more;
        try {
            more = parser.hasNext();
        } catch (JsonException | IllegalStateException e) {
            more = true;
        }
        if (more) {
            throw new NotOneValue(
                    "Sau giá trị JSON còn nội dung khác (chỉ được một giá trị). / Something follows the"
                            + " JSON value (exactly one value is allowed).",
                    true);
        }
        return value;
    }

    private static JsonValue value(JsonParser parser, JsonParser.Event event) {
        return switch (event) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> array(parser);
            case VALUE_STRING -> JSON.createValue(parser.getString());
            case VALUE_NUMBER -> JSON.createValue(parser.getBigDecimal());
            case VALUE_TRUE -> JsonValue.TRUE;
            case VALUE_FALSE -> JsonValue.FALSE;
            case VALUE_NULL -> JsonValue.NULL;
            default -> throw new NotOneValue("JSON không hợp lệ. / Not valid JSON.");
        };
    }

    private static JsonValue object(JsonParser parser) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        Set<String> keys = new HashSet<>();
        while (true) {
            JsonParser.Event event = parser.next();
            if (event == JsonParser.Event.END_OBJECT) {
                return object.build();
            }
            String key = parser.getString();
            if (!keys.add(key)) {
                throw new NotOneValue(
                        "Khóa \"" + key + "\" xuất hiện hai lần. / The key \"" + key + "\" appears twice.");
            }
            object.add(key, value(parser, parser.next()));
        }
    }

    private static JsonValue array(JsonParser parser) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        while (true) {
            JsonParser.Event event = parser.next();
            if (event == JsonParser.Event.END_ARRAY) {
                return array.build();
            }
            array.add(value(parser, event));
        }
    }

    private static String at(JsonLocation location, boolean vietnamese) {
        if (location == null || location.getLineNumber() < 0) {
            return "";
        }
        return vietnamese
                ? " (dòng " + location.getLineNumber() + ", cột " + location.getColumnNumber() + ")"
                : " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
    }
}
