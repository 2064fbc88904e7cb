package vn.dieuhanh.ispeed.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dieuhanh.demo.control.DemoSamples;
import vn.dieuhanh.identity.control.OrgChart;
import vn.dieuhanh.ispeed.boundary.SampleFormat;

/**
 * The measurement figures of docs/benchmarks.md: {@code mvn -pl workflow -am -Pbenchmarks test
 * -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. One million demo samples
 * (one month, the demo chart's places) written to a CSV file; our import of that file into a
 * fresh PostgreSQL database (streamed, validated, attributed, stored by COPY) in one transaction;
 * one month's figures; and DuckDB computing the same figures from the same file, in the same
 * run. Figures are printed and written to workflow/target/measurement-benchmarks.md.
 */
class ImportBenchmark {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String DATABASE = "dieuhanh_import_bench";
    private static final int ROWS = Integer.getInteger("bench.rows", 1_000_000);
    private static final OffsetDateTime FROM = OffsetDateTime.parse("2024-11-01T00:00+07:00");
    private static final OffsetDateTime TO = OffsetDateTime.parse("2024-12-01T00:00+07:00");

    @Test
    void importAndFigures() throws Exception {
        Path chart = Path.of("../app-ear/src/main/orgchart/haiphong-2024.yaml");
        DemoSamples.DemoPlaces demo = DemoSamples.DemoPlaces.of(OrgChart.read(chart));
        Map<String, String> parents = new HashMap<>();
        OrgChart.read(chart).unitsTopDown().forEach(e -> parents.put(e.getKey().code(), e.getValue()));
        Path csv = Files.createTempFile("ispeed-", ".csv");
        long start = System.nanoTime();
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            DemoSamples.writeCsv(
                    DemoSamples.generate(7, demo.places(), demo.districtOfPlace(), demo.departments(), FROM, TO, ROWS),
                    out);
        }
        System.out.printf(
                "Generated %,d rows, %.1f MB, in %.1f s%n",
                ROWS, Files.size(csv) / 1e6, (System.nanoTime() - start) / 1e9);

        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
        }
        List<String> rows = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(SERVER + DATABASE, "postgres", "")) {
            for (String file : List.of("V4__measurements.sql", "V8__sample_day_figures.sql")) {
                try (Statement s = db.createStatement();
                        InputStream migration = getClass().getResourceAsStream("/db/migration/" + file)) {
                    s.execute(new String(migration.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            db.setAutoCommit(false);

            // Our import: read, check, attribute (place and unit codes against the chart), COPY, insert.
            String importId = UUID.randomUUID().toString();
            ImportRules rules =
                    ImportRules.of(FROM.minusDays(1), TO.plusDays(1), parents::containsKey, parents::containsKey);
            SampleStore store = new SampleStore();
            long t0 = System.nanoTime();
            store.recordImport(
                    db, new ImportRecord(importId, "bench.csv", "", SampleFormat.CSV, "bench", OffsetDateTime.now()));
            ReadSummary read;
            StoreResult stored;
            try (InputStream in = Files.newInputStream(csv);
                    SampleStore.Stager stager = store.begin(db, importId)) {
                read = new SampleReader().read(in, SampleFormat.CSV, rules, stager::add, p -> {});
                stored = stager.finish();
            }
            db.commit();
            double importSeconds = (System.nanoTime() - t0) / 1e9;
            assertThat(stored.stored()).isEqualTo(read.rowsValid());
            rows.add(row(
                    "Import 1,000,000 rows (read, check, COPY, store; one transaction)",
                    "<= 5 s",
                    String.format(Locale.ROOT, "%.2f s", importSeconds)));
            System.out.println(rows.get(0));
            db.setAutoCommit(true);
            try (Statement s = db.createStatement()) {
                s.execute("VACUUM ANALYZE");
            }

            MonthlyFigures figures = new MonthlyFigures(db, parents::get);
            double[] ms = new double[7];
            for (int i = 0; i < ms.length; i++) {
                long t = System.nanoTime();
                figures.compute(FROM, TO, 40.0);
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            rows.add(row(
                    "One month's figures (units, operators with median, places)",
                    "<= 150 ms",
                    String.format(
                            Locale.ROOT, "median %.0f ms of %d (min %.0f)", ms[ms.length / 2], ms.length, ms[0])));
            double ourFigures = ms[ms.length / 2];

            // DuckDB, same file, same figures: straight from the CSV, and loaded first.
            try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                    Statement d = duck.createStatement()) {
                String file = csv.toAbsolutePath().toString().replace("'", "''");
                String byUnit = "SELECT coalesce(credited_unit, place_code) AS unit, count(*) FROM %s"
                        + " WHERE measured_at >= TIMESTAMPTZ '2024-11-01 00:00:00+07'"
                        + " AND measured_at < TIMESTAMPTZ '2024-12-01 00:00:00+07' GROUP BY 1";
                String byOperator = "SELECT operator, technology, count(*), avg(download_mbps), median(download_mbps),"
                        + " avg(CASE WHEN download_mbps >= 40 THEN 1 ELSE 0 END) FROM %s"
                        + " WHERE measured_at >= TIMESTAMPTZ '2024-11-01 00:00:00+07'"
                        + " AND measured_at < TIMESTAMPTZ '2024-12-01 00:00:00+07' GROUP BY 1, 2";
                String source = "read_csv('" + file + "', header = true)";
                long t = System.nanoTime();
                consume(d, String.format(byUnit, source));
                consume(d, String.format(byOperator, source));
                double fromCsv = (System.nanoTime() - t) / 1e6;
                t = System.nanoTime();
                d.execute("CREATE TABLE s AS SELECT * FROM " + source);
                double load = (System.nanoTime() - t) / 1e6;
                double[] dms = new double[7];
                for (int i = 0; i < dms.length; i++) {
                    long u = System.nanoTime();
                    consume(d, String.format(byUnit, "s"));
                    consume(d, String.format(byOperator, "s"));
                    dms[i] = (System.nanoTime() - u) / 1e6;
                }
                Arrays.sort(dms);
                double duckFigures = dms[dms.length / 2];
                rows.add(row(
                        "DuckDB: the same figures straight from the CSV",
                        "-",
                        String.format(Locale.ROOT, "%.0f ms", fromCsv)));
                rows.add(row(
                        "DuckDB: load the CSV / then the figures",
                        "-",
                        String.format(Locale.ROOT, "%.0f ms / median %.0f ms", load, duckFigures)));
                rows.add(row(
                        "Ratio: our import / DuckDB load",
                        "-",
                        String.format(Locale.ROOT, "%.1fx", importSeconds * 1000 / load)));
                rows.add(row(
                        "Ratio: our figures / DuckDB figures (loaded)",
                        "-",
                        String.format(Locale.ROOT, "%.1fx", ourFigures / duckFigures)));
            }
        }
        String table = "| what | target | measured |\n|---|---|---|\n" + String.join("\n", rows) + "\n";
        System.out.print(table);
        Path out = Path.of("target", "measurement-benchmarks.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table, StandardCharsets.UTF_8);
        Files.deleteIfExists(csv);
    }

    private static String row(String what, String target, String measured) {
        return "| " + what + " | " + target + " | " + measured + " |";
    }

    private static void consume(Statement statement, String sql) throws Exception {
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                rows.getObject(1);
            }
        }
    }
}
