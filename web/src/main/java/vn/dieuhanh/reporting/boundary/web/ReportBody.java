package vn.dieuhanh.reporting.boundary.web;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.dieuhanh.platform.boundary.web.Text;
import vn.dieuhanh.reporting.boundary.ReportValues;

/**
 * A unit report as the API takes it, read strictly: {@code taskId}, {@code note} and
 * {@code values} (each target's code to its value, or to {@code {"value": ..., "comment": ...}}),
 * and nothing else. A field the report does not have is refused, never dropped; a value's type is
 * checked against its target later, where the targets are known.
 */
public record ReportBody(String taskId, String note, List<ReportValues.Entry> values) {

    private static final Set<String> FIELDS = Set.of("taskId", "note", "values");
    private static final Set<String> ENTRY_FIELDS = Set.of("value", "comment");
    static final int NOTE_LIMIT = 4000;

    public static ReportBody read(JsonObject body) {
        if (body == null) {
            throw bad("Thiếu dữ liệu.", "The body is missing.");
        }
        unknown(body, FIELDS, "");
        String taskId = string(body, "taskId", "công việc", "the task");
        if (taskId == null || taskId.isBlank()) {
            throw bad("Cần chọn công việc.", "The task is required.");
        }
        String note = Text.clean(string(body, "note", "nội dung", "the note"));
        if (note != null && note.length() > NOTE_LIMIT) {
            throw bad("Nội dung tối đa 4000 ký tự.", "The note has at most 4000 characters.");
        }
        List<ReportValues.Entry> entries = new ArrayList<>();
        JsonValue values = body.get("values");
        if (values != null && values.getValueType() != JsonValue.ValueType.NULL) {
            if (values.getValueType() != JsonValue.ValueType.OBJECT) {
                throw bad(
                        "\"values\" phải là một đối tượng: mã chỉ tiêu và giá trị.",
                        "\"values\" must be an object of target codes and values.");
            }
            for (Map.Entry<String, JsonValue> entry : values.asJsonObject().entrySet()) {
                JsonValue given = entry.getValue();
                if (given.getValueType() == JsonValue.ValueType.OBJECT) {
                    JsonObject detail = given.asJsonObject();
                    unknown(detail, ENTRY_FIELDS, "values." + entry.getKey() + ".");
                    entries.add(new ReportValues.Entry(
                            entry.getKey(),
                            plain(detail.get("value")),
                            string(detail, "comment", "ghi chú", "the comment")));
                } else {
                    entries.add(new ReportValues.Entry(entry.getKey(), plain(given), null));
                }
            }
        }
        return new ReportBody(taskId.strip(), note, entries);
    }

    /** A JSON value as the target rules take it; arrays and objects stay as they are, to be refused. */
    private static Object plain(JsonValue value) {
        if (value == null) {
            return null;
        }
        return switch (value.getValueType()) {
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case STRING -> ((JsonString) value).getString();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
            case ARRAY, OBJECT -> value;
        };
    }

    private static String string(JsonObject object, String field, String vi, String en) {
        JsonValue value = object.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw bad(
                    "\"" + field + "\" (" + vi + ") phải là một chuỗi văn bản.",
                    "\"" + field + "\" (" + en + ") must be a string.");
        }
        return ((JsonString) value).getString();
    }

    private static void unknown(JsonObject object, Set<String> allowed, String prefix) {
        Set<String> extra = new TreeSet<>(object.keySet());
        extra.removeAll(allowed);
        if (!extra.isEmpty()) {
            String names = String.join(", ", extra.stream().map(f -> prefix + f).toList());
            String known = String.join(", ", new TreeSet<>(allowed));
            throw bad(
                    "Báo cáo không có trường " + names + " (các trường: " + known + ").",
                    "A report has no field " + names + " (fields: " + known + ").");
        }
    }

    private static BadRequestException bad(String vi, String en) {
        return new BadRequestException(vi + " / " + en);
    }
}
