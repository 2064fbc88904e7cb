package vn.dieuhanh.ispeed.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.dieuhanh.ispeed.boundary.RowProblem;
import vn.dieuhanh.platform.boundary.OneJsonValue;

/** The JSON Lines form of a sample file: one object a line, keyed by the column names. */
final class SampleJsonLines {

    private SampleJsonLines() {}

    /** The reason a line is refused, with what the parser said in each language. */
    private static String notOneObject(String parser) {
        int slash = parser.indexOf(" / ");
        String vi = slash < 0 ? parser : parser.substring(0, slash);
        String en = slash < 0 ? parser : parser.substring(slash + 3);
        return "Dòng không phải đúng một đối tượng JSON (" + strip(vi) + "). / The line is not exactly one JSON"
                + " object (" + strip(en) + ").";
    }

    private static String strip(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    static void read(Reader reader, SampleChecks run) throws IOException {
        LineReader lines = new LineReader(reader);
        String[] cells = new String[SampleReader.COLUMNS.size()];
        String line;
        while ((line = lines.next()) != null) {
            if (line.isBlank()) {
                continue;
            }
            int row = lines.number;
            run.read++;
            JsonValue value;
            try {
                // Exactly one value a line: a second object, "{...} , and more" or an array spread
                // over lines is refused, never read in part.
                value = OneJsonValue.read(line);
            } catch (OneJsonValue.NotOneValue e) {
                if (!lines.terminated && !e.trailing()) {
                    throw new ImportRejected("Tệp bị cắt cụt: dòng cuối không phải là JSON hoàn chỉnh. /"
                            + " Truncated file: the last line is incomplete JSON.");
                }
                run.refuse(List.of(new RowProblem(row, "row", SampleChecks.cut(line), notOneObject(e.getMessage()))));
                continue;
            }
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                run.refuse(List.of(new RowProblem(
                        row,
                        "row",
                        SampleChecks.cut(line),
                        "Dòng JSON không phải là một đối tượng. / The JSON line is not an object.")));
                continue;
            }
            Arrays.fill(cells, null);
            List<RowProblem> problems = new ArrayList<>(0);
            for (Map.Entry<String, JsonValue> e : ((JsonObject) value).entrySet()) {
                Integer index = SampleChecks.COLUMN_INDEX.get(e.getKey());
                if (index == null) {
                    problems.add(new RowProblem(
                            row,
                            "row",
                            SampleChecks.cut(e.getKey()),
                            "Khóa không thuộc định dạng: " + e.getKey() + ". / Key not in the format: " + e.getKey()
                                    + "."));
                    continue;
                }
                JsonValue v = e.getValue();
                switch (v.getValueType()) {
                    case STRING -> cells[index] = ((JsonString) v).getString();
                    case NUMBER -> cells[index] = ((JsonNumber) v).toString();
                    case NULL -> cells[index] = null;
                    default -> {
                        cells[index] = SampleChecks.REPORTED;
                        problems.add(new RowProblem(
                                row,
                                SampleReader.COLUMNS.get(index),
                                SampleChecks.cut(v.toString()),
                                "Kiểu giá trị không hợp lệ (cần chuỗi hoặc số). / Wrong value type (a string or a"
                                        + " number is expected)."));
                    }
                }
            }
            run.row(row, cells, problems);
        }
        if (run.read == 0) {
            throw new ImportRejected("Tệp rỗng. / The file is empty.");
        }
    }

    /**
     * Lines of any length, telling whether the last one ended with a newline: an unterminated last
     * line that does not parse is a file cut short, not a bad row.
     */
    private static final class LineReader {
        private final Reader in;
        private final char[] buffer = new char[1 << 16];
        private final StringBuilder line = new StringBuilder(256);
        private int position;
        private int limit;
        int number;
        boolean terminated;

        LineReader(Reader in) {
            this.in = in;
        }

        String next() throws IOException {
            line.setLength(0);
            boolean any = false;
            while (true) {
                if (position == limit) {
                    limit = in.read(buffer, 0, buffer.length);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        if (!any) {
                            return null;
                        }
                        number++;
                        terminated = false;
                        return line.toString();
                    }
                }
                any = true;
                int start = position;
                while (position < limit && buffer[position] != '\n') {
                    position++;
                }
                line.append(buffer, start, position - start);
                if (position < limit) {
                    position++;
                    number++;
                    terminated = true;
                    int end = line.length();
                    if (end > 0 && line.charAt(end - 1) == '\r') {
                        line.setLength(end - 1);
                    }
                    return line.toString();
                }
            }
        }
    }
}
