package vn.dieuhanh.ispeed.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneId;
import vn.dieuhanh.platform.boundary.CityTime;

/**
 * Keeps the day figures ({@code dh_sample_day_place}, {@code dh_sample_day_speed}) in step with
 * the samples, in the caller's transaction. An import adds the day figures of the samples it
 * stored; nothing else writes samples. On PostgreSQL {@link SampleStore} does it in the very
 * statement that stores the samples ({@link #POSTGRES_STORE}); elsewhere {@link #addImport} reads
 * the import's samples back.
 */
public final class SampleDays {

    /** Days are local days here: reporting periods run from one local midnight to another. */
    public static final ZoneId ZONE = CityTime.ZONE;

    /**
     * The local day of {@code measured_at}, written so that H2 and PostgreSQL agree: H2 casts a
     * time with offset to a date in the session's zone, not the value's, so the date is taken from
     * the text of the local time (PostgreSQL's driver always asks for ISO dates).
     */
    static final String DAY =
            "CAST(LEFT(CAST(measured_at AT TIME ZONE '" + ZONE.getId() + "' AS VARCHAR), 10) AS DATE)";

    private static final String BUCKET = "CAST(FLOOR(download_mbps) AS INTEGER)";

    /**
     * Stores the staged rows of one import ({@code ?}) whose id is new, adds their day figures and
     * answers how many were stored: one statement, so the stored rows are never read twice. The
     * day groups go in key order, so that two imports touching the same days lock them alike.
     */
    static final String POSTGRES_STORE = "WITH ins AS (INSERT INTO dh_sample (" + SampleStore.SAMPLE_COLUMNS
            + ", import_id) SELECT " + SampleStore.SAMPLE_COLUMNS + ", import_id FROM dh_sample_staging"
            + " WHERE import_id = ? ON CONFLICT (sample_id) DO NOTHING"
            + " RETURNING measured_at, operator_name, technology, download_mbps, place_code, credited_unit),"
            + " places AS (INSERT INTO dh_sample_day_place AS d (sample_day, place_code, credited_unit, samples)"
            + " SELECT (measured_at AT TIME ZONE '" + ZONE.getId() + "')::date, place_code,"
            + " COALESCE(credited_unit, ''), COUNT(*) FROM ins GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
            + " ON CONFLICT (sample_day, place_code, credited_unit) DO UPDATE SET samples = d.samples + EXCLUDED.samples),"
            + " speeds AS (INSERT INTO dh_sample_day_speed AS d (sample_day, operator_name, technology, bucket, samples,"
            + " download_sum) SELECT (measured_at AT TIME ZONE '" + ZONE.getId() + "')::date, operator_name,"
            + " technology, FLOOR(download_mbps)::integer, COUNT(*), SUM(download_mbps) FROM ins"
            + " GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4"
            + " ON CONFLICT (sample_day, operator_name, technology, bucket) DO UPDATE SET samples = d.samples"
            + " + EXCLUDED.samples, download_sum = d.download_sum + EXCLUDED.download_sum)"
            + " SELECT COUNT(*) FROM ins";

    /** Adds the day figures of the samples stored by one import (merged into those already there). */
    public void addImport(Connection connection, String importId) throws SQLException {
        merge(
                connection,
                "MERGE INTO dh_sample_day_place d USING (SELECT " + DAY + " AS sample_day, place_code,"
                        + " COALESCE(credited_unit, '') AS credited_unit, COUNT(*) AS samples FROM dh_sample"
                        + " WHERE import_id = ? GROUP BY " + DAY + ", place_code, COALESCE(credited_unit, '')) s"
                        + " ON (d.sample_day = s.sample_day AND d.place_code = s.place_code AND d.credited_unit = s.credited_unit)"
                        + " WHEN MATCHED THEN UPDATE SET samples = d.samples + s.samples"
                        + " WHEN NOT MATCHED THEN INSERT (sample_day, place_code, credited_unit, samples)"
                        + " VALUES (s.sample_day, s.place_code, s.credited_unit, s.samples)",
                importId);
        merge(
                connection,
                "MERGE INTO dh_sample_day_speed d USING (SELECT " + DAY + " AS sample_day, operator_name, technology, "
                        + BUCKET + " AS bucket, COUNT(*) AS samples, SUM(download_mbps) AS download_sum"
                        + " FROM dh_sample WHERE import_id = ? GROUP BY " + DAY + ", operator_name, technology, "
                        + BUCKET + ") s ON (d.sample_day = s.sample_day AND d.operator_name = s.operator_name"
                        + " AND d.technology = s.technology AND d.bucket = s.bucket)"
                        + " WHEN MATCHED THEN UPDATE SET samples = d.samples + s.samples,"
                        + " download_sum = d.download_sum + s.download_sum"
                        + " WHEN NOT MATCHED THEN INSERT (sample_day, operator_name, technology, bucket, samples, download_sum)"
                        + " VALUES (s.sample_day, s.operator_name, s.technology, s.bucket, s.samples, s.download_sum)",
                importId);
    }

    private static void merge(Connection connection, String sql, String importId) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, importId);
            s.executeUpdate();
        }
    }
}
