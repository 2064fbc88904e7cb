package vn.dieuhanh.series.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.dieuhanh.platform.boundary.CityTime;
import vn.dieuhanh.platform.boundary.OneJsonValue;
import vn.dieuhanh.platform.boundary.PlainText;
import vn.dieuhanh.series.boundary.SeriesFormat;

/**
 * Reads a data series file strictly: every row must be right or the whole file is refused, with
 * the line and column of the first fault (Vietnamese / English), so nothing half-imported is ever
 * judged. Columns: {@code unit} (a unit of the org chart), {@code time} (an ISO date, read as the
 * start of that day in Vietnam, or an ISO date-time, with an offset or read in Vietnam's time),
 * {@code value} (a number with a point, at most 14 digits before it and 4 after) and, optionally,
 * {@code category} (a place, an operator, any grouping, at most 100 characters). See docs, import
 * formats.
 */
public final class SeriesFile {

    /** A value as read, with its line in the file (from 1, the CSV header being line 1). */
    public record Row(int line, String unit, OffsetDateTime time, BigDecimal value, String category) {}

    static final Set<String> COLUMNS = Set.of("unit", "time", "value", "category");
    static final List<String> REQUIRED = List.of("unit", "time", "value");
    static final int CATEGORY_LIMIT = 100;

    private static final ZoneId ZONE = CityTime.ZONE;
    private static final BigDecimal LARGEST = new BigDecimal("99999999999999");

    private final Predicate<String> knownUnit;

    /** @param knownUnit whether a unit code is one of the org chart's */
    public SeriesFile(Predicate<String> knownUnit) {
        this.knownUnit = Objects.requireNonNull(knownUnit, "knownUnit");
    }

    /** Every row of the file, or {@link Rejected} at the first fault. */
    public List<Row> read(InputStream in, SeriesFormat format) {
        Reader reader = new BufferedReader(new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
        try {
            List<Row> rows = format == SeriesFormat.CSV ? csv(reader) : jsonLines(new BufferedReader(reader));
            if (rows.isEmpty()) {
                throw new Rejected(0, "file", "tệp không có giá trị nào", "the file has no values");
            }
            return rows;
        } catch (CharacterCodingException e) {
            throw new Rejected(0, "file", "tệp không phải UTF-8", "the file is not UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Row> csv(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                // Empty lines are kept as records (and skipped below) so a record's number is its line's.
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .build();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames().stream()
                    // A byte order mark, as spreadsheet programs write, is not part of the first name.
                    .map(name -> name.replace("\uFEFF", "").strip())
                    .toList();
            checkColumns(1, header);
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1;
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                if (record.size() != header.size()) {
                    throw new Rejected(
                            line,
                            "row",
                            "có " + record.size() + " ô, cần " + header.size(),
                            "has " + record.size() + " cells, expected " + header.size());
                }
                String[] cells = new String[4];
                for (int i = 0; i < header.size(); i++) {
                    cells[List.of("unit", "time", "value", "category").indexOf(header.get(i))] = record.get(i);
                }
                rows.add(row(line, cells[0], cells[1], cells[2], cells[3]));
            }
        } catch (UncheckedIOException e) {
            // Commons CSV hands on a read failure (a byte that is not UTF-8) unchecked.
            if (e.getCause() instanceof CharacterCodingException coding) {
                throw coding;
            }
            throw e;
        } catch (Rejected e) {
            throw e;
        } catch (IllegalStateException | IllegalArgumentException e) {
            // Commons CSV: a quote left open, an empty header name.
            throw new Rejected(0, "file", "tệp CSV không đọc được", "the CSV cannot be read (" + e.getMessage() + ")");
        }
        return rows;
    }

    private List<Row> jsonLines(BufferedReader reader) throws IOException {
        List<Row> rows = new ArrayList<>();
        String text;
        int line = 0;
        while ((text = reader.readLine()) != null) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            JsonObject object;
            try {
                // Exactly one object a line: a second one, or anything after it, is refused.
                JsonValue value = OneJsonValue.read(text);
                if (!(value instanceof JsonObject o)) {
                    throw new Rejected(line, "row", "không phải một đối tượng JSON", "is not a JSON object");
                }
                object = o;
            } catch (OneJsonValue.NotOneValue e) {
                throw new Rejected(line, "row", "không phải đúng một đối tượng JSON", "is not exactly one JSON object");
            }
            checkColumns(line, List.copyOf(object.keySet()));
            rows.add(row(
                    line,
                    string(object, "unit", line),
                    string(object, "time", line),
                    number(object, line),
                    string(object, "category", line)));
        }
        return rows;
    }

    private static void checkColumns(int line, List<String> names) {
        if (Set.copyOf(names).size() != names.size()) {
            throw new Rejected(line, "header", "có cột trùng tên", "a column is named twice");
        }
        for (String name : names) {
            if (!COLUMNS.contains(name)) {
                throw new Rejected(
                        line,
                        name,
                        "cột không biết (chỉ có unit, time, value, category)",
                        "unknown column (only unit, time, value, category)");
            }
        }
        for (String name : REQUIRED) {
            if (!names.contains(name)) {
                throw new Rejected(line, name, "thiếu cột", "the column is missing");
            }
        }
    }

    private static String string(JsonObject object, String name, int line) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        throw new Rejected(line, name, "phải là chuỗi", "must be a string");
    }

    private static String number(JsonObject object, int line) {
        JsonValue value = object.get("value");
        if (value instanceof JsonNumber n) {
            return n.bigDecimalValue().toPlainString();
        }
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        throw new Rejected(line, "value", "phải là số", "must be a number");
    }

    private Row row(int line, String unit, String time, String value, String category) {
        String[] names = {"unit", "time", "value", "category"};
        String[] cells = {unit, time, value, category};
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null && PlainText.hasControl(cells[i], false)) {
                throw new Rejected(line, names[i], PlainText.CONTROL_VI, PlainText.CONTROL_EN);
            }
        }
        if (unit == null || unit.isBlank()) {
            throw new Rejected(line, "unit", "thiếu mã đơn vị", "the unit is missing");
        }
        if (!knownUnit.test(unit.strip())) {
            throw new Rejected(line, "unit", "không có đơn vị " + unit.strip(), "no unit " + unit.strip());
        }
        String group = category == null || category.isBlank() ? null : category.strip();
        if (group != null && group.length() > CATEGORY_LIMIT) {
            throw new Rejected(
                    line,
                    "category",
                    "tối đa " + CATEGORY_LIMIT + " ký tự",
                    "at most " + CATEGORY_LIMIT + " characters");
        }
        return new Row(line, unit.strip(), time(line, time), value(line, value), group);
    }

    private static OffsetDateTime time(int line, String text) {
        if (text == null || text.isBlank()) {
            throw new Rejected(line, "time", "thiếu thời điểm", "the time is missing");
        }
        String t = text.strip();
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay(ZONE).toOffsetDateTime();
            }
            if (t.endsWith("Z") || t.matches(".*[+-]\\d{2}:\\d{2}$")) {
                return OffsetDateTime.parse(t);
            }
            return LocalDateTime.parse(t).atZone(ZONE).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw new Rejected(
                    line,
                    "time",
                    "thời điểm \"" + t + "\" không hợp lệ (cần ngày hoặc ngày giờ ISO, ví dụ 2026-11-14 hoặc"
                            + " 2026-11-14T08:30+07:00)",
                    "the time \"" + t + "\" is not an ISO date or date-time");
        }
    }

    private static BigDecimal value(int line, String text) {
        if (text == null || text.isBlank()) {
            throw new Rejected(line, "value", "thiếu giá trị", "the value is missing");
        }
        String t = text.strip();
        BigDecimal value;
        try {
            // A point, never a comma: "1,5" is refused rather than read as fifteen.
            if (!t.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
                throw new NumberFormatException(t);
            }
            value = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new Rejected(
                    line,
                    "value",
                    "\"" + t + "\" không phải là số (dùng dấu chấm thập phân)",
                    "\"" + t + "\" is not a number (use a decimal point)");
        }
        if (value.abs().compareTo(LARGEST) > 0 || value.stripTrailingZeros().scale() > 4) {
            throw new Rejected(
                    line,
                    "value",
                    "tối đa 14 chữ số phần nguyên và 4 chữ số thập phân",
                    "at most 14 digits before the point and 4 after");
        }
        return value;
    }

    /** A file refused: the first fault, where it is, in both languages. */
    public static final class Rejected extends IllegalArgumentException {

        private final int line;
        private final String column;

        Rejected(int line, String column, String vi, String en) {
            super((line > 0 ? "Dòng " + line + ", cột " + column + ": " : "Tệp: ") + vi + ". / "
                    + (line > 0 ? "Line " + line + ", column " + column + ": " : "File: ") + en + ".");
            this.line = line;
            this.column = column;
        }

        /** The line, from 1; 0 for the whole file. */
        public int line() {
            return line;
        }

        public String column() {
            return column;
        }
    }
}
