package vn.dieuhanh.ispeed.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.postgresql.PGConnection;
import vn.dieuhanh.demo.control.DemoSamples;
import vn.dieuhanh.demo.control.DemoSamples.DemoPlaces;
import vn.dieuhanh.identity.control.OrgChart;

/**
 * The month's figures over 1,000,000 demo samples on PostgreSQL: prints the times (a shared
 * machine's timings are not a test: they go to docs/benchmarks.md) and checks that what was timed
 * is right, so a fast wrong answer cannot pass for a result. Run with {@code -Dtest=MonthlyFiguresBenchmark}.
 */
// A -Dtest pattern that happens to match this class (vn.dieuhanh.ispeed.**) must not start a
// minute-long benchmark: it runs when named, or under the benchmarks profile (no -Dtest at all).
@DisabledIfSystemProperty(named = "test", matches = "^(?!.*Benchmark).*$")
class MonthlyFiguresBenchmark {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String DATABASE = "dieuhanh_figures_bench";
    private static final int ROWS = Integer.getInteger("figures.rows", 1_000_000);
    private static final int RUNS = 10;

    private static final OffsetDateTime NOV_1 = OffsetDateTime.parse("2024-11-01T00:00+07:00");
    private static final OffsetDateTime DEC_1 = OffsetDateTime.parse("2024-12-01T00:00+07:00");
    private static final OffsetDateTime NOV_15 = OffsetDateTime.parse("2024-11-15T00:00+07:00");
    private static final OffsetDateTime DEC_15 = OffsetDateTime.parse("2024-12-15T00:00+07:00");

    @Test
    void monthOfAMillionSamples() throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
        }
        OrgChart chart = OrgChart.read(Path.of("../app-ear/src/main/orgchart/haiphong-2024.yaml"));
        DemoPlaces demo = DemoPlaces.of(chart);
        Map<String, String> parents = new HashMap<>();
        chart.unitsTopDown().forEach(e -> parents.put(e.getKey().code(), e.getValue()));

        try (Connection c = DriverManager.getConnection(SERVER + DATABASE, "postgres", "")) {
            try (Statement s = c.createStatement()) {
                s.execute(new String(
                        getClass()
                                .getClassLoader()
                                .getResourceAsStream("db/migration/V4__measurements.sql")
                                .readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8));
                s.execute("INSERT INTO dh_sample_import VALUES ('bench', 'bench.csv', '" + "0".repeat(64)
                        + "', 'csv', 'bench', now(), " + ROWS + ", " + ROWS + ", 0, 0)");
                // The CSV carries no import id: this benchmark database only gives every row the same one.
                s.execute("ALTER TABLE dh_sample ALTER COLUMN import_id SET DEFAULT 'bench'");
            }
            long start = System.nanoTime();
            long copied = copy(c, demo);
            print("generate + COPY %,d rows: %,d ms", copied, millis(start));
            start = System.nanoTime();
            try (Statement s = c.createStatement()) {
                // The day figures of the copied samples, as the migration computes them for samples stored before it.
                s.execute(new String(
                        getClass()
                                .getClassLoader()
                                .getResourceAsStream("db/migration/V8__sample_day_figures.sql")
                                .readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
            print("day figures and speed index: %,d ms", millis(start));
            start = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM ANALYZE");
            }
            print("VACUUM ANALYZE: %,d ms", millis(start));

            MonthlyFigures figures = new MonthlyFigures(c, parents::get);
            time("calendar month, all figures", () -> figures.compute(NOV_1, DEC_1, 40));
            time("15th to 15th, all figures", () -> figures.compute(NOV_15, DEC_15, 40));
            time("calendar month, per unit only", () -> figures.samplesByUnit(NOV_1, DEC_1));
            time("calendar month, per operator only", () -> figures.byOperator(NOV_1, DEC_1));

            var month = figures.compute(NOV_1, DEC_1, 40);
            // What was timed must also be right: every sample of the month counted once, by
            // operator and by unit, as a plain count over the table says.
            assertThat(copied).isEqualTo(ROWS);
            long inNovember;
            try (Statement s = c.createStatement();
                    var rs = s.executeQuery("SELECT COUNT(*) FROM dh_sample WHERE measured_at >= '2024-11-01T00:00+07'"
                            + " AND measured_at < '2024-12-01T00:00+07'")) {
                rs.next();
                inNovember = rs.getLong(1);
            }
            assertThat(inNovember).isPositive();
            assertThat(month.operators().stream().mapToLong(f -> f.count()).sum())
                    .as("samples of the month, summed over operators")
                    .isEqualTo(inNovember);
            print(
                    "units: %d, places: %d, operator figures: %d",
                    month.units().size(),
                    month.places().size(),
                    month.operators().size());
            month.operators()
                    .forEach(f -> print(
                            "  %-13s %s %,8d mean %6.1f median %6.1f >=40: %4.1f%%",
                            f.operator(),
                            f.technology(),
                            f.count(),
                            f.meanDownload(),
                            f.medianDownload(),
                            100 * f.shareAtOrAbove()));
            print(
                    "  under 300 of the places: %s",
                    month.shortfalls(demo.places(), 300).size());
            explain(
                    c,
                    "SELECT place_code, credited_unit, COUNT(*) FROM dh_sample"
                            + " WHERE measured_at >= '2024-11-01T00:00+07' AND measured_at < '2024-12-01T00:00+07'"
                            + " GROUP BY place_code, credited_unit");
            explain(
                    c,
                    "SELECT operator_name, technology, COUNT(*), AVG(download_mbps),"
                            + " percentile_cont(0.5) WITHIN GROUP (ORDER BY download_mbps),"
                            + " SUM(CASE WHEN download_mbps >= 40 THEN 1 ELSE 0 END) FROM dh_sample"
                            + " WHERE measured_at >= '2024-11-01T00:00+07' AND measured_at < '2024-12-01T00:00+07'"
                            + " GROUP BY operator_name, technology");

            // For comparison only: the operators' sorts with enough memory not to spill to disk.
            try (Statement s = c.createStatement()) {
                s.execute("SET work_mem = '64MB'");
            }
            time("calendar month, all figures, work_mem 64MB", () -> figures.compute(NOV_1, DEC_1, 40));
        }
    }

    private static long copy(Connection c, DemoPlaces demo) throws Exception {
        PipedReader in = new PipedReader(1 << 16);
        PipedWriter out = new PipedWriter(in);
        CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
            try (out) {
                DemoSamples.writeCsv(
                        DemoSamples.generate(
                                20241101L,
                                demo.places(),
                                demo.districtOfPlace(),
                                demo.departments(),
                                NOV_1,
                                DEC_1,
                                ROWS),
                        out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        long rows = c.unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn(
                        "COPY dh_sample (sample_id, measured_at, operator_name, technology, download_mbps,"
                                + " upload_mbps, ping_ms, jitter_ms, place_code, credited_unit)"
                                + " FROM STDIN (FORMAT csv, HEADER true)",
                        in);
        writing.join();
        return rows;
    }

    private interface Figure {
        Object compute() throws SQLException;
    }

    private static void time(String what, Figure figure) throws SQLException {
        long start = System.nanoTime();
        figure.compute();
        double cold = (System.nanoTime() - start) / 1e6;
        List<Double> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            start = System.nanoTime();
            figure.compute();
            runs.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(runs);
        print(
                "%-45s first %7.1f ms, then min %7.1f / median %7.1f / max %7.1f ms (%d runs)",
                what, cold, runs.get(0), runs.get(RUNS / 2), runs.get(RUNS - 1), RUNS);
    }

    private static void explain(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet plan = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
            while (plan.next()) {
                print("    %s", plan.getString(1));
            }
        }
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void print(String format, Object... args) {
        System.out.println("[figures benchmark] " + String.format(Locale.ROOT, format, args));
    }
}
