package vn.dieuhanh.ispeed.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;

/**
 * The measurement tables on both databases the figures run on, an in-memory H2 (the demo's) and a
 * fresh schema of the PostgreSQL database the build prepares for the integration tests
 * (production's), each filled with a test's samples; the day figures are then computed as the V8
 * migration does for samples stored before it.
 */
final class SampleDatabases {

    enum Db {
        H2,
        POSTGRESQL
    }

    /** Puts a test's rows into one database. */
    interface Rows {
        void insert(Connection c) throws SQLException;
    }

    /**
     * The database the build creates before the integration tests (workflow/pom.xml, execution
     * {@code fresh-workflow-it-database}) and hands to Failsafe; the default is the same.
     */
    static final String PG_URL =
            System.getProperty("it.db.url", "jdbc:postgresql://127.0.0.1:5432/dieuhanh_workflow_it");

    static final String PG_USER = System.getProperty("it.db.user", "postgres");

    private SampleDatabases() {}

    /** Both databases, named after the test (H2 in memory; a PostgreSQL schema dropped and created again). */
    static Map<Db, Connection> open(String name, Rows rows) throws SQLException {
        Map<Db, Connection> connections = new EnumMap<>(Db.class);
        Connection h2 = DriverManager.getConnection("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
        try (Statement s = h2.createStatement()) {
            s.execute("RUNSCRIPT FROM 'classpath:db/migration/V4__measurements.sql'");
        }
        connections.put(Db.H2, h2);
        Connection pg = DriverManager.getConnection(freshSchema(name + "_test"), PG_USER, "");
        try (Statement s = pg.createStatement()) {
            s.execute(migration("V4__measurements.sql"));
        }
        connections.put(Db.POSTGRESQL, pg);
        for (Connection c : connections.values()) {
            rows.insert(c);
            try (Statement s = c.createStatement()) {
                s.execute(
                        c == h2
                                ? "RUNSCRIPT FROM 'classpath:db/migration/V8__sample_day_figures.sql'"
                                : migration("V8__sample_day_figures.sql"));
            }
        }
        return connections;
    }

    /**
     * A test's own schema in the prepared database, dropped and created again: the tests share the
     * database and never see each other's tables. Returns the URL of a connection that uses it.
     */
    static String freshSchema(String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, "");
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        }
        return PG_URL + "?currentSchema=" + schema;
    }

    static void close(Map<Db, Connection> connections) throws SQLException {
        for (Connection c : connections.values()) {
            c.close();
        }
    }

    /** A migration's SQL as PostgreSQL runs it (H2 reads it with RUNSCRIPT). */
    static String migration(String file) {
        try (var in = SampleDatabases.class.getClassLoader().getResourceAsStream("db/migration/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
