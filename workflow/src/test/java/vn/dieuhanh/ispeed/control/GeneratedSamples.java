package vn.dieuhanh.ispeed.control;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * A sample file made line by line as it is read: a million rows without a million rows in memory.
 * Operators with Vietnamese text, commas and quotes, so the COPY path has to escape.
 */
final class GeneratedSamples extends InputStream {

    static final String HEADER =
            "sample_id,measured_at,operator,technology,download_mbps,upload_mbps,ping_ms,jitter_ms,place_code,credited_unit\n";
    static final String[] OPERATORS = {
        "Viettel", "VinaPhone", "MobiFone", "\"Vietnamobile, Hà Nội\"", "\"Gọi \"\"Tốt\"\"\""
    };
    static final String[] PLACES = {"HP-01", "HP-02", "HP-03", "HN-01"};

    static final ImportRules RULES = ImportRules.of(
            OffsetDateTime.parse("2024-01-01T00:00:00+07:00"),
            OffsetDateTime.parse("2025-01-01T00:00:00+07:00"),
            Set.of(PLACES)::contains,
            Set.of("UBND-HP")::contains);

    private final int rows;
    private final boolean json;
    private final String prefix;
    private int next;
    private byte[] line = new byte[0];
    private int position;

    GeneratedSamples(int rows, boolean json) {
        this(rows, json, "S");
    }

    GeneratedSamples(int rows, boolean json, String prefix) {
        this.rows = rows;
        this.json = json;
        this.prefix = prefix;
        if (!json) {
            line = HEADER.getBytes(StandardCharsets.UTF_8);
        }
    }

    private boolean refill() {
        if (next == rows) {
            return false;
        }
        int i = next++;
        String id = prefix + i;
        // Not String.format: the generator must cost little next to what it measures.
        String at = "2024-11-" + two(1 + i % 28) + "T" + two(i % 24) + ":" + two(i % 60) + ":" + two((i / 60) % 60)
                + "+07:00";
        String tech = i % 3 == 0 ? "5g" : "4G";
        String download = Integer.toString(i % 200) + "." + (i % 10);
        String unit = i % 4 == 0 ? "UBND-HP" : "";
        String text;
        if (json) {
            String op = OPERATORS[i % OPERATORS.length];
            op = op.startsWith("\"") ? op.substring(1, op.length() - 1).replace("\"\"", "\\\"") : op;
            text = "{\"sample_id\":\"" + id + "\",\"measured_at\":\"" + at + "\",\"operator\":\"" + op
                    + "\",\"technology\":\"" + tech + "\",\"download_mbps\":" + download + ",\"upload_mbps\":12.5,"
                    + "\"ping_ms\":" + (i % 90) + ",\"jitter_ms\":3,\"place_code\":\"" + PLACES[i % PLACES.length]
                    + "\",\"credited_unit\":" + (unit.isEmpty() ? "null" : "\"" + unit + "\"") + "}\n";
        } else {
            text = id + "," + at + "," + OPERATORS[i % OPERATORS.length] + "," + tech + "," + download + ",12.5,"
                    + (i % 90) + ",3," + PLACES[i % PLACES.length] + "," + unit + "\n";
        }
        line = text.getBytes(StandardCharsets.UTF_8);
        position = 0;
        return true;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    @Override
    public int read() {
        if (position == line.length && !refill()) {
            return -1;
        }
        return line[position++] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        int n = 0;
        while (n < length) {
            if (position == line.length && !refill()) {
                break;
            }
            int chunk = Math.min(length - n, line.length - position);
            System.arraycopy(line, position, buffer, offset + n, chunk);
            position += chunk;
            n += chunk;
        }
        return n == 0 ? -1 : n;
    }
}
