package vn.dieuhanh.ispeed.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dieuhanh.ispeed.boundary.RowProblem;
import vn.dieuhanh.ispeed.boundary.SampleFormat;

/**
 * The store on both databases it meets: H2 (batched INSERTs) and PostgreSQL (COPY; a schema of the
 * database the build prepares, see {@link SampleDatabases#PG_URL}), each with the tables exactly as
 * V4__measurements.sql creates them.
 */
class SampleStoreIT {

    private static String pgUrl;
    private static final String H2 = "jdbc:h2:mem:dieuhanh_sample_test;DB_CLOSE_DELAY=-1";
    private static final String[] TABLES = {
        "dh_sample_staging", "dh_sample_import_error", "dh_sample", "dh_sample_import"
    };

    /** Commas, quotes, a newline, Vietnamese: what the COPY lines must escape. */
    private static final String AWKWARD = "Gọi \"Tốt\", Hà Nội\nxuống dòng";

    private final SampleStore store = new SampleStore();

    @BeforeAll
    static void freshDatabases() throws Exception {
        pgUrl = SampleDatabases.freshSchema("sample_test");
        for (String db : List.of("h2", "postgresql")) {
            try (Connection c = connect(db);
                    Statement s = c.createStatement()) {
                for (String statement : migration()) {
                    s.execute(statement);
                }
                c.commit();
            }
        }
    }

    /** V4's and V8's statements, from the classpath as Flyway would find them. */
    private static List<String> migration() throws IOException {
        StringBuilder sql = new StringBuilder();
        for (String file : List.of("V4__measurements.sql", "V8__sample_day_figures.sql")) {
            try (InputStream in = SampleStoreIT.class.getResourceAsStream("/db/migration/" + file)) {
                sql.append(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .append('\n');
            }
        }
        String withoutComments = sql.toString()
                .lines()
                .filter(line -> !line.strip().startsWith("--"))
                .collect(Collectors.joining("\n"));
        List<String> statements = new ArrayList<>();
        for (String statement : withoutComments.split(";")) {
            if (!statement.isBlank()) {
                statements.add(statement.strip());
            }
        }
        return statements;
    }

    static Connection connect(String db) throws SQLException {
        Connection c = "h2".equals(db)
                ? DriverManager.getConnection(H2, "sa", "")
                : DriverManager.getConnection(pgUrl, SampleDatabases.PG_USER, "");
        c.setAutoCommit(false);
        return c;
    }

    @BeforeEach
    void emptyTables() throws SQLException {
        for (String db : List.of("h2", "postgresql")) {
            try (Connection c = connect(db);
                    Statement s = c.createStatement()) {
                for (String table : TABLES) {
                    s.execute("DELETE FROM " + table);
                }
                c.commit();
            }
        }
    }

    static SampleRow sample(int row, String id, String operator, String unit) {
        return new SampleRow(
                row,
                id,
                OffsetDateTime.parse("2024-11-20T08:15:00+07:00").plusMinutes(row),
                operator,
                "4G",
                45.5 + row,
                12.25,
                30,
                4.5,
                "HP-01",
                unit);
    }

    private static ImportRecord importRecord(String id) {
        return new ImportRecord(
                id,
                "ispeed-2024-11.csv",
                "0".repeat(64),
                SampleFormat.CSV,
                "ktv.hp",
                OffsetDateTime.parse("2024-12-01T09:00:00+07:00"));
    }

    /** One whole import of these rows, committed. */
    private StoreResult importRows(Connection c, String importId, List<SampleRow> rows) throws SQLException {
        store.recordImport(c, importRecord(importId));
        StoreResult result;
        try (SampleStore.Stager stager = store.begin(c, importId)) {
            rows.forEach(stager::add);
            result = stager.finish();
        }
        store.recordCounts(
                c,
                importId,
                rows.size(),
                result.stored(),
                result.known(),
                result.duplicates().size());
        c.commit();
        return result;
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void storesTheRowsAndAgainNothingButKnownOnes(String db) throws SQLException {
        try (Connection c = connect(db)) {
            StoreResult first = importRows(
                    c,
                    "imp-1",
                    List.of(
                            sample(1, "S1", "Viettel", null),
                            sample(2, "S2", AWKWARD, "UBND-HP"),
                            sample(3, "S3", "MobiFone", null)));
            assertThat(first).isEqualTo(new StoreResult(3, 0, List.of()));

            try (PreparedStatement s = c.prepareStatement("SELECT sample_id, measured_at, operator_name, technology,"
                            + " download_mbps, upload_mbps, ping_ms, jitter_ms, place_code, credited_unit, import_id FROM"
                            + " dh_sample WHERE sample_id = 'S2'");
                    ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                SampleRow expected = sample(2, "S2", AWKWARD, "UBND-HP");
                assertThat(r.getObject(2, OffsetDateTime.class).toInstant())
                        .isEqualTo(expected.measuredAt().toInstant());
                assertThat(r.getString(3)).isEqualTo(AWKWARD);
                assertThat(r.getDouble(5)).isEqualTo(47.5);
                assertThat(r.getDouble(6)).isEqualTo(12.25);
                assertThat(r.getString(10)).isEqualTo("UBND-HP");
                assertThat(r.getString(11)).isEqualTo("imp-1");
            }
            assertThat(count(c, "SELECT COUNT(*) FROM dh_sample WHERE credited_unit IS NULL"))
                    .isEqualTo(2);
            assertThat(count(c, "SELECT COUNT(*) FROM dh_sample_staging")).isZero();

            StoreResult again = importRows(
                    c,
                    "imp-2",
                    List.of(
                            sample(1, "S2", "Viettel", null),
                            sample(2, "S3", "Viettel", null),
                            sample(3, "S4", "Viettel", null)));
            assertThat(again).isEqualTo(new StoreResult(1, 2, List.of()));
            assertThat(count(c, "SELECT COUNT(*) FROM dh_sample")).isEqualTo(4);
            assertThat(count(c, "SELECT COUNT(*) FROM dh_sample WHERE import_id = 'imp-2'"))
                    .isEqualTo(1);
            assertThat(count(c, "SELECT rows_known FROM dh_sample_import WHERE id = 'imp-2'"))
                    .isEqualTo(2);
            assertThat(count(c, "SELECT COUNT(*) FROM dh_sample_staging")).isZero();

            // The day figures count what was stored, once: the known ids of imp-2 added nothing.
            assertThat(count(c, "SELECT SUM(samples) FROM dh_sample_day_place")).isEqualTo(4);
            assertThat(count(c, "SELECT SUM(samples) FROM dh_sample_day_speed")).isEqualTo(4);
            assertThat(count(
                            c,
                            "SELECT samples FROM dh_sample_day_place WHERE credited_unit = ''"
                                    + " AND place_code = 'HP-01'"))
                    .isEqualTo(3);
            assertThat(count(c, "SELECT SUM(samples) FROM dh_sample_day_speed WHERE operator_name = 'Viettel'"))
                    .isEqualTo(2);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aRollbackLeavesNothing(String db) throws SQLException {
        try (Connection c = connect(db)) {
            store.recordImport(c, importRecord("imp-r"));
            try (SampleStore.Stager stager = store.begin(c, "imp-r")) {
                stager.add(sample(1, "S1", "Viettel", null));
                stager.add(sample(2, "S2", AWKWARD, null));
                assertThat(stager.finish().stored()).isEqualTo(2);
            }
            store.recordProblems(c, "imp-r", List.of(new RowProblem(3, "download_mbps", "-5", "x")));
            store.recordCounts(c, "imp-r", 3, 2, 0, 1);
            c.rollback();
            for (String table : TABLES) {
                assertThat(count(c, "SELECT COUNT(*) FROM " + table)).as(table).isZero();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void duplicatesWithinOneImportAreRefusedByTheStagerToo(String db) throws SQLException {
        try (Connection c = connect(db)) {
            StoreResult result = importRows(
                    c,
                    "imp-d",
                    List.of(
                            sample(1, "S1", "Viettel", null),
                            sample(2, "S2", "Viettel", null),
                            sample(5, "S1", "MobiFone", null),
                            sample(7, "S1", "MobiFone", null)));
            assertThat(result.stored()).isEqualTo(2);
            assertThat(result.known()).isZero();
            assertThat(result.duplicates())
                    .extracting(RowProblem::rowNumber, RowProblem::column, RowProblem::value)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(5, "sample_id", "S1"),
                            org.assertj.core.groups.Tuple.tuple(7, "sample_id", "S1"));
            assertThat(result.duplicates().get(0).reason()).contains("(row 1)");
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT operator_name FROM dh_sample WHERE sample_id = 'S1'")) {
                r.next();
                assertThat(r.getString(1)).as("the first row wins").isEqualTo("Viettel");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void refusedRowsAndCountsAreRecorded(String db) throws SQLException {
        try (Connection c = connect(db)) {
            store.recordImport(c, importRecord("imp-e"));
            List<RowProblem> problems = new ArrayList<>();
            for (int i = 1; i <= 2500; i++) {
                problems.add(new RowProblem(i, "operator", "=x".repeat(150), "r".repeat(400)));
            }
            store.recordProblems(c, "imp-e", problems);
            store.recordCounts(c, "imp-e", 2600, 100, 0, 2500);
            c.commit();
            assertThat(count(c, "SELECT COUNT(*) FROM dh_sample_import_error WHERE import_id = 'imp-e'"))
                    .isEqualTo(2500);
            assertThat(count(c, "SELECT MAX(LENGTH(cell_value)) FROM dh_sample_import_error"))
                    .isEqualTo(200);
            assertThat(count(c, "SELECT MAX(LENGTH(reason)) FROM dh_sample_import_error"))
                    .isEqualTo(300);
            assertThat(count(c, "SELECT rows_refused FROM dh_sample_import WHERE id = 'imp-e'"))
                    .isEqualTo(2500);
        }
    }

    @Test
    void postgresqlStagesByCopyAndH2ByBatches() throws SQLException {
        try (Connection pg = connect("postgresql");
                Connection h2 = connect("h2");
                SampleStore.Stager copy = store.begin(pg, "x");
                SampleStore.Stager batches = store.begin(h2, "x")) {
            assertThat(copy.copies()).isTrue();
            assertThat(batches.copies()).isFalse();
        }
    }

    @Test
    void anAbandonedCopyLeavesTheConnectionUsable() throws SQLException {
        try (Connection c = connect("postgresql")) {
            store.recordImport(c, importRecord("imp-a"));
            try (SampleStore.Stager stager = store.begin(c, "imp-a")) {
                stager.add(sample(1, "S1", AWKWARD, null));
                // The reader rejected the file here: no finish().
            }
            c.rollback();
            assertThat(count(c, "SELECT COUNT(*) FROM dh_sample_import")).isZero();
        }
    }
}
