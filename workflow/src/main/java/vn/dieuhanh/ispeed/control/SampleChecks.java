package vn.dieuhanh.ispeed.control;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import vn.dieuhanh.ispeed.boundary.RowProblem;
import vn.dieuhanh.platform.boundary.PlainText;

/**
 * The checks of a sample row, the same for both formats, and one read's state: counts, the ids
 * seen, and caches of the few distinct texts and codes.
 */
final class SampleChecks {

    private static final int SAMPLE_ID = 0;
    private static final int MEASURED_AT = 1;
    private static final int OPERATOR = 2;
    private static final int TECHNOLOGY = 3;
    private static final int DOWNLOAD = 4;
    private static final int UPLOAD = 5;
    private static final int PING = 6;
    private static final int JITTER = 7;
    private static final int PLACE = 8;
    private static final int CREDITED = 9;

    // The widths of dh_sample's columns: a longer value would fail the whole import at the database.
    private static final int MAX_ID = 64;
    private static final int MAX_OPERATOR = 60;
    private static final int MAX_TECHNOLOGY = 20;
    private static final int MAX_CODE = 60;
    private static final int MAX_VALUE = 200;

    /** Stands for a cell whose problem is reported already: one problem per cell. */
    @SuppressWarnings("StringOperationCanBeSimplified")
    static final String REPORTED = new String("");

    static final Map<String, Integer> COLUMN_INDEX = new HashMap<>();

    static {
        for (int i = 0; i < SampleReader.COLUMNS.size(); i++) {
            COLUMN_INDEX.put(SampleReader.COLUMNS.get(i), i);
        }
    }

    final ImportRules rules;
    final Consumer<SampleRow> accepted;
    final Consumer<RowProblem> refused;
    final SampleIds ids = new SampleIds();
    final Map<String, String> operators = new HashMap<>();
    final Map<String, String> technologies = new HashMap<>();
    final Map<String, Boolean> places = new HashMap<>();
    final Map<String, Boolean> units = new HashMap<>();
    int read;
    int valid;
    int refusedRows;

    SampleChecks(ImportRules rules, Consumer<SampleRow> valid, Consumer<RowProblem> refused) {
        this.rules = rules;
        this.accepted = valid;
        this.refused = refused;
    }

    void refuse(List<RowProblem> problems) {
        refusedRows++;
        if (refusedRows <= rules.maxRefusedRows()) {
            problems.forEach(refused);
        }
    }

    /** Checks one row's cells (in {@link SampleReader#COLUMNS} order; null for an absent cell). */
    void row(int row, String[] cells, List<RowProblem> earlier) {
        Problems p = new Problems(row, earlier);

        String id = sampleId(cells[SAMPLE_ID], p);
        OffsetDateTime measuredAt = measuredAt(cells[MEASURED_AT], p);
        String operator = text(cells[OPERATOR], OPERATOR, MAX_OPERATOR, false, operators, p);
        String technology = text(cells[TECHNOLOGY], TECHNOLOGY, MAX_TECHNOLOGY, true, technologies, p);
        double download = number(cells[DOWNLOAD], DOWNLOAD, rules.maxSpeedMbps(), p);
        double upload = number(cells[UPLOAD], UPLOAD, rules.maxSpeedMbps(), p);
        double ping = number(cells[PING], PING, rules.maxPingMs(), p);
        double jitter = number(cells[JITTER], JITTER, rules.maxPingMs(), p);
        String place = code(cells[PLACE], PLACE, true, places, rules.knownPlace(), p);
        String unit = code(cells[CREDITED], CREDITED, false, units, rules.knownUnit(), p);

        if (p.list.isEmpty() && id != null) {
            int first = ids.putIfAbsent(id, row);
            if (first != 0) {
                p.add(
                        SAMPLE_ID,
                        id,
                        "Trùng mã mẫu trong tệp (dòng " + first + "). / Duplicate sample id in the file (row " + first
                                + ").");
            }
        }
        if (!p.list.isEmpty()) {
            refuse(p.list);
            return;
        }
        valid++;
        accepted.accept(
                new SampleRow(row, id, measuredAt, operator, technology, download, upload, ping, jitter, place, unit));
    }

    private String sampleId(String cell, Problems p) {
        String id = required(cell, SAMPLE_ID, p);
        if (id == null) {
            return null;
        }
        if (id.length() > MAX_ID) {
            p.add(SAMPLE_ID, id, "Mã mẫu dài quá 64 ký tự. / Sample id longer than 64 characters.");
            return null;
        }
        for (int i = 0; i < id.length(); i++) {
            if (Character.isISOControl(id.charAt(i))) {
                p.add(SAMPLE_ID, id, "Mã mẫu chứa ký tự điều khiển. / The sample id contains control characters.");
                return null;
            }
        }
        return id;
    }

    private OffsetDateTime measuredAt(String cell, Problems p) {
        String text = required(cell, MEASURED_AT, p);
        if (text == null) {
            return null;
        }
        OffsetDateTime at;
        try {
            at = parseDateTime(text);
        } catch (DateTimeException e) {
            p.add(
                    MEASURED_AT,
                    text,
                    "Thời điểm đo không theo ISO 8601 có múi giờ (vd. 2024-11-20T08:15:00+07:00). / Not an"
                            + " ISO 8601 date-time with offset (e.g. 2024-11-20T08:15:00+07:00).");
            return null;
        }
        if (at.isAfter(rules.notAfter())) {
            p.add(
                    MEASURED_AT,
                    text,
                    "Thời điểm đo sau " + rules.notAfter() + " (ngày trong tương lai?). / Measured after "
                            + rules.notAfter() + " (a date in the future?).");
            return null;
        }
        if (at.isBefore(rules.notBefore())) {
            p.add(
                    MEASURED_AT,
                    text,
                    "Thời điểm đo trước " + rules.notBefore() + ", ngoài khoảng được nhập. / Measured before "
                            + rules.notBefore() + ", outside the import window.");
            return null;
        }
        return at;
    }

    /** Trimmed, NFC; the few distinct values are cached, so each is normalised once. */
    private String text(String cell, int column, int max, boolean upper, Map<String, String> cache, Problems p) {
        String text = required(cell, column, p);
        if (text == null) {
            return null;
        }
        String value = cache.get(text);
        if (value == null) {
            if (PlainText.hasControl(text, false)) {
                p.add(column, text, CONTROL);
                return null;
            }
            value = Normalizer.normalize(text, Normalizer.Form.NFC);
            if (upper) {
                value = value.toUpperCase(Locale.ROOT);
            }
            if (cache.size() < 10_000) {
                cache.put(text, value);
            }
        }
        if (value.length() > max) {
            p.add(column, text, "Dài quá " + max + " ký tự. / Longer than " + max + " characters.");
            return null;
        }
        return value;
    }

    private String code(
            String cell,
            int column,
            boolean required,
            Map<String, Boolean> cache,
            Predicate<String> known,
            Problems p) {
        String code = required ? required(cell, column, p) : optional(cell);
        if (code == null) {
            return null;
        }
        if (code.length() > MAX_CODE) {
            p.add(column, code, "Dài quá " + MAX_CODE + " ký tự. / Longer than " + MAX_CODE + " characters.");
            return null;
        }
        if (PlainText.hasControl(code, false)) {
            p.add(column, code, CONTROL);
            return null;
        }
        Boolean ok = cache.get(code);
        if (ok == null) {
            ok = known.test(code);
            if (cache.size() < 100_000) {
                cache.put(code, ok);
            }
        }
        if (!ok) {
            p.add(
                    column,
                    code,
                    column == PLACE
                            ? "Mã địa bàn không có trong danh mục. / Unknown place code."
                            : "Đơn vị được tính không có trong danh mục. / Unknown credited unit.");
            return null;
        }
        return code;
    }

    private double number(String cell, int column, double max, Problems p) {
        String text = required(cell, column, p);
        if (text == null) {
            return Double.NaN;
        }
        double value = Double.NaN;
        boolean plain = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Double.parseDouble also takes "1d", "0x1p3" and "Infinity": a file should not.
            if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                plain = false;
                break;
            }
        }
        if (plain) {
            try {
                value = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                plain = false;
            }
        }
        if (!plain) {
            String lower = text.toLowerCase(Locale.ROOT);
            p.add(
                    column,
                    text,
                    lower.contains("nan") || lower.contains("inf")
                            ? "Giá trị không hữu hạn (NaN/Infinity). / Not a finite number (NaN/Infinity)."
                            : "Không phải là số. / Not a number.");
            return Double.NaN;
        }
        if (!Double.isFinite(value)) {
            p.add(column, text, "Giá trị không hữu hạn. / Not a finite number.");
            return Double.NaN;
        }
        if (value < 0) {
            p.add(column, text, NEGATIVE[column - DOWNLOAD]);
            return Double.NaN;
        }
        if (value > max) {
            String limit = max == Math.rint(max) ? Long.toString((long) max) : Double.toString(max);
            String unit = column <= UPLOAD ? " Mbps" : " ms";
            p.add(
                    column,
                    text,
                    (column <= UPLOAD ? "Tốc độ vượt quá " : "Giá trị vượt quá ") + limit + unit + ". / "
                            + (column <= UPLOAD ? "Speed above " : "Above ") + limit + unit + ".");
            return Double.NaN;
        }
        return value;
    }

    private static String required(String cell, int column, Problems p) {
        String text = optional(cell);
        if (text == null && cell != REPORTED) {
            p.add(column, cell == null ? "" : cell, "Thiếu giá trị. / Missing value.");
        }
        return text;
    }

    private static String optional(String cell) {
        if (cell == null || cell == REPORTED) {
            return null;
        }
        String text = cell.strip();
        return text.isEmpty() ? null : text;
    }

    /**
     * ISO 8601 with offset, as {@link OffsetDateTime#parse} reads it. The form testers write,
     * {@code 2024-11-20T08:15:00+07:00} or {@code ...Z}, is read by hand: the formatter took about
     * a third of a million-row read.
     */
    static OffsetDateTime parseDateTime(String text) {
        int n = text.length();
        if ((n == 20 && text.charAt(19) == 'Z') || (n == 25 && text.charAt(22) == ':')) {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 2);
            int day = digits(text, 8, 2);
            int hour = digits(text, 11, 2);
            int minute = digits(text, 14, 2);
            int second = digits(text, 17, 2);
            if (year >= 0
                    && month >= 0
                    && day >= 0
                    && hour >= 0
                    && minute >= 0
                    && second >= 0
                    && text.charAt(4) == '-'
                    && text.charAt(7) == '-'
                    && text.charAt(10) == 'T'
                    && text.charAt(13) == ':'
                    && text.charAt(16) == ':') {
                ZoneOffset offset = null;
                if (n == 20) {
                    offset = ZoneOffset.UTC;
                } else {
                    char sign = text.charAt(19);
                    int hours = digits(text, 20, 2);
                    int minutes = digits(text, 23, 2);
                    if ((sign == '+' || sign == '-') && hours >= 0 && minutes >= 0) {
                        offset = sign == '+'
                                ? ZoneOffset.ofHoursMinutes(hours, minutes)
                                : ZoneOffset.ofHoursMinutes(-hours, -minutes);
                    }
                }
                if (offset != null) {
                    // of() refuses what parse() refuses: 30 February, hour 24, an offset beyond 18 hours.
                    return OffsetDateTime.of(year, month, day, hour, minute, second, 0, offset);
                }
            }
        }
        return OffsetDateTime.parse(text);
    }

    /** The unsigned number of {@code length} ASCII digits at {@code from}, or -1. */
    private static int digits(String text, int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static final String CONTROL =
            "Chứa ký tự điều khiển (ví dụ NUL). / Contains control characters" + " (such as NUL).";

    private static final String[] NEGATIVE = {
        "Tốc độ tải xuống âm. / Negative download speed.",
        "Tốc độ tải lên âm. / Negative upload speed.",
        "Độ trễ (ping) âm. / Negative ping.",
        "Độ dao động trễ (jitter) âm. / Negative jitter."
    };

    /** A row's problems, created lazily: most rows have none. */
    private static final class Problems {
        final int row;
        List<RowProblem> list;

        Problems(int row, List<RowProblem> earlier) {
            this.row = row;
            this.list = earlier;
        }

        void add(int column, String value, String reason) {
            if (!(list instanceof ArrayList)) {
                list = new ArrayList<>(list);
            }
            list.add(new RowProblem(row, SampleReader.COLUMNS.get(column), cut(value), reason));
        }
    }

    static String cut(String value) {
        return value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE);
    }
}
