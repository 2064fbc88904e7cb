package vn.dieuhanh.ispeed.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import vn.dieuhanh.ispeed.boundary.RowProblem;
import vn.dieuhanh.ispeed.boundary.SampleFormat;

/**
 * Reads an i-Speed sample file row by row, checks every row and hands on the valid ones and the
 * problems of the others. Streams: memory grows only with the number of distinct sample ids (about
 * 32 bytes each, see {@link SampleIds}), never with the file's size.
 *
 * <p>Within a file the first valid occurrence of a sample id wins; later valid rows with the same
 * id are refused. Rows refused for another reason do not claim their id.
 *
 * <p>This class decodes the stream and picks the format; {@link SampleCsv} and
 * {@link SampleJsonLines} turn lines into cells, {@link SampleChecks} checks the cells of a row.
 */
public final class SampleReader {

    /** The columns, in the order of the CSV format. */
    public static final List<String> COLUMNS = List.of(
            "sample_id",
            "measured_at",
            "operator",
            "technology",
            "download_mbps",
            "upload_mbps",
            "ping_ms",
            "jitter_ms",
            "place_code",
            "credited_unit");

    /**
     * Reads the whole stream (not closed: the caller owns it).
     *
     * @param valid receives each valid row, in file order
     * @param refused receives the problems of the first {@link ImportRules#maxRefusedRows()}
     *     refused rows, every problem of a row (at most one per cell)
     * @throws ImportRejected if the file as a whole is unusable; rows already handed on must then be
     *     discarded (the caller's transaction rolls back)
     */
    public ReadSummary read(
            InputStream in,
            SampleFormat format,
            ImportRules rules,
            Consumer<SampleRow> valid,
            Consumer<RowProblem> refused) {
        SampleChecks run = new SampleChecks(rules, valid, refused);
        try {
            Reader reader = new BufferedReader(new InputStreamReader(in, strictUtf8()), 1 << 16);
            skipBom(reader);
            if (format == SampleFormat.CSV) {
                SampleCsv.read(reader, run);
            } else {
                SampleJsonLines.read(reader, run);
            }
        } catch (UncheckedIOException e) {
            throw rejected(e.getCause());
        } catch (IOException e) {
            throw rejected(e);
        }
        return new ReadSummary(run.read, run.valid, run.refusedRows);
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static void skipBom(Reader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }

    private static ImportRejected rejected(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return new ImportRejected(
                        "Tệp không được mã hóa UTF-8 (có thể là Windows-1258 hoặc Latin-1): hãy lưu lại tệp"
                                + " dưới dạng UTF-8. / The file is not UTF-8 (perhaps Windows-1258 or Latin-1):"
                                + " save it as UTF-8.",
                        cause);
            }
        }
        String message = cause == null ? "" : String.valueOf(cause.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return new ImportRejected(
                    "Tệp bị cắt cụt: một ô trong dấu ngoặc kép chưa được đóng ở cuối tệp. / Truncated file:"
                            + " a quoted cell is not closed at the end of the file.",
                    cause);
        }
        if (cause instanceof IOException && message.contains("line")) {
            // commons-csv's parse errors name the line: pass it on to whoever fixes the file.
            return new ImportRejected("Tệp CSV sai cấu trúc. / Malformed CSV file: " + message, cause);
        }
        return new ImportRejected("Không đọc được tệp. / The file could not be read: " + message, cause);
    }

    /** See {@link SampleChecks#parseDateTime}. */
    static OffsetDateTime parseDateTime(String text) {
        return SampleChecks.parseDateTime(text);
    }
}
