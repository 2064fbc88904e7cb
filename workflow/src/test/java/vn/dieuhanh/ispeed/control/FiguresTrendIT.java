package vn.dieuhanh.ispeed.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.dieuhanh.ispeed.boundary.OperatorFigure;
import vn.dieuhanh.ispeed.boundary.OperatorPoint;
import vn.dieuhanh.ispeed.control.FiguresTrend.Point;
import vn.dieuhanh.ispeed.control.MonthlyFigures.UnitCount;
import vn.dieuhanh.ispeed.control.SampleDatabases.Db;

/**
 * Twelve samples over three 15th-to-14th periods, their trend worked out by hand below, on H2 and
 * PostgreSQL, with samples on every edge and some written in UTC.
 *
 * <p>Chart: UBND-HP > QUAN-NGOQUYEN > PHUONG-MAYTO; UBND-HP > SO-TTTT. Periods: P0 [15 Oct, 15
 * Nov), P1 [15 Nov, 15 Dec), P2 [15 Dec, 15 Jan), all at +07:00.
 */
class FiguresTrendIT {

    private static final Map<String, String> PARENT = Map.of(
            "SO-TTTT", "UBND-HP",
            "QUAN-NGOQUYEN", "UBND-HP",
            "PHUONG-MAYTO", "QUAN-NGOQUYEN");

    private static final List<OffsetDateTime> BOUNDARIES = List.of(
            at("2024-10-15T00:00+07:00"),
            at("2024-11-15T00:00+07:00"),
            at("2024-12-15T00:00+07:00"),
            at("2025-01-15T00:00+07:00"));

    private record S(
            String id, String at, String operator, String tech, double download, String place, String credited) {}

    // id, measured at, operator, technology, download, place, credited                  period
    private static final List<S> SAMPLES = List.of(
            new S("T01", "2024-10-14T23:59:59+07:00", "Viettel", "4G", 99, "PHUONG-MAYTO", null), // none
            new S("T02", "2024-10-15T00:00+07:00", "Viettel", "4G", 50, "PHUONG-MAYTO", null), // P0 (= from)
            new S("T03", "2024-10-20T10:00+07:00", "VinaPhone", "4G", 30, "PHUONG-MAYTO", "SO-TTTT"), // P0
            new S("T04", "2024-11-14T16:59:59Z", "Viettel", "4G", 40, "QUAN-NGOQUYEN", null), // P0 (last second)
            new S("T05", "2024-11-14T17:00Z", "Viettel", "4G", 60, "PHUONG-MAYTO", null), // P1 (= 15 Nov +07)
            new S("T06", "2024-11-20T09:00+07:00", "Viettel", "5G", 200, "PHUONG-MAYTO", null), // P1
            new S("T07", "2024-11-21T09:00+07:00", "VinaPhone", "4G", 44, "QUAN-NGOQUYEN", null), // P1
            new S("T08", "2024-12-01T09:00+07:00", "VinaPhone", "4G", 36, "PHUONG-MAYTO", "SO-TTTT"), // P1
            new S("T09", "2024-12-15T00:00+07:00", "Viettel", "4G", 20, "PHUONG-MAYTO", null), // P2 (= from)
            new S("T10", "2025-01-10T09:00+07:00", "Viettel", "4G", 70, "PHUONG-MAYTO", "QUAN-NGOQUYEN"), // P2
            new S("T11", "2025-01-15T00:00+07:00", "Viettel", "4G", 10, "PHUONG-MAYTO", null), // none (= to)
            new S("T12", "2024-12-20T09:00+07:00", "Vietnamobile", "4G", 25, "QUAN-NGOQUYEN", null)); // P2

    private static Map<Db, Connection> CONNECTIONS;

    @BeforeAll
    static void load() throws SQLException {
        CONNECTIONS = SampleDatabases.open("trend", FiguresTrendIT::insert);
    }

    @AfterAll
    static void close() throws SQLException {
        SampleDatabases.close(CONNECTIONS);
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void samplesPerPeriodAndUnitRolledUpTheChart(Db db) throws SQLException {
        List<Point> trend = trend(db);
        assertThat(trend).extracting(Point::samples).containsExactly(3L, 4L, 3L);
        assertThat(trend).extracting(Point::from).containsExactlyElementsOf(BOUNDARIES.subList(0, 3));
        // P0 own: MAYTO T02, SO-TTTT T03 (credited), NGOQUYEN T04 (place): NGOQUYEN 1 + 1 = 2.
        assertThat(trend.get(0).units())
                .containsExactlyInAnyOrderEntriesOf(units(
                        new UnitCount("PHUONG-MAYTO", 1, 1),
                        new UnitCount("QUAN-NGOQUYEN", 1, 2),
                        new UnitCount("SO-TTTT", 1, 1),
                        new UnitCount("UBND-HP", 0, 3)));
        // P1 own: MAYTO T05 T06, NGOQUYEN T07, SO-TTTT T08.
        assertThat(trend.get(1).units())
                .containsExactlyInAnyOrderEntriesOf(units(
                        new UnitCount("PHUONG-MAYTO", 2, 2),
                        new UnitCount("QUAN-NGOQUYEN", 1, 3),
                        new UnitCount("SO-TTTT", 1, 1),
                        new UnitCount("UBND-HP", 0, 4)));
        // P2 own: MAYTO T09; NGOQUYEN T10 (credited) and T12 (place); SO-TTTT nothing.
        assertThat(trend.get(2).units())
                .containsExactlyInAnyOrderEntriesOf(units(
                        new UnitCount("PHUONG-MAYTO", 1, 1),
                        new UnitCount("QUAN-NGOQUYEN", 2, 3),
                        new UnitCount("UBND-HP", 0, 3)));
        assertThat(trend.get(2).totalOf("SO-TTTT")).isZero();
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void operatorsPerPeriodWithMeanAndShareAtOrAboveTheThreshold(Db db) throws SQLException {
        List<Point> trend = trend(db);
        // P0: Viettel 4G 50, 40 -> mean 45, both at or above 40; VinaPhone 4G 30 -> none.
        assertThat(trend.get(0).operators()).extracting(this::label).containsExactly("Viettel 4G", "VinaPhone 4G");
        expect(trend.get(0).operators().get(0), 2, 45, 1.0);
        expect(trend.get(0).operators().get(1), 1, 30, 0);
        // P1: Viettel 4G 60; Viettel 5G 200; VinaPhone 4G 44, 36 -> 40, one of two.
        assertThat(trend.get(1).operators())
                .extracting(this::label)
                .containsExactly("Viettel 4G", "Viettel 5G", "VinaPhone 4G");
        expect(trend.get(1).operators().get(0), 1, 60, 1.0);
        expect(trend.get(1).operators().get(1), 1, 200, 1.0);
        expect(trend.get(1).operators().get(2), 2, 40, 0.5);
        // P2: Vietnamobile 4G 25; Viettel 4G 20, 70 -> 45, one of two.
        assertThat(trend.get(2).operators()).extracting(this::label).containsExactly("Vietnamobile 4G", "Viettel 4G");
        expect(trend.get(2).operators().get(0), 1, 25, 0);
        expect(trend.get(2).operators().get(1), 2, 45, 0.5);
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void onePeriodGivesWhatTheMonthlyFiguresGive(Db db) throws SQLException {
        Connection c = CONNECTIONS.get(db);
        for (int i = 0; i < 3; i++) {
            List<Point> one =
                    new FiguresTrend(c, PARENT::get).compute(List.of(BOUNDARIES.get(i), BOUNDARIES.get(i + 1)), 40);
            // Against the samples themselves: the trend reads the day figures, the reference does not.
            var reference = new MonthlyFigures(c, PARENT::get, false);
            assertThat(one.get(0).units()).isEqualTo(reference.samplesByUnit(BOUNDARIES.get(i), BOUNDARIES.get(i + 1)));
            var operators = reference.byOperator(BOUNDARIES.get(i), BOUNDARIES.get(i + 1), 40);
            assertThat(one.get(0).operators()).hasSameSizeAs(operators);
            for (int k = 0; k < operators.size(); k++) {
                expect(
                        one.get(0).operators().get(k),
                        operators.get(k).count(),
                        operators.get(k).meanDownload(),
                        operators.get(k).shareAtOrAbove());
            }
        }
        // Off local midnight, or at a fractional threshold, the samples themselves are counted: the same.
        var shifted = List.of(BOUNDARIES.get(0).plusHours(1), BOUNDARIES.get(1).plusHours(1));
        assertThat(new FiguresTrend(c, PARENT::get).compute(shifted, 40).get(0).units())
                .isEqualTo(new MonthlyFigures(c, PARENT::get, false).samplesByUnit(shifted.get(0), shifted.get(1)));
        assertThat(new FiguresTrend(c, PARENT::get)
                        .compute(List.of(BOUNDARIES.get(0), BOUNDARIES.get(1)), 40.5)
                        .get(0)
                        .operators())
                .extracting(OperatorPoint::shareAtOrAbove)
                .containsExactlyElementsOf(new MonthlyFigures(c, PARENT::get, false)
                        .byOperator(BOUNDARIES.get(0), BOUNDARIES.get(1), 40.5).stream()
                                .map(OperatorFigure::shareAtOrAbove)
                                .toList());
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aPeriodWithoutSamplesIsThereWithZero(Db db) throws SQLException {
        List<Point> trend = new FiguresTrend(CONNECTIONS.get(db), PARENT::get)
                .compute(
                        List.of(
                                at("2024-08-15T00:00+07:00"),
                                at("2024-09-15T00:00+07:00"),
                                BOUNDARIES.get(0),
                                BOUNDARIES.get(1)),
                        40);
        // Nothing in August to September; T01 alone in the period before P0; then P0's three.
        assertThat(trend).extracting(Point::samples).containsExactly(0L, 1L, 3L);
        assertThat(trend.get(0).units()).isEmpty();
        assertThat(trend.get(0).operators()).isEmpty();
        assertThat(trend.get(1).totalOf("UBND-HP")).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void periodsMustFollowOneAnother(Db db) {
        var trend = new FiguresTrend(CONNECTIONS.get(db), PARENT::get);
        assertThatThrownBy(() -> trend.compute(List.of(BOUNDARIES.get(0)), 40))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> trend.compute(List.of(BOUNDARIES.get(1), BOUNDARIES.get(0)), 40))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private String label(OperatorPoint p) {
        return p.operator() + " " + p.technology();
    }

    private static List<Point> trend(Db db) throws SQLException {
        return new FiguresTrend(CONNECTIONS.get(db), PARENT::get).compute(BOUNDARIES, 40);
    }

    private static void expect(OperatorPoint point, long count, double mean, double share) {
        assertThat(point.count()).isEqualTo(count);
        assertThat(point.meanDownload()).isCloseTo(mean, within(1e-9));
        assertThat(point.shareAtOrAbove()).isCloseTo(share, within(1e-9));
    }

    private static Map<String, UnitCount> units(UnitCount... counts) {
        return java.util.Arrays.stream(counts).collect(java.util.stream.Collectors.toMap(UnitCount::unitCode, c -> c));
    }

    private static void insert(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO dh_sample_import (id, file_name, file_sha256,"
                + " format, imported_by, imported_at, rows_read, rows_stored, rows_known, rows_refused)"
                + " VALUES ('imp-1', 'xuhuong.csv', ?, 'csv', 'dic-officer', ?, 12, 12, 0, 0)")) {
            s.setString(1, "0".repeat(64));
            s.setObject(2, at("2025-01-16T08:00+07:00"));
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO dh_sample (sample_id, measured_at,"
                + " operator_name, technology, download_mbps, upload_mbps, ping_ms, jitter_ms, place_code,"
                + " credited_unit, import_id) VALUES (?, ?, ?, ?, ?, ?, 30, 5, ?, ?, 'imp-1')")) {
            for (S sample : SAMPLES) {
                s.setString(1, sample.id());
                s.setObject(2, at(sample.at()));
                s.setString(3, sample.operator());
                s.setString(4, sample.tech());
                s.setDouble(5, sample.download());
                s.setDouble(6, sample.download() / 5);
                s.setString(7, sample.place());
                s.setString(8, sample.credited());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static OffsetDateTime at(String text) {
        return OffsetDateTime.parse(text);
    }
}
