package vn.dieuhanh.ispeed.control;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.dieuhanh.ispeed.boundary.RowProblem;

/**
 * Stores an import's samples, refused rows and counts on the caller's connection, inside the
 * caller's transaction: nothing here commits or rolls back, so a failed import leaves nothing.
 *
 * <p>The order is the foreign keys': {@link #recordImport}, then {@link #begin} … {@link
 * Stager#finish()}, then {@link #recordProblems} and {@link #recordCounts}.
 */
public final class SampleStore {

    static final int BATCH = 1000;

    private static final String STAGING_COLUMNS = "import_id, row_no, sample_id, measured_at, operator_name,"
            + " technology, download_mbps, upload_mbps, ping_ms, jitter_ms, place_code, credited_unit";
    static final String SAMPLE_COLUMNS = "sample_id, measured_at, operator_name, technology,"
            + " download_mbps, upload_mbps, ping_ms, jitter_ms, place_code, credited_unit";

    /** The import, with zero counts; first, as samples and refused rows refer to it. */
    public void recordImport(Connection connection, ImportRecord record) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO dh_sample_import (id, file_name,"
                + " file_sha256, format, imported_by, imported_at, rows_read, rows_stored, rows_known,"
                + " rows_refused) VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0, 0)")) {
            s.setString(1, record.id());
            s.setString(2, cut(record.fileName(), 300));
            s.setString(3, record.fileSha256());
            s.setString(4, record.format().name());
            s.setString(5, cut(record.importedBy(), 100));
            s.setObject(6, record.importedAt());
            s.executeUpdate();
        }
    }

    /** The import's counts, once known. */
    public void recordCounts(
            Connection connection, String importId, int rowsRead, int rowsStored, int rowsKnown, int rowsRefused)
            throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("UPDATE dh_sample_import SET rows_read = ?,"
                + " rows_stored = ?, rows_known = ?, rows_refused = ? WHERE id = ?")) {
            s.setInt(1, rowsRead);
            s.setInt(2, rowsStored);
            s.setInt(3, rowsKnown);
            s.setInt(4, rowsRefused);
            s.setString(5, importId);
            if (s.executeUpdate() != 1) {
                throw new SQLException("no import " + importId);
            }
        }
    }

    /** The refused rows, as the error report lists them (values cut to 200, reasons to 300). */
    public void recordProblems(Connection connection, String importId, Iterable<RowProblem> problems)
            throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO dh_sample_import_error (import_id,"
                + " row_no, column_name, cell_value, reason) VALUES (?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (RowProblem p : problems) {
                s.setString(1, importId);
                s.setInt(2, p.rowNumber());
                s.setString(3, cut(visible(p.column()), 40));
                s.setString(4, cut(visible(p.value() == null ? "" : p.value()), 200));
                s.setString(5, cut(visible(p.reason()), 300));
                s.addBatch();
                if (++pending == BATCH) {
                    s.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                s.executeBatch();
            }
        }
    }

    /**
     * Starts staging an import's valid rows. On PostgreSQL they are streamed by COPY, and the
     * connection can do nothing else until {@link Stager#finish()} or {@link Stager#close()}.
     */
    public Stager begin(Connection connection, String importId) throws SQLException {
        Object copy = PostgresCopy.start(
                connection, "COPY dh_sample_staging (" + STAGING_COLUMNS + ") FROM STDIN WITH (FORMAT csv)");
        if (copy == null) {
            return new BatchStager(connection, importId);
        }
        try {
            return new CopyStager(connection, importId, copy);
        } catch (IOException e) {
            PostgresCopy.cancel(copy);
            throw new SQLException("COPY failed", e);
        }
    }

    /** A database failure while staging, where a {@code Consumer<SampleRow>} cannot throw SQLException. */
    public static final class StoreFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StoreFailed(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Receives one import's valid rows, then moves them into {@code dh_sample}. */
    public abstract static sealed class Stager implements AutoCloseable {
        final Connection connection;
        final String importId;
        // In memory, not by a GROUP BY over the staging rows: that took 1.8 of a million-row
        // import's seconds on PostgreSQL. SampleReader refuses repeats already; this keeps a
        // repeated id from other callers away from the primary key.
        private final SampleIds ids = new SampleIds();
        private final List<RowProblem> duplicates = new ArrayList<>();
        int staged;
        boolean finished;

        Stager(Connection connection, String importId) {
            this.connection = connection;
            this.importId = importId;
        }

        /**
         * Stages one row (usable as the reader's {@code Consumer<SampleRow>}); a row repeating the
         * sample id of an earlier one is refused (see {@link StoreResult#duplicates()}).
         *
         * @throws StoreFailed if the database refuses it
         */
        public final void add(SampleRow row) {
            int first = ids.putIfAbsent(row.sampleId(), row.rowNumber());
            if (first != 0) {
                duplicates.add(new RowProblem(
                        row.rowNumber(),
                        "sample_id",
                        row.sampleId(),
                        "Trùng mã mẫu trong tệp (dòng " + first + "). / Duplicate sample id in the file (row " + first
                                + ")."));
                return;
            }
            stage(row);
            staged++;
        }

        abstract void stage(SampleRow row);

        /** Whether rows go by PostgreSQL's COPY rather than batched INSERTs. */
        public abstract boolean copies();

        abstract void endStaging() throws SQLException;

        /**
         * Stores the staged rows unless their id was imported before, and empties the staging table
         * of this import.
         */
        public StoreResult finish() throws SQLException {
            return finish(() -> {});
        }

        /** A step on the connection between staging and storing, where it is free again. */
        @FunctionalInterface
        public interface BeforeStoring {
            void run() throws SQLException;
        }

        /**
         * As {@link #finish()}, running {@code beforeStoring} once the staging has ended and before
         * anything is stored (where an import claims its file: {@code COPY} holds the connection
         * until then).
         */
        public StoreResult finish(BeforeStoring beforeStoring) throws SQLException {
            if (finished) {
                throw new IllegalStateException("finished already");
            }
            finished = true;
            endStaging();
            beforeStoring.run();
            int inserted;
            if (isPostgres(connection)) {
                // Known ids are skipped in the insert itself (ON CONFLICT, which also keeps a
                // concurrent import of the same ids from failing at commit): measured at 1,000,000
                // rows, the anti-join that H2 needs instead took 10 s against 6 s. The same
                // statement adds the day figures of what it stored.
                try (PreparedStatement s = connection.prepareStatement(SampleDays.POSTGRES_STORE)) {
                    s.setString(1, importId);
                    try (var rows = s.executeQuery()) {
                        rows.next();
                        inserted = rows.getInt(1);
                    }
                }
            } else {
                try (PreparedStatement s = connection.prepareStatement("INSERT INTO dh_sample (" + SAMPLE_COLUMNS
                        + ", import_id) SELECT " + SAMPLE_COLUMNS + ", import_id FROM dh_sample_staging s"
                        + " WHERE s.import_id = ?"
                        + " AND NOT EXISTS (SELECT 1 FROM dh_sample x WHERE x.sample_id = s.sample_id)")) {
                    s.setString(1, importId);
                    inserted = s.executeUpdate();
                }
                new SampleDays().addImport(connection, importId);
            }
            try (PreparedStatement s =
                    connection.prepareStatement("DELETE FROM dh_sample_staging WHERE import_id = ?")) {
                s.setString(1, importId);
                s.executeUpdate();
            }
            return new StoreResult(inserted, staged - inserted, List.copyOf(duplicates));
        }

        /** Abandons the staging if not finished (the caller then rolls back); a no-op after finish. */
        @Override
        public void close() throws SQLException {
            finished = true;
        }
    }

    private static final class BatchStager extends Stager {
        private final PreparedStatement insert;
        private int pending;

        BatchStager(Connection connection, String importId) throws SQLException {
            super(connection, importId);
            insert = connection.prepareStatement("INSERT INTO dh_sample_staging (" + STAGING_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }

        @Override
        public boolean copies() {
            return false;
        }

        @Override
        void stage(SampleRow row) {
            try {
                insert.setString(1, importId);
                insert.setInt(2, row.rowNumber());
                insert.setString(3, row.sampleId());
                insert.setObject(4, row.measuredAt());
                insert.setString(5, row.operator());
                insert.setString(6, row.technology());
                insert.setDouble(7, row.downloadMbps());
                insert.setDouble(8, row.uploadMbps());
                insert.setDouble(9, row.pingMs());
                insert.setDouble(10, row.jitterMs());
                insert.setString(11, row.placeCode());
                if (row.creditedUnit() == null) {
                    insert.setNull(12, Types.VARCHAR);
                } else {
                    insert.setString(12, row.creditedUnit());
                }
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            } catch (SQLException e) {
                throw new StoreFailed(e);
            }
        }

        @Override
        void endStaging() throws SQLException {
            try (insert) {
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        }

        @Override
        public void close() throws SQLException {
            if (!finished) {
                insert.close();
            }
            super.close();
        }
    }

    private static final class CopyStager extends Stager {
        private final Object copy;
        private final CSVPrinter printer;

        CopyStager(Connection connection, String importId, Object copy) throws IOException {
            super(connection, importId);
            this.copy = copy;
            // PostgreSQL's CSV: every non-null value quoted, an unquoted empty field is NULL.
            this.printer = new CSVPrinter(
                    new BufferedWriter(new OutputStreamWriter(new CopyStream(copy), StandardCharsets.UTF_8), 1 << 16),
                    CSVFormat.POSTGRESQL_CSV);
        }

        @Override
        public boolean copies() {
            return true;
        }

        @Override
        void stage(SampleRow row) {
            try {
                printer.printRecord(
                        importId,
                        Integer.toString(row.rowNumber()),
                        row.sampleId(),
                        row.measuredAt().toString(),
                        row.operator(),
                        row.technology(),
                        Double.toString(row.downloadMbps()),
                        Double.toString(row.uploadMbps()),
                        Double.toString(row.pingMs()),
                        Double.toString(row.jitterMs()),
                        row.placeCode(),
                        row.creditedUnit());
            } catch (IOException e) {
                throw new StoreFailed(e);
            } catch (UncheckedIOException e) {
                throw new StoreFailed(e.getCause());
            }
        }

        @Override
        void endStaging() throws SQLException {
            try {
                printer.flush();
            } catch (IOException e) {
                PostgresCopy.cancel(copy);
                throw new SQLException("COPY failed", e);
            }
            PostgresCopy.end(copy);
        }

        @Override
        public void close() throws SQLException {
            if (!finished) {
                // Else the connection stays in COPY mode and cannot even roll back.
                PostgresCopy.cancel(copy);
            }
            super.close();
        }
    }

    /** Bytes of the COPY, in the chunks the printer's buffer hands over. */
    private static final class CopyStream extends OutputStream {
        private final Object copy;

        CopyStream(Object copy) {
            this.copy = copy;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                PostgresCopy.write(copy, bytes, offset, length);
            } catch (SQLException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
    }

    /**
     * PostgreSQL's COPY API, by reflection: the driver is the server's (not in this module's
     * classpath at compile time, nor in the EAR), and the connection may be a pool's wrapper, so it
     * is unwrapped to the driver's own {@code PGConnection}. Without the driver's classes visible,
     * staging falls back to batched INSERTs.
     */
    static final class PostgresCopy {
        private PostgresCopy() {}

        /** The driver's {@code CopyIn}, or null where COPY is not available. */
        static Object start(Connection connection, String sql) throws SQLException {
            if (!isPostgres(connection)) {
                return null;
            }
            Class<?> pgConnection = driverClass(connection);
            if (pgConnection == null || !connection.isWrapperFor(pgConnection)) {
                return null;
            }
            Object pg = connection.unwrap(pgConnection);
            try {
                Object manager = pgConnection.getMethod("getCopyAPI").invoke(pg);
                return manager.getClass().getMethod("copyIn", String.class).invoke(manager, sql);
            } catch (InvocationTargetException e) {
                throw sqlException(e);
            } catch (ReflectiveOperationException e) {
                return null;
            }
        }

        static void write(Object copy, byte[] bytes, int offset, int length) throws SQLException {
            call(copy, "writeToCopy", new Class<?>[] {byte[].class, int.class, int.class}, bytes, offset, length);
        }

        static void end(Object copy) throws SQLException {
            call(copy, "endCopy", new Class<?>[0]);
        }

        static void cancel(Object copy) throws SQLException {
            if (Boolean.TRUE.equals(call(copy, "isActive", new Class<?>[0]))) {
                call(copy, "cancelCopy", new Class<?>[0]);
            }
        }

        private static Object call(Object copy, String name, Class<?>[] types, Object... args) throws SQLException {
            try {
                return copyInterface(copy).getMethod(name, types).invoke(copy, args);
            } catch (InvocationTargetException e) {
                throw sqlException(e);
            } catch (ReflectiveOperationException e) {
                throw new SQLException("PostgreSQL COPY API: " + e, e);
            }
        }

        /** The public interface: the implementation class itself is not accessible. */
        private static Class<?> copyInterface(Object copy) throws ClassNotFoundException {
            return Class.forName(
                    "org.postgresql.copy.CopyIn", false, copy.getClass().getClassLoader());
        }

        private static Class<?> driverClass(Connection connection) {
            for (ClassLoader loader : new ClassLoader[] {
                Thread.currentThread().getContextClassLoader(),
                connection.getClass().getClassLoader(),
                SampleStore.class.getClassLoader()
            }) {
                try {
                    return Class.forName("org.postgresql.PGConnection", false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // try the next loader
                }
            }
            return null;
        }

        private static SQLException sqlException(InvocationTargetException e) {
            return e.getCause() instanceof SQLException s ? s : new SQLException(e.getCause());
        }
    }

    static boolean isPostgres(Connection connection) throws SQLException {
        return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
    }

    /**
     * A refused cell as the report can hold and show it: a control character (a NUL, which
     * PostgreSQL's text cannot hold at all) written as {@code \u0000}.
     */
    static String visible(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append(String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
