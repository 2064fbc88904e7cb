package vn.dieuhanh.ispeed.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dieuhanh.ispeed.boundary.RowProblem;
import vn.dieuhanh.ispeed.boundary.SampleFormat;

class SampleReaderTest {

    static final String HEADER =
            "sample_id,measured_at,operator,technology,download_mbps,upload_mbps,ping_ms,jitter_ms,place_code,credited_unit\n";
    static final String ROW = "S1,2024-11-20T08:15:00+07:00,Viettel,4G,45.5,12.25,30,4.5,HP-01,\n";

    static final ImportRules RULES = ImportRules.of(
            OffsetDateTime.parse("2024-01-01T00:00:00+07:00"),
            OffsetDateTime.parse("2025-01-01T00:00:00+07:00"),
            Set.of("HP-01", "HP-02")::contains,
            Set.of("UBND-HP", "VT-HP")::contains);

    record Result(ReadSummary summary, List<SampleRow> rows, List<RowProblem> problems) {
        RowProblem only() {
            assertThat(problems).hasSize(1);
            return problems.get(0);
        }
    }

    static Result read(byte[] bytes, SampleFormat format, ImportRules rules) {
        List<SampleRow> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        ReadSummary summary =
                new SampleReader().read(new ByteArrayInputStream(bytes), format, rules, rows::add, problems::add);
        return new Result(summary, rows, problems);
    }

    static Result csv(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8), SampleFormat.CSV, RULES);
    }

    static Result json(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8), SampleFormat.JSON_LINES, RULES);
    }

    /** A CSV row with one cell replaced. */
    static String row(String id, int column, String cell) {
        String[] cells = ROW.strip().split(",", -1);
        cells[0] = id;
        cells[column] = cell;
        return String.join(",", cells) + "\n";
    }

    // ---- a valid file, read exactly

    @Test
    void validFileIsReadExactly() {
        String decomposed = "Vietnamobile Ha\u0300 Nô\u0323i"; // combining marks: NFC makes "Hà Nội"
        Result r = csv(HEADER + ROW
                + "S2,2024-11-21T23:59:59+07:00,  " + decomposed + " ,5g,0,0.5,1e2,0,HP-02,VT-HP\n"
                + "\"S,3\",2024-11-22T01:00:00Z,\"MobiFone \"\"Plus\"\"\",4G,100,50,20,2,HP-01,UBND-HP\n");

        assertThat(r.problems()).isEmpty();
        assertThat(r.summary()).isEqualTo(new ReadSummary(3, 3, 0));
        assertThat(r.rows().get(0))
                .isEqualTo(new SampleRow(
                        1,
                        "S1",
                        OffsetDateTime.parse("2024-11-20T08:15:00+07:00"),
                        "Viettel",
                        "4G",
                        45.5,
                        12.25,
                        30,
                        4.5,
                        "HP-01",
                        null));
        SampleRow second = r.rows().get(1);
        assertThat(second.operator()).isEqualTo("Vietnamobile H\u00e0 N\u1ed9i");
        assertThat(second.technology()).isEqualTo("5G");
        assertThat(second.pingMs()).isEqualTo(100);
        assertThat(second.creditedUnit()).isEqualTo("VT-HP");
        SampleRow third = r.rows().get(2);
        assertThat(third.sampleId()).isEqualTo("S,3");
        assertThat(third.operator()).isEqualTo("MobiFone \"Plus\"");
        assertThat(third.measuredAt()).isEqualTo(OffsetDateTime.parse("2024-11-22T01:00:00Z"));
        assertThat(third.rowNumber()).isEqualTo(3);
    }

    @Test
    void columnsInAnotherOrderAreRefusedAsTheFormatSays() {
        assertThatThrownBy(
                        () -> csv(
                                "credited_unit,place_code,jitter_ms,ping_ms,upload_mbps,download_mbps,technology,"
                                        + "operator,measured_at,sample_id\r\nUBND-HP,HP-01,1,2,3,4,4g,Viettel,2024-11-20T08:15:00+07:00,X\r\n"))
                .isInstanceOf(ImportRejected.class)
                .hasMessageContaining("out of order");
    }

    @Test
    void crlfIsFine() {
        Result r = csv(HEADER.replace("\n", "\r\n") + ROW.replace("\n", "\r\n"));
        assertThat(r.problems()).isEmpty();
        assertThat(r.summary()).isEqualTo(new ReadSummary(1, 1, 0));
    }

    @Test
    void aJsonLineHoldsExactlyOneObject() {
        Result r = json(jsonRow("S1") + jsonRow("S2") + "\n" + jsonRow("S3") + " , and more\n" + "[\n" + jsonRow("S4")
                + ",\n" + jsonRow("S5") + "\n]\n" + jsonRow("S6") + "\n");
        // Two objects on a line, trailing garbage, an array spread over lines: refused, never read in part.
        assertThat(r.rows()).extracting(SampleRow::sampleId).containsExactly("S5", "S6");
        assertThat(r.problems()).extracting(RowProblem::rowNumber).containsExactly(1, 2, 3, 4, 6);
    }

    @Test
    void controlCharactersInTextCellsAreRefused() {
        Result r = json(jsonRow("S1").replace("\"Viettel\"", "\"Viet\\u0000tel\"") + "\n");
        assertThat(r.rows()).isEmpty();
        assertThat(r.only().column()).isEqualTo("operator");
        assertThat(r.only().reason()).contains("control characters");
    }

    @Test
    void byteOrderMarkIsSkipped() {
        Result r = csv("\uFEFF" + HEADER + ROW);
        assertThat(r.summary()).isEqualTo(new ReadSummary(1, 1, 0));
        Result j = json("\uFEFF" + jsonRow("S1") + "\n");
        assertThat(j.summary()).isEqualTo(new ReadSummary(1, 1, 0));
    }

    // ---- fatal: the file as a whole

    @Test
    void emptyFileIsRejected() {
        assertThatThrownBy(() -> csv("")).isInstanceOf(ImportRejected.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> csv("\uFEFF\n\n")).isInstanceOf(ImportRejected.class);
        assertThatThrownBy(() -> json("")).isInstanceOf(ImportRejected.class).hasMessageContaining("Tệp rỗng");
        assertThatThrownBy(() -> json("\n  \n")).isInstanceOf(ImportRejected.class);
    }

    @Test
    void headerOnlyIsRejected() {
        assertThatThrownBy(() -> csv(HEADER)).isInstanceOf(ImportRejected.class).hasMessageContaining("no data rows");
    }

    @Test
    void semicolonFileIsRejectedForItsDelimiter() {
        String semicolons = (HEADER + ROW).replace(',', ';');
        assertThatThrownBy(() -> csv(semicolons))
                .isInstanceOf(ImportRejected.class)
                .hasMessageContaining("dấu phân cách phải là dấu phẩy")
                .hasMessageContaining("the delimiter must be a comma");
    }

    @Test
    void latin1AndWindows1258AreRejectedAsWrongEncoding() {
        // Latin-1 has "ò" (0xF2) but not "ả"; Windows-1258 writes both as letter + combining mark.
        String composed = "Hải Phòng";
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        Charset windows1258 = Charset.forName("windows-1258");
        assertThat(new String(decomposed.getBytes(windows1258), windows1258)).isEqualTo(decomposed);
        for (byte[] bytes : List.of(
                (HEADER + row("S1", 2, composed)).getBytes(StandardCharsets.ISO_8859_1),
                (HEADER + row("S1", 2, decomposed)).getBytes(windows1258))) {
            assertThatThrownBy(() -> read(bytes, SampleFormat.CSV, RULES))
                    .isInstanceOf(ImportRejected.class)
                    .hasMessageContaining("The file is not UTF-8");
        }
        for (byte[] bytes : List.of(
                (jsonRow(composed) + "\n").getBytes(StandardCharsets.ISO_8859_1),
                (jsonRow(decomposed) + "\n").getBytes(windows1258))) {
            assertThatThrownBy(() -> read(bytes, SampleFormat.JSON_LINES, RULES))
                    .isInstanceOf(ImportRejected.class)
                    .hasMessageContaining("The file is not UTF-8");
        }
    }

    @Test
    void missingColumnIsRejected() {
        String header = HEADER.replace(",jitter_ms", "");
        assertThatThrownBy(() -> csv(header + "S1,2024-11-20T08:15:00+07:00,Viettel,4G,45.5,12.25,30,HP-01,\n"))
                .isInstanceOf(ImportRejected.class)
                .hasMessageContaining("missing columns [jitter_ms]");
    }

    @Test
    void extraColumnIsRejected() {
        String header = HEADER.strip() + ",comment\n";
        assertThatThrownBy(() -> csv(header + ROW.strip() + ",x\n"))
                .isInstanceOf(ImportRejected.class)
                .hasMessageContaining("unexpected or repeated columns [comment]");
    }

    @Test
    void misspelledOrRepeatedHeaderIsRejected() {
        assertThatThrownBy(() -> csv(HEADER.replace("download_mbps", "dowload_mbps") + ROW))
                .isInstanceOf(ImportRejected.class)
                .hasMessageContaining("missing columns [download_mbps]")
                .hasMessageContaining("[dowload_mbps]");
        assertThatThrownBy(() -> csv(HEADER.replace("credited_unit", "sample_id") + ROW))
                .isInstanceOf(ImportRejected.class)
                .hasMessageContaining("missing columns [credited_unit]");
    }

    @Test
    void unterminatedQuoteAtTheEndIsATruncatedFile() {
        assertThatThrownBy(() -> csv(HEADER + ROW + "S2,2024-11-20T08:15:00+07:00,\"Viettel"))
                .isInstanceOf(ImportRejected.class)
                .hasMessageContaining("Truncated file");
    }

    @Test
    void truncatedLastJsonLineIsFatalButABadLineInsideIsARowProblem() {
        String cut = jsonRow("S2").substring(0, 40);
        assertThatThrownBy(() -> json(jsonRow("S1") + "\n" + cut))
                .isInstanceOf(ImportRejected.class)
                .hasMessageContaining("Truncated file");

        Result r = json(jsonRow("S1") + "\n" + cut + "\n" + jsonRow("S3") + "\n");
        assertThat(r.summary()).isEqualTo(new ReadSummary(3, 2, 1));
        assertThat(r.only().rowNumber()).isEqualTo(2);
        assertThat(r.only().column()).isEqualTo("row");
        assertThat(r.only().reason()).contains("not exactly one JSON object");
    }

    // ---- row problems

    @Test
    void duplicatedIdsWithinTheFileAreRefusedAfterTheFirst() {
        Result r = csv(HEADER + ROW + row("S2", 4, "50") + row("S1", 4, "60") + row("S1", 4, "70"));
        assertThat(r.summary()).isEqualTo(new ReadSummary(4, 2, 2));
        assertThat(r.rows()).extracting(SampleRow::downloadMbps).containsExactly(45.5, 50.0);
        assertThat(r.problems())
                .extracting(RowProblem::rowNumber, RowProblem::column, RowProblem::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                3,
                                "sample_id",
                                "Trùng mã mẫu trong tệp (dòng 1). / Duplicate sample id in the file (row 1)."),
                        org.assertj.core.groups.Tuple.tuple(
                                4,
                                "sample_id",
                                "Trùng mã mẫu trong tệp (dòng 1). / Duplicate sample id in the file (row 1)."));
    }

    @Test
    void aRefusedRowDoesNotClaimItsId() {
        Result r = csv(HEADER + row("S1", 4, "-1") + ROW);
        assertThat(r.summary()).isEqualTo(new ReadSummary(2, 1, 1));
        assertThat(r.rows().get(0).rowNumber()).isEqualTo(2);
    }

    @Test
    void nonNumericSpeedIsRefused() {
        RowProblem p = csv(HEADER + row("S1", 4, "fast")).only();
        assertThat(p).isEqualTo(new RowProblem(1, "download_mbps", "fast", "Không phải là số. / Not a number."));
        // What Double.parseDouble would take but a file should not say.
        assertThat(csv(HEADER + row("S1", 4, "12d")).only().reason()).contains("Not a number");
        assertThat(csv(HEADER + row("S1", 4, "0x1p3")).only().reason()).contains("Not a number");
        assertThat(csv(HEADER + row("S1", 4, "1.2.3")).only().reason()).contains("Not a number");
        assertThat(csv(HEADER + row("S1", 4, "12,5".replace(",", ";"))).only().column())
                .isEqualTo("download_mbps");
    }

    @Test
    void negativeValuesAreRefusedEachWithItsReason() {
        Result r = csv(HEADER + row("S1", 4, "-5").replace(",12.25,30,4.5,", ",-1,-2,-0.5,"));
        assertThat(r.problems())
                .extracting(RowProblem::column, RowProblem::value, RowProblem::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "download_mbps", "-5", "Tốc độ tải xuống âm. / Negative download speed."),
                        org.assertj.core.groups.Tuple.tuple(
                                "upload_mbps", "-1", "Tốc độ tải lên âm. / Negative upload speed."),
                        org.assertj.core.groups.Tuple.tuple("ping_ms", "-2", "Độ trễ (ping) âm. / Negative ping."),
                        org.assertj.core.groups.Tuple.tuple(
                                "jitter_ms", "-0.5", "Độ dao động trễ (jitter) âm. / Negative jitter."));
        assertThat(r.summary()).isEqualTo(new ReadSummary(1, 0, 1));
    }

    @Test
    void absurdValuesAreRefused() {
        assertThat(csv(HEADER + row("S1", 4, "10000.5")).only().reason())
                .isEqualTo("Tốc độ vượt quá 10000 Mbps. / Speed above 10000 Mbps.");
        assertThat(csv(HEADER + row("S1", 5, "1e9")).only().column()).isEqualTo("upload_mbps");
        assertThat(csv(HEADER + row("S1", 6, "60001")).only().reason()).contains("Above 60000 ms");
        assertThat(csv(HEADER + row("S1", 7, "1e308")).only().column()).isEqualTo("jitter_ms");
        assertThat(csv(HEADER + row("S1", 4, "10000")).problems()).isEmpty();
        assertThat(csv(HEADER + row("S1", 4, "1e400")).only().reason()).contains("Not a finite number");
    }

    @Test
    void nanAndInfinityAreRefused() {
        for (String cell : List.of("NaN", "Infinity", "-Infinity", "nan")) {
            assertThat(csv(HEADER + row("S1", 4, cell)).only().reason())
                    .as(cell)
                    .isEqualTo("Giá trị không hữu hạn (NaN/Infinity). / Not a finite number (NaN/Infinity).");
        }
    }

    @Test
    void missingCellsAreRefused() {
        Result r = csv(HEADER + row(" ", 2, "").replace("HP-01", ""));
        assertThat(r.problems()).extracting(RowProblem::column).containsExactly("sample_id", "operator", "place_code");
        assertThat(r.problems()).allSatisfy(p -> assertThat(p.reason()).isEqualTo("Thiếu giá trị. / Missing value."));
    }

    @Test
    void dateInTheFutureIsRefused() {
        RowProblem p = csv(HEADER + row("S1", 1, "2025-01-01T00:00:01+07:00")).only();
        assertThat(p.column()).isEqualTo("measured_at");
        assertThat(p.reason()).contains("tương lai").contains("future");
    }

    @Test
    void dateBeforeTheWindowIsRefused() {
        RowProblem p = csv(HEADER + row("S1", 1, "2023-12-31T23:59:59+07:00")).only();
        assertThat(p.reason()).contains("outside the import window");
        // The same instant written in UTC is inside.
        assertThat(csv(HEADER + row("S1", 1, "2023-12-31T17:00:00Z")).problems())
                .isEmpty();
    }

    @Test
    void unparsableDatesAreRefused() {
        for (String cell : List.of("2024-11-20 08:15:00", "2024-11-20T08:15:00", "20/11/2024", "2024-02-30T00:00Z")) {
            assertThat(csv(HEADER + row("S1", 1, cell)).only().reason())
                    .as(cell)
                    .contains("ISO 8601");
        }
    }

    @Test
    void theFastDateReaderAgreesWithOffsetDateTimeParse() {
        for (String text : List.of(
                "2024-11-20T08:15:00+07:00",
                "2024-11-20T08:15:00-03:30",
                "2024-11-20T08:15:00Z",
                "2024-02-29T23:59:59+00:00",
                "2024-11-20T08:15+07:00",
                "2024-11-20T08:15:00.250+07:00")) {
            assertThat(SampleReader.parseDateTime(text)).as(text).isEqualTo(OffsetDateTime.parse(text));
        }
        for (String text : List.of(
                "2023-02-29T00:00:00+07:00",
                "2024-11-20T24:00:00+07:00",
                "2024-11-20T08:60:00+07:00",
                "2024-11-20T08:15:00+19:00",
                "2024-11-20T08:15:00 07:00",
                "2024-11-20 08:15:00+07:00",
                "2024-11-20T08:15:0a+07:00",
                "+2024-11-20T08:15:00Z")) {
            assertThatThrownBy(() -> SampleReader.parseDateTime(text))
                    .as(text)
                    .isInstanceOf(java.time.DateTimeException.class);
            assertThatThrownBy(() -> OffsetDateTime.parse(text))
                    .as(text)
                    .isInstanceOf(java.time.DateTimeException.class);
        }
    }

    @Test
    void unknownPlaceIsRefused() {
        assertThat(csv(HEADER + row("S1", 8, "HN-99")).only())
                .isEqualTo(new RowProblem(
                        1, "place_code", "HN-99", "Mã địa bàn không có trong danh mục. / Unknown place code."));
    }

    @Test
    void unknownCreditedUnitIsRefused() {
        assertThat(csv(HEADER + row("S1", 9, "UBND-HN")).only())
                .isEqualTo(new RowProblem(
                        1,
                        "credited_unit",
                        "UBND-HN",
                        "Đơn vị được tính không có trong danh mục. / Unknown credited unit."));
    }

    @Test
    void badSampleIdsAreRefused() {
        assertThat(csv(HEADER + row("x".repeat(65), 2, "Viettel")).only().reason())
                .contains("longer than 64");
        assertThat(csv(HEADER + row("x".repeat(64), 2, "Viettel")).problems()).isEmpty();
        assertThat(csv(HEADER + row("\"a\u0007b\"", 2, "Viettel")).only().reason())
                .contains("control characters");
        assertThat(csv(HEADER + row("\"a\nb\"", 2, "Viettel")).only().reason()).contains("control characters");
    }

    @Test
    void textLongerThanTheDatabaseColumnsIsRefused() {
        assertThat(csv(HEADER + row("S1", 2, "V".repeat(61))).only().column()).isEqualTo("operator");
        assertThat(csv(HEADER + row("S1", 3, "5".repeat(21))).only().column()).isEqualTo("technology");
    }

    @Test
    void rowsWithTooFewOrTooManyCellsAreRefusedAsAWhole() {
        Result r =
                csv(HEADER + "S1,2024-11-20T08:15:00+07:00,Viettel\n" + ROW.strip() + ",extra\n" + row("S3", 4, "1"));
        assertThat(r.summary()).isEqualTo(new ReadSummary(3, 1, 2));
        assertThat(r.problems())
                .extracting(RowProblem::rowNumber, RowProblem::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "row"), org.assertj.core.groups.Tuple.tuple(2, "row"));
        assertThat(r.problems().get(0).reason()).isEqualTo("Dòng có 3 ô, cần 10. / The row has 3 cells, 10 expected.");
    }

    @Test
    void reportKeepsAtMostTheLimitButCountsAll() {
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < 50; i++) {
            file.append(row("S" + i, 4, "-1"));
        }
        Result r =
                read(file.toString().getBytes(StandardCharsets.UTF_8), SampleFormat.CSV, RULES.withMaxRefusedRows(10));
        assertThat(r.summary()).isEqualTo(new ReadSummary(50, 0, 50));
        assertThat(r.problems()).hasSize(10);
    }

    // ---- formula injection

    @Test
    void formulaInATextCellIsEscapedInTheReport() throws Exception {
        Result r = csv(HEADER
                + row("S1", 2, "\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"").replace("HP-01", "@SUM(1)"));
        assertThat(r.only().value()).isEqualTo("@SUM(1)");

        StringWriter out = new StringWriter();
        CsvCells.writeReport(
                List.of(
                        r.only(),
                        new RowProblem(2, "operator", "=HYPERLINK(\"http://evil\",\"x\")", "x"),
                        new RowProblem(3, "download_mbps", "-5", "Tốc độ tải xuống âm. / Negative download speed.")),
                out);
        assertThat(out.toString())
                .isEqualTo("row,column,value,reason\r\n"
                        + "1,place_code,'@SUM(1),Mã địa bàn không có trong danh mục. / Unknown place code.\r\n"
                        + "2,operator,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",x\r\n"
                        + "3,download_mbps,'-5,Tốc độ tải xuống âm. / Negative download speed.\r\n");
    }

    @Test
    void safeCellPrefixesEveryFormulaStart() {
        assertThat(CsvCells.safeCell("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvCells.safeCell("+84")).isEqualTo("'+84");
        assertThat(CsvCells.safeCell("-5")).isEqualTo("'-5");
        assertThat(CsvCells.safeCell("@cmd")).isEqualTo("'@cmd");
        assertThat(CsvCells.safeCell("\tx")).isEqualTo("'\tx");
        assertThat(CsvCells.safeCell("\rx")).isEqualTo("'\rx");
        assertThat(CsvCells.safeCell("Viettel")).isEqualTo("Viettel");
        assertThat(CsvCells.safeCell("")).isEmpty();
        assertThat(CsvCells.safeCell(null)).isEmpty();
    }

    // ---- JSON Lines

    static String jsonRow(String id) {
        return "{\"sample_id\":\"" + id + "\",\"measured_at\":\"2024-11-20T08:15:00+07:00\",\"operator\":\"Viettel\","
                + "\"technology\":\"4g\",\"download_mbps\":45.5,\"upload_mbps\":\"12.25\",\"ping_ms\":30,"
                + "\"jitter_ms\":4.5,\"place_code\":\"HP-01\",\"credited_unit\":null}";
    }

    @Test
    void jsonLinesAreReadLikeCsv() {
        Result r = json(jsonRow("S1") + "\r\n\n" + jsonRow("S2").replace(",\"credited_unit\":null", "") + "\n");
        assertThat(r.problems()).isEmpty();
        assertThat(r.summary()).isEqualTo(new ReadSummary(2, 2, 0));
        assertThat(r.rows().get(0))
                .isEqualTo(new SampleRow(
                        1,
                        "S1",
                        OffsetDateTime.parse("2024-11-20T08:15:00+07:00"),
                        "Viettel",
                        "4G",
                        45.5,
                        12.25,
                        30,
                        4.5,
                        "HP-01",
                        null));
        assertThat(r.rows().get(1).rowNumber()).as("the line number").isEqualTo(3);
        // A last line without newline is fine when it is complete.
        assertThat(json(jsonRow("S1")).summary()).isEqualTo(new ReadSummary(1, 1, 0));
    }

    @Test
    void jsonLineThatIsNotAnObjectIsARowProblem() {
        Result r = json(jsonRow("S1") + "\n[1,2]\n\"text\"\n" + jsonRow("S4") + "\n");
        assertThat(r.summary()).isEqualTo(new ReadSummary(4, 2, 2));
        assertThat(r.problems())
                .extracting(RowProblem::rowNumber, RowProblem::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                2, "Dòng JSON không phải là một đối tượng. / The JSON line is not an object."),
                        org.assertj.core.groups.Tuple.tuple(
                                3, "Dòng JSON không phải là một đối tượng. / The JSON line is not an object."));
    }

    @Test
    void jsonRowProblemsMatchTheCsvOnes() {
        Result r = json(jsonRow("S1").replace("45.5", "-5").replace("\"HP-01\"", "\"XX\"")
                + "\n" + jsonRow("S1") + "\n" + jsonRow("S1") + "\n"
                + jsonRow("S4").replace("\"ping_ms\":30", "\"ping_ms\":\"NaN\",\"comment\":1") + "\n"
                + jsonRow("S5").replace("\"jitter_ms\":4.5,", "\"jitter_ms\":[4.5],") + "\n"
                + jsonRow("S6").replace("\"operator\":\"Viettel\",", "") + "\n");
        assertThat(r.summary()).isEqualTo(new ReadSummary(6, 1, 5));
        assertThat(r.problems())
                .extracting(RowProblem::rowNumber, RowProblem::column, RowProblem::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "download_mbps", "-5"),
                        org.assertj.core.groups.Tuple.tuple(1, "place_code", "XX"),
                        org.assertj.core.groups.Tuple.tuple(3, "sample_id", "S1"),
                        org.assertj.core.groups.Tuple.tuple(4, "row", "comment"),
                        org.assertj.core.groups.Tuple.tuple(4, "ping_ms", "NaN"),
                        org.assertj.core.groups.Tuple.tuple(5, "jitter_ms", "[4.5]"),
                        org.assertj.core.groups.Tuple.tuple(6, "operator", ""));
        assertThat(r.problems().get(2).reason()).contains("(row 2)");
    }

    // ---- a stream that is never whole in memory

    @Test
    void aMillionRowsStream() {
        int rows = 1_000_000;
        InputStream generated = new GeneratedSamples(rows, false);
        long[] count = {0};
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapBefore = rt.totalMemory() - rt.freeMemory();
        long[] peak = {heapBefore};
        long start = System.nanoTime();
        ReadSummary summary = new SampleReader()
                .read(
                        generated,
                        SampleFormat.CSV,
                        GeneratedSamples.RULES,
                        row -> {
                            if (++count[0] % 100_000 == 0) {
                                peak[0] = Math.max(peak[0], rt.totalMemory() - rt.freeMemory());
                            }
                        },
                        p -> {});
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(summary).isEqualTo(new ReadSummary(rows, rows, 0));
        assertThat(count[0]).isEqualTo(rows);
        System.out.printf(
                "SampleReader: %d CSV rows in %d ms; heap before %d MB, highest seen %d MB%n",
                rows, millis, heapBefore >> 20, peak[0] >> 20);

        long jsonStart = System.nanoTime();
        ReadSummary json = new SampleReader()
                .read(
                        new GeneratedSamples(rows, true),
                        SampleFormat.JSON_LINES,
                        GeneratedSamples.RULES,
                        row -> {},
                        p -> {});
        assertThat(json).isEqualTo(new ReadSummary(rows, rows, 0));
        System.out.printf("SampleReader: %d JSON lines in %d ms%n", rows, (System.nanoTime() - jsonStart) / 1_000_000);
    }
}
