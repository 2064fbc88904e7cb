package vn.dieuhanh.platform.boundary.web;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.dieuhanh.platform.boundary.DateWindow;
import vn.dieuhanh.platform.boundary.PlainText;

/**
 * Binds a JSON value to a request record exactly as documented: every key a component of the
 * record, every value of the component's JSON type (a string for text, dates and enum constants,
 * true or false for a yes/no, a number for a number, an array for a list, an object for a record),
 * no control characters in text, dates within {@link DateWindow}. JSON-B read {@code "yes"} as
 * false, {@code 5} as text and dropped unknown keys; a request that is not exactly right now
 * changes nothing and names the field. Missing values stay null for Bean Validation to name.
 */
public final class StrictJson {

    private StrictJson() {}

    /** A body refused, with the field (a path such as {@code targets[0].code}) and why. */
    public static final class Refused extends IllegalArgumentException {
        private final String field;

        Refused(String field, String vi, String en) {
            this(field, "Trường " + field + ": " + vi + ". / Field " + field + ": " + en + ".");
        }

        /** With a message already in both languages. */
        Refused(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** The value as the type, which is a record, a {@link JsonValue} type or one of the plain types. */
    public static Object bind(JsonValue json, Type type) {
        return value(json, type, "", false);
    }

    private static Object value(JsonValue json, Type type, String path, boolean multiLine) {
        String field = path.isEmpty() ? "(body)" : path;
        if (type instanceof Class<?> c && JsonValue.class.isAssignableFrom(c)) {
            checkText(json, field);
            if (!c.isInstance(json)) {
                throw new Refused(field, "phải là " + jsonKind(c, true), "must be " + jsonKind(c, false));
            }
            return json;
        }
        if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
            if (type instanceof Class<?> c && c.isPrimitive()) {
                throw new Refused(field, "cần có giá trị", "a value is required");
            }
            return null;
        }
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            if (!(json instanceof JsonArray array)) {
                throw new Refused(field, "phải là một mảng JSON [...]", "must be a JSON array [...]");
            }
            Type element = p.getActualTypeArguments()[0];
            List<Object> list = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                list.add(value(array.get(i), element, path + "[" + i + "]", multiLine));
            }
            return list;
        }
        if (!(type instanceof Class<?> c)) {
            throw new IllegalStateException("No strict binding for " + type);
        }
        if (c == String.class) {
            if (!(json instanceof JsonString s)) {
                throw new Refused(field, "phải là một chuỗi văn bản", "must be a string");
            }
            if (PlainText.hasControl(s.getString(), multiLine)) {
                throw new Refused(field, PlainText.CONTROL_VI, PlainText.CONTROL_EN);
            }
            return s.getString();
        }
        if (c == Boolean.class || c == boolean.class) {
            if (json.getValueType() == JsonValue.ValueType.TRUE) {
                return Boolean.TRUE;
            }
            if (json.getValueType() == JsonValue.ValueType.FALSE) {
                return Boolean.FALSE;
            }
            throw new Refused(field, "phải là true hoặc false", "must be true or false");
        }
        if (c == BigDecimal.class || c == Integer.class || c == int.class || c == Long.class || c == long.class) {
            if (!(json instanceof JsonNumber n)) {
                throw new Refused(field, "phải là một số", "must be a number");
            }
            if (c == BigDecimal.class) {
                return n.bigDecimalValue();
            }
            try {
                return c == Integer.class || c == int.class
                        ? n.bigDecimalValue().intValueExact()
                        : n.bigDecimalValue().longValueExact();
            } catch (ArithmeticException notWhole) {
                throw new Refused(field, "phải là số nguyên", "must be a whole number");
            }
        }
        if (c.isEnum()) {
            String allowed = String.join(
                    ", ",
                    Arrays.stream(c.getEnumConstants()).map(Object::toString).toList());
            if (json instanceof JsonString s) {
                for (Object constant : c.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(s.getString())) {
                        return constant;
                    }
                }
            }
            throw new Refused(field, "phải là một trong " + allowed, "must be one of " + allowed);
        }
        if (c == OffsetDateTime.class || c == LocalDate.class) {
            return date(json, c, field);
        }
        if (c.isRecord()) {
            return record(json, c, path, field);
        }
        throw new IllegalStateException("No strict binding for " + c);
    }

    private static Temporal date(JsonValue json, Class<?> c, String field) {
        boolean day = c == LocalDate.class;
        String vi = day
                ? "phải là ngày dạng yyyy-MM-dd"
                : "phải là thời điểm ISO 8601 có múi giờ (2026-11-20T08:00:00+07:00)";
        String en = day
                ? "must be a date yyyy-MM-dd"
                : "must be an ISO 8601 date-time with offset (2026-11-20T08:00:00+07:00)";
        if (!(json instanceof JsonString s)) {
            throw new Refused(field, vi, en);
        }
        Temporal value;
        try {
            value = day ? LocalDate.parse(s.getString()) : OffsetDateTime.parse(s.getString());
        } catch (DateTimeException e) {
            throw new Refused(field, vi, en);
        }
        if (!DateWindow.contains(value)) {
            throw new Refused(field, DateWindow.MESSAGE_VI, DateWindow.MESSAGE_EN);
        }
        return value;
    }

    private static Object record(JsonValue json, Class<?> type, String path, String field) {
        if (!(json instanceof JsonObject object)) {
            throw new Refused(field, "phải là một đối tượng JSON {...}", "must be a JSON object {...}");
        }
        RecordComponent[] components = type.getRecordComponents();
        TreeSet<String> known = new TreeSet<>();
        for (RecordComponent component : components) {
            known.add(component.getName());
        }
        for (String key : object.keySet()) {
            if (!known.contains(key)) {
                String named = path.isEmpty() ? key : path + "." + key;
                throw new Refused(
                        named,
                        "không có trường này (các trường: " + String.join(", ", known) + ")",
                        "no such field (the fields: " + String.join(", ", known) + ")");
            }
        }
        Object[] arguments = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            arguments[i] = value(
                    object.get(component.getName()),
                    component.getGenericType(),
                    path.isEmpty() ? component.getName() : path + "." + component.getName(),
                    component.isAnnotationPresent(MultiLine.class));
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException refused) {
                throw new Refused(field, refused.getMessage());
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type, e);
        }
    }

    /** Control characters anywhere in a JSON value a resource reads itself (tabs and line breaks allowed). */
    private static void checkText(JsonValue json, String field) {
        if (json == null) {
            return;
        }
        switch (json.getValueType()) {
            case STRING -> {
                if (PlainText.hasControl(((JsonString) json).getString(), true)) {
                    throw new Refused(field, PlainText.CONTROL_VI, PlainText.CONTROL_EN);
                }
            }
            case OBJECT -> {
                for (Map.Entry<String, JsonValue> e : json.asJsonObject().entrySet()) {
                    String inner = field.equals("(body)") ? e.getKey() : field + "." + e.getKey();
                    if (PlainText.hasControl(e.getKey(), false)) {
                        throw new Refused(inner, PlainText.CONTROL_VI, PlainText.CONTROL_EN);
                    }
                    checkText(e.getValue(), inner);
                }
            }
            case ARRAY -> {
                JsonArray array = json.asJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    checkText(array.get(i), field + "[" + i + "]");
                }
            }
            default -> {}
        }
    }

    private static String jsonKind(Class<?> c, boolean vietnamese) {
        if (JsonObject.class.isAssignableFrom(c)) {
            return vietnamese ? "một đối tượng JSON {...}" : "a JSON object {...}";
        }
        if (JsonArray.class.isAssignableFrom(c)) {
            return vietnamese ? "một mảng JSON [...]" : "a JSON array [...]";
        }
        return vietnamese ? "một giá trị JSON" : "a JSON value";
    }
}
