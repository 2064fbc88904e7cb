package vn.dieuhanh.ispeed.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.dieuhanh.ispeed.boundary.OperatorFigure;
import vn.dieuhanh.ispeed.boundary.PlaceCount;
import vn.dieuhanh.ispeed.boundary.Shortfall;
import vn.dieuhanh.ispeed.boundary.UnitTarget;
import vn.dieuhanh.ispeed.control.MonthlyFigures.UnitCount;
import vn.dieuhanh.ispeed.control.SampleDatabases.Db;

/**
 * Twenty samples whose figures are worked out by hand below, on H2 and on PostgreSQL, for a
 * calendar-month window and a 15th-to-15th one, with samples on both edges of each and written in
 * other offsets than +07:00.
 *
 * <p>Chart: UBND-HP > SO-TTTT; UBND-HP > QUAN-NGOQUYEN > PHUONG-MAYTO, PHUONG-LACHTRAY; UBND-HP >
 * HUYEN-THUYNGUYEN > XA-LAPLE.
 */
class MonthlyFiguresIT {

    private static final Map<String, String> PARENT = Map.of(
            "SO-TTTT", "UBND-HP",
            "SO-NV", "UBND-HP",
            "QUAN-NGOQUYEN", "UBND-HP",
            "PHUONG-MAYTO", "QUAN-NGOQUYEN",
            "PHUONG-LACHTRAY", "QUAN-NGOQUYEN",
            "HUYEN-THUYNGUYEN", "UBND-HP",
            "XA-LAPLE", "HUYEN-THUYNGUYEN");

    /** The calendar month, M below. */
    private static final OffsetDateTime NOV_1 = at("2024-11-01T00:00+07:00");

    private static final OffsetDateTime DEC_1 = at("2024-12-01T00:00+07:00");
    /** The 15th-to-15th period, H below. */
    private static final OffsetDateTime NOV_15 = at("2024-11-15T00:00+07:00");

    private static final OffsetDateTime DEC_15 = at("2024-12-15T00:00+07:00");

    private static final List<String> RECIPIENTS = List.of("QUAN-NGOQUYEN", "HUYEN-THUYNGUYEN", "SO-TTTT", "SO-NV");

    private record S(
            String id, String at, String operator, String tech, double download, String place, String credited) {}

    // id, measured at, operator, technology, download, place, credited          in M? in H?
    private static final List<S> SAMPLES = List.of(
            new S("S01", "2024-11-01T00:00+07:00", "Viettel", "4G", 50, "PHUONG-MAYTO", null), // M (= from)
            new S("S02", "2024-10-31T23:59:59+07:00", "Viettel", "4G", 60, "PHUONG-MAYTO", null), // neither
            new S("S03", "2024-10-31T17:00Z", "Viettel", "4G", 30, "PHUONG-LACHTRAY", null), // M (= from, in UTC)
            new S("S04", "2024-11-15T00:00+07:00", "VinaPhone", "4G", 45, "PHUONG-LACHTRAY", null), // M, H (= from)
            new S("S05", "2024-11-14T23:59:59+07:00", "VinaPhone", "4G", 35, "XA-LAPLE", null), // M
            new S("S06", "2024-11-30T23:30+07:00", "Viettel", "5G", 300, "XA-LAPLE", null), // M, H (16:30Z)
            new S("S07", "2024-12-01T00:00+07:00", "Viettel", "5G", 200, "PHUONG-MAYTO", null), // H (= M's to)
            new S("S08", "2024-12-15T00:00+07:00", "MobiFone", "4G", 41, "PHUONG-MAYTO", null), // neither (= H's to)
            new S("S09", "2024-12-14T23:59:59+07:00", "MobiFone", "4G", 39, "QUAN-NGOQUYEN", null), // H
            new S("S10", "2024-11-10T09:00+07:00", "Viettel", "4G", 40, "PHUONG-MAYTO", "SO-TTTT"), // M
            new S("S11", "2024-11-20T10:00+07:00", "Viettel", "4G", 70, "PHUONG-MAYTO", "QUAN-NGOQUYEN"), // M, H
            new S("S12", "2024-11-20T11:00+07:00", "VinaPhone", "4G", 20, "HUYEN-THUYNGUYEN", null), // M, H
            new S("S13", "2024-11-21T08:00+07:00", "MobiFone", "4G", 44, "PHUONG-LACHTRAY", "SO-TTTT"), // M, H
            new S("S14", "2024-11-22T08:00+07:00", "MobiFone", "4G", 38, "XA-LAPLE", "HUYEN-THUYNGUYEN"), // M, H
            new S("S15", "2024-11-25T14:00+07:00", "Vietnamobile", "4G", 25, "XA-LAPLE", null), // M, H
            new S("S16", "2024-11-25T15:00+07:00", "Vietnamobile", "4G", 31, "PHUONG-MAYTO", null), // M, H
            new S("S17", "2024-11-05T12:00+07:00", "Viettel", "4G", 80, "QUAN-NGOQUYEN", null), // M
            new S("S18", "2024-11-30T16:30Z", "Viettel", "5G", 250, "PHUONG-LACHTRAY", null), // M, H (= S06's time)
            new S("S19", "2024-11-30T17:30Z", "Viettel", "4G", 90, "PHUONG-LACHTRAY", null), // H (Dec 1 00:30 +07)
            new S("S20", "2024-11-12T10:00+07:00", "VinaPhone", "5G", 180, "XA-LAPLE", "SO-TTTT")); // M

    private static Map<Db, Connection> CONNECTIONS;

    @BeforeAll
    static void load() throws SQLException {
        CONNECTIONS = SampleDatabases.open("figures", MonthlyFiguresIT::insert);
    }

    @AfterAll
    static void close() throws SQLException {
        SampleDatabases.close(CONNECTIONS);
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void calendarMonthCountsPerUnitCreditedFirstThenPlaceRolledUpTheChart(Db db) throws SQLException {
        // M holds 15 samples. Own: MAYTO S01 S16; LACHTRAY S03 S04 S18; XA-LAPLE S05 S06 S15;
        // SO-TTTT S10 S13 S20 (credited, measured in wards); QUAN-NGOQUYEN S11 (credited) S17 (place);
        // HUYEN-THUYNGUYEN S12 (place) S14 (credited). Totals: NGOQUYEN 2+2+3 = 7, THUYNGUYEN 2+3 = 5.
        assertThat(figures(db).samplesByUnit(NOV_1, DEC_1))
                .containsExactlyEntriesOf(units(
                        new UnitCount("HUYEN-THUYNGUYEN", 2, 5),
                        new UnitCount("PHUONG-LACHTRAY", 3, 3),
                        new UnitCount("PHUONG-MAYTO", 2, 2),
                        new UnitCount("QUAN-NGOQUYEN", 2, 7),
                        new UnitCount("SO-TTTT", 3, 3),
                        new UnitCount("UBND-HP", 0, 15),
                        new UnitCount("XA-LAPLE", 3, 3)));
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void fifteenthToFifteenthCountsPerUnit(Db db) throws SQLException {
        // H holds 12: S04 S06 S07 S09 S11..S16 S18 S19. Own: LACHTRAY S04 S18 S19; XA-LAPLE S06 S15;
        // MAYTO S07 S16; NGOQUYEN S09 S11; THUYNGUYEN S12 S14; SO-TTTT S13.
        assertThat(figures(db).samplesByUnit(NOV_15, DEC_15))
                .containsExactlyEntriesOf(units(
                        new UnitCount("HUYEN-THUYNGUYEN", 2, 4),
                        new UnitCount("PHUONG-LACHTRAY", 3, 3),
                        new UnitCount("PHUONG-MAYTO", 2, 2),
                        new UnitCount("QUAN-NGOQUYEN", 2, 7),
                        new UnitCount("SO-TTTT", 1, 1),
                        new UnitCount("UBND-HP", 0, 12),
                        new UnitCount("XA-LAPLE", 2, 2)));
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void theSameWindowWrittenInUtcGivesTheSameCounts(Db db) throws SQLException {
        var figures = figures(db);
        assertThat(figures.samplesByUnit(at("2024-10-31T17:00Z"), at("2024-11-30T17:00Z")))
                .isEqualTo(figures.samplesByUnit(NOV_1, DEC_1));
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void perPlaceWhoeverTheSampleIsCreditedTo(Db db) throws SQLException {
        // M: MAYTO S01 S10 S11 S16; LACHTRAY S03 S04 S13 S18; XA-LAPLE S05 S06 S14 S15 S20;
        // NGOQUYEN S17; THUYNGUYEN S12.
        assertThat(figures(db).byPlace(NOV_1, DEC_1))
                .containsExactly(
                        new PlaceCount("HUYEN-THUYNGUYEN", 1),
                        new PlaceCount("PHUONG-LACHTRAY", 4),
                        new PlaceCount("PHUONG-MAYTO", 4),
                        new PlaceCount("QUAN-NGOQUYEN", 1),
                        new PlaceCount("XA-LAPLE", 5));
        // H: MAYTO S07 S11 S16; LACHTRAY S04 S13 S18 S19; XA-LAPLE S06 S14 S15; NGOQUYEN S09; THUYNGUYEN S12.
        assertThat(figures(db).byPlace(NOV_15, DEC_15))
                .containsExactly(
                        new PlaceCount("HUYEN-THUYNGUYEN", 1),
                        new PlaceCount("PHUONG-LACHTRAY", 4),
                        new PlaceCount("PHUONG-MAYTO", 3),
                        new PlaceCount("QUAN-NGOQUYEN", 1),
                        new PlaceCount("XA-LAPLE", 3));
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void calendarMonthPerOperatorAndTechnology(Db db) throws SQLException {
        List<OperatorFigure> figures = figures(db).byOperator(NOV_1, DEC_1);
        assertThat(figures)
                .extracting(f -> f.operator() + " " + f.technology())
                .containsExactly(
                        "MobiFone 4G", "Vietnamobile 4G", "Viettel 4G", "Viettel 5G", "VinaPhone 4G", "VinaPhone 5G");
        // MobiFone 4G: 44, 38 -> mean 41, median (38+44)/2 = 41, 1 of 2 at or above 40.
        expect(figures.get(0), 2, 41, 41, 0.5);
        // Vietnamobile 4G: 25, 31 -> 28, 28, none.
        expect(figures.get(1), 2, 28, 28, 0);
        // Viettel 4G: 30 40 50 70 80 -> mean 54, median 50, 4 of 5 (40 itself counts).
        expect(figures.get(2), 5, 54, 50, 0.8);
        // Viettel 5G: 300, 250 (the same instant, written in two offsets) -> 275, 275, all.
        expect(figures.get(3), 2, 275, 275, 1);
        // VinaPhone 4G: 20 35 45 -> 33.33, median 35, 1 of 3.
        expect(figures.get(4), 3, 100.0 / 3, 35, 1.0 / 3);
        // VinaPhone 5G: 180.
        expect(figures.get(5), 1, 180, 180, 1);
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void fifteenthToFifteenthPerOperatorAndTechnology(Db db) throws SQLException {
        List<OperatorFigure> figures = figures(db).byOperator(NOV_15, DEC_15);
        assertThat(figures)
                .extracting(f -> f.operator() + " " + f.technology())
                .containsExactly("MobiFone 4G", "Vietnamobile 4G", "Viettel 4G", "Viettel 5G", "VinaPhone 4G");
        // MobiFone 4G: 39 44 38 -> 40.33, median 39, 1 of 3.
        expect(figures.get(0), 3, 121.0 / 3, 39, 1.0 / 3);
        expect(figures.get(1), 2, 28, 28, 0);
        // Viettel 4G: 70 90.
        expect(figures.get(2), 2, 80, 80, 1);
        // Viettel 5G: 300 200 250.
        expect(figures.get(3), 3, 250, 250, 1);
        // VinaPhone 4G: 45 20.
        expect(figures.get(4), 2, 32.5, 32.5, 0.5);
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void theThresholdIsASetting(Db db) throws SQLException {
        // Viettel 4G in M at or above 50: 50 70 80.
        OperatorFigure viettel4g = figures(db).byOperator(NOV_1, DEC_1, 50).get(2);
        assertThat(viettel4g.operator()).isEqualTo("Viettel");
        assertThat(viettel4g.shareAtOrAbove()).isCloseTo(0.6, within(1e-9));
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void recipientsAgainstTheTargetAndWhomToRemind(Db db) throws SQLException {
        var figures = figures(db);
        // M totals: NGOQUYEN 7, THUYNGUYEN 5 (exactly the target: meets it), SO-TTTT 3, SO-NV none at all.
        assertThat(figures.unitsAgainstTarget(NOV_1, DEC_1, RECIPIENTS, 5))
                .containsExactly(
                        new UnitTarget("QUAN-NGOQUYEN", 7, 5, true),
                        new UnitTarget("HUYEN-THUYNGUYEN", 5, 5, true),
                        new UnitTarget("SO-TTTT", 3, 5, false),
                        new UnitTarget("SO-NV", 0, 5, false));
        assertThat(figures.shortfalls(NOV_1, DEC_1, RECIPIENTS, 5))
                .containsExactly(new Shortfall("SO-TTTT", 3, 2), new Shortfall("SO-NV", 0, 5));
        // H totals: 7, 4, 1, 0.
        assertThat(figures.shortfalls(NOV_15, DEC_15, RECIPIENTS, 5))
                .containsExactly(
                        new Shortfall("HUYEN-THUYNGUYEN", 4, 1),
                        new Shortfall("SO-TTTT", 1, 4),
                        new Shortfall("SO-NV", 0, 5));
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void allFiguresAtOnceAgreeWithTheSingleQueries(Db db) throws SQLException {
        var figures = figures(db);
        var all = figures.compute(NOV_15, DEC_15, MonthlyFigures.DEFAULT_THRESHOLD_MBPS);
        assertThat(all.units()).isEqualTo(figures.samplesByUnit(NOV_15, DEC_15));
        assertThat(all.places()).isEqualTo(figures.byPlace(NOV_15, DEC_15));
        assertThat(all.operators()).isEqualTo(figures.byOperator(NOV_15, DEC_15));
        assertThat(all.shortfalls(RECIPIENTS, 5)).isEqualTo(figures.shortfalls(NOV_15, DEC_15, RECIPIENTS, 5));
        assertThat(all.unitsAgainstTarget(RECIPIENTS, 7))
                .extracting(UnitTarget::meetsTarget)
                .containsExactly(true, false, false, false);
    }

    /**
     * Day figures against the samples themselves, on 3,000 seeded random samples of March 2025
     * (fractional speeds, ties, both edges of every window), stored as a second import whose day
     * figures are merged into those already there ({@link SampleDays#addImport}).
     */
    @ParameterizedTest
    @EnumSource(Db.class)
    void dayFiguresGiveWhatTheSamplesGive(Db db) throws SQLException {
        Connection c = CONNECTIONS.get(db);
        insertRandom(c);
        var fromDays = figures(db);
        var fromSamples = new MonthlyFigures(c, PARENT::get, false);
        OffsetDateTime mar1 = at("2025-03-01T00:00+07:00");
        OffsetDateTime apr1 = at("2025-04-01T00:00+07:00");
        OffsetDateTime mar15 = at("2025-03-15T00:00+07:00");
        OffsetDateTime apr15 = at("2025-04-15T00:00+07:00");
        for (OffsetDateTime[] window : new OffsetDateTime[][] {{mar1, apr1}, {mar15, apr15}, {NOV_1, apr1}}) {
            for (double threshold : new double[] {40, 40.5, 0, 1000}) {
                var days = fromDays.compute(window[0], window[1], threshold);
                var samples = fromSamples.compute(window[0], window[1], threshold);
                assertThat(days.units()).isEqualTo(samples.units());
                assertThat(days.places()).isEqualTo(samples.places());
                assertThat(days.operators()).hasSameSizeAs(samples.operators());
                for (int i = 0; i < days.operators().size(); i++) {
                    OperatorFigure expected = samples.operators().get(i);
                    OperatorFigure actual = days.operators().get(i);
                    assertThat(actual.operator()).isEqualTo(expected.operator());
                    assertThat(actual.technology()).isEqualTo(expected.technology());
                    expect(
                            actual,
                            expected.count(),
                            expected.meanDownload(),
                            expected.medianDownload(),
                            expected.shareAtOrAbove());
                }
            }
        }
        // A window off local midnight is counted from the samples: here it leaves out the first half-day.
        assertThat(fromDays.compute(mar1.plusHours(12), apr1, 40).units())
                .isEqualTo(fromSamples.compute(mar1.plusHours(12), apr1, 40).units())
                .isNotEqualTo(fromSamples.compute(mar1, apr1, 40).units());
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void anEmptyWindowHasNoFiguresAndAnUpsideDownOneIsRefused(Db db) throws SQLException {
        var figures = figures(db);
        OffsetDateTime jan1 = at("2025-01-01T00:00+07:00");
        OffsetDateTime feb1 = at("2025-02-01T00:00+07:00");
        assertThat(figures.samplesByUnit(jan1, feb1)).isEmpty();
        assertThat(figures.byOperator(jan1, feb1)).isEmpty();
        assertThat(figures.shortfalls(jan1, feb1, List.of("SO-TTTT"), 300))
                .containsExactly(new Shortfall("SO-TTTT", 0, 300));
        assertThatThrownBy(() -> figures.samplesByUnit(feb1, jan1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static MonthlyFigures figures(Db db) {
        return new MonthlyFigures(CONNECTIONS.get(db), PARENT::get);
    }

    private static void expect(OperatorFigure figure, long count, double mean, double median, double share) {
        assertThat(figure.count()).as(figure + " count").isEqualTo(count);
        assertThat(figure.meanDownload()).as(figure + " mean").isCloseTo(mean, within(1e-9));
        assertThat(figure.medianDownload()).as(figure + " median").isCloseTo(median, within(1e-9));
        assertThat(figure.shareAtOrAbove()).as(figure + " share").isCloseTo(share, within(1e-9));
    }

    private static Map<String, UnitCount> units(UnitCount... counts) {
        return List.of(counts).stream()
                .collect(Collectors.toMap(UnitCount::unitCode, c -> c, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static void insert(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO dh_sample_import (id, file_name, file_sha256,"
                + " format, imported_by, imported_at, rows_read, rows_stored, rows_known, rows_refused)"
                + " VALUES ('imp-1', 'thang11.csv', ?, 'csv', 'dic-officer', ?, 20, 20, 0, 0)")) {
            s.setString(1, "0".repeat(64));
            s.setObject(2, at("2024-12-16T08:00+07:00"));
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

    private static void insertRandom(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO dh_sample_import (id, file_name, file_sha256, format, imported_by, imported_at,"
                    + " rows_read, rows_stored, rows_known, rows_refused) VALUES ('imp-2', 'thang3.csv', '"
                    + "1".repeat(64) + "', 'csv', 'dic-officer', CURRENT_TIMESTAMP, 3000, 3000, 0, 0)");
        }
        var random = new java.util.Random(42);
        List<String> places = List.of("PHUONG-MAYTO", "PHUONG-LACHTRAY", "XA-LAPLE", "QUAN-NGOQUYEN");
        List<String> operators = List.of("Viettel", "VinaPhone", "MobiFone");
        OffsetDateTime start = at("2025-02-28T12:00+07:00");
        try (PreparedStatement s = c.prepareStatement("INSERT INTO dh_sample (sample_id, measured_at,"
                + " operator_name, technology, download_mbps, upload_mbps, ping_ms, jitter_ms, place_code,"
                + " credited_unit, import_id) VALUES (?, ?, ?, ?, ?, 10, 30, 5, ?, ?, 'imp-2')")) {
            for (int i = 0; i < 3000; i++) {
                s.setString(1, "R" + i);
                // Minutes, so that some land exactly on a midnight; from Feb 28 noon to Apr 16.
                s.setObject(
                        2,
                        start.plusMinutes(random.nextInt(47 * 24 * 60))
                                .withOffsetSameInstant(
                                        i % 3 == 0 ? java.time.ZoneOffset.UTC : java.time.ZoneOffset.ofHours(7)));
                s.setString(3, operators.get(random.nextInt(operators.size())));
                s.setString(4, random.nextInt(4) == 0 ? "5G" : "4G");
                // Hundredths, often on a whole Mbps or on the 40.5 threshold: ties and bucket edges.
                double download = random.nextInt(3) == 0 ? 30 + random.nextInt(21) : random.nextInt(9000) / 100.0;
                s.setDouble(5, i % 50 == 0 ? 40.5 : download);
                s.setString(6, places.get(random.nextInt(places.size())));
                s.setString(7, random.nextInt(5) == 0 ? "SO-TTTT" : null);
                s.addBatch();
            }
            s.executeBatch();
        }
        new SampleDays().addImport(c, "imp-2");
    }

    private static OffsetDateTime at(String text) {
        return OffsetDateTime.parse(text);
    }
}
