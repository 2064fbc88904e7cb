package vn.dieuhanh.series.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dieuhanh.series.boundary.SeriesFormat;

/** A series file: read whole when right, refused at its first fault with line and column. */
class SeriesFileTest {

    private final SeriesFile file = new SeriesFile(Set.of("QUAN-HAIAN", "PHUONG-CATBI")::contains);

    private List<SeriesFile.Row> read(String text, SeriesFormat format) {
        return file.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format);
    }

    private SeriesFile.Rejected refused(String text, SeriesFormat format) {
        try {
            read(text, format);
        } catch (SeriesFile.Rejected e) {
            return e;
        }
        throw new AssertionError("not refused: " + text);
    }

    @Test
    void aGoodCsvFileInAnyColumnOrder() {
        List<SeriesFile.Row> rows = read(
                "\uFEFFtime,unit,value,category\n"
                        + "2026-11-14,QUAN-HAIAN,3,Đất đai\n"
                        + "2026-11-14T08:30+07:00,PHUONG-CATBI,0.25,\n"
                        + "\n"
                        + "2026-11-14T08:30,PHUONG-CATBI,\"1.5\",Hộ tịch\n",
                SeriesFormat.CSV);
        assertThat(rows)
                .extracting(SeriesFile.Row::line, SeriesFile.Row::unit, SeriesFile.Row::value, SeriesFile.Row::category)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "QUAN-HAIAN", new BigDecimal("3"), "Đất đai"),
                        org.assertj.core.groups.Tuple.tuple(3, "PHUONG-CATBI", new BigDecimal("0.25"), null),
                        org.assertj.core.groups.Tuple.tuple(5, "PHUONG-CATBI", new BigDecimal("1.5"), "Hộ tịch"));
        // A date is the start of that day in Vietnam; a time without offset is Vietnam's.
        assertThat(rows.get(0).time()).isEqualTo(OffsetDateTime.parse("2026-11-14T00:00+07:00"));
        assertThat(rows.get(2).time()).isEqualTo(OffsetDateTime.parse("2026-11-14T08:30+07:00"));
    }

    @Test
    void aGoodJsonLinesFile() {
        List<SeriesFile.Row> rows = read(
                "{\"unit\":\"QUAN-HAIAN\",\"time\":\"2026-11-14\",\"value\":2}\n"
                        + "\n"
                        + "{\"unit\":\"PHUONG-CATBI\",\"time\":\"2026-11-01T00:00Z\",\"value\":1.25,"
                        + "\"category\":\"Đất đai\"}\n",
                SeriesFormat.JSON_LINES);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).line()).isEqualTo(3);
        assertThat(rows.get(1).value()).isEqualByComparingTo("1.25");
        assertThat(rows.get(1).category()).isEqualTo("Đất đai");
    }

    @Test
    void anUnknownUnitIsRefusedWithItsLineAndColumn() {
        SeriesFile.Rejected e =
                refused("unit,time,value\nQUAN-HAIAN,2026-11-14,1\nSO-X,2026-11-14,1\n", SeriesFormat.CSV);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo("unit");
        assertThat(e.getMessage()).contains("Dòng 3, cột unit", "Line 3, column unit", "SO-X");
    }

    @Test
    void aBadNumberIsRefused() {
        for (String bad : List.of("1,5", "abc", "1e", "0.00001", "123456789012345")) {
            SeriesFile.Rejected e =
                    refused("unit,time,value\nQUAN-HAIAN,2026-11-14,\"" + bad + "\"\n", SeriesFormat.CSV);
            assertThat(e.line()).as(bad).isEqualTo(2);
            assertThat(e.column()).as(bad).isEqualTo("value");
        }
        SeriesFile.Rejected json =
                refused("{\"unit\":\"QUAN-HAIAN\",\"time\":\"2026-11-14\",\"value\":\"3\"}\n", SeriesFormat.JSON_LINES);
        assertThat(json.column()).isEqualTo("value");
    }

    @Test
    void aBadTimeIsRefused() {
        for (String bad : List.of("14/11/2026", "2026-13-01", "2026-11-14 08:30", "tháng 11")) {
            SeriesFile.Rejected e = refused("unit,time,value\nQUAN-HAIAN," + bad + ",1\n", SeriesFormat.CSV);
            assertThat(e.column()).as(bad).isEqualTo("time");
            assertThat(e.getMessage()).as(bad).contains("Line 2, column time");
        }
    }

    @Test
    void anUnknownOrMissingColumnIsRefused() {
        SeriesFile.Rejected unknown =
                refused("unit,time,value,operator\nQUAN-HAIAN,2026-11-14,1,x\n", SeriesFormat.CSV);
        assertThat(unknown.line()).isEqualTo(1);
        assertThat(unknown.column()).isEqualTo("operator");
        SeriesFile.Rejected missing = refused("unit,value\nQUAN-HAIAN,1\n", SeriesFormat.CSV);
        assertThat(missing.column()).isEqualTo("time");
        SeriesFile.Rejected json = refused(
                "{\"unit\":\"QUAN-HAIAN\",\"time\":\"2026-11-14\",\"value\":1}\n"
                        + "{\"unit\":\"QUAN-HAIAN\",\"time\":\"2026-11-14\",\"value\":1,\"note\":\"x\"}\n",
                SeriesFormat.JSON_LINES);
        assertThat(json.line()).isEqualTo(2);
        assertThat(json.column()).isEqualTo("note");
    }

    @Test
    void aRowOfTheWrongShapeOrAnEmptyFileIsRefused() {
        assertThat(refused("unit,time,value\nQUAN-HAIAN,2026-11-14\n", SeriesFormat.CSV)
                        .column())
                .isEqualTo("row");
        assertThat(refused("{\"unit\":", SeriesFormat.JSON_LINES).column()).isEqualTo("row");
        assertThat(refused("unit,time,value\n", SeriesFormat.CSV).getMessage())
                .contains("không có giá trị nào", "no values");
    }
}
