-- A day's figures of the stored samples, kept up to date by every import in its own transaction,
-- so that a period's figures read a few thousand rows instead of every sample of the period (on a
-- million samples a month: milliseconds instead of a second; see docs/benchmarks.md). A day is a
-- calendar day in Asia/Ho_Chi_Minh: reporting periods start and end at local midnight.

-- Samples per day, place and credited unit ('' where the sample credits nobody: a key column
-- cannot be NULL and still merge).
CREATE TABLE dh_sample_day_place (
    sample_day     DATE         NOT NULL,
    place_code     VARCHAR(60)  NOT NULL,
    credited_unit  VARCHAR(60)  NOT NULL,
    samples        BIGINT       NOT NULL,
    CONSTRAINT pk_sample_day_place PRIMARY KEY (sample_day, place_code, credited_unit)
);

-- Samples per day, operator, technology and whole Mbps of download (bucket 40 holds 40 <= d < 41):
-- counts, the mean and the share at a whole-Mbps threshold come from here; the median and a
-- fractional threshold look only inside the one bucket that holds them (ix_sample_speed).
CREATE TABLE dh_sample_day_speed (
    sample_day     DATE              NOT NULL,
    operator_name  VARCHAR(60)       NOT NULL,
    technology     VARCHAR(20)       NOT NULL,
    bucket         INTEGER           NOT NULL,
    samples        BIGINT            NOT NULL,
    download_sum   DOUBLE PRECISION  NOT NULL,
    CONSTRAINT pk_sample_day_speed PRIMARY KEY (sample_day, operator_name, technology, bucket)
);

-- The samples of one operator and technology in download order, with the time to keep those of
-- the period: the median's bucket is read from this index alone.
CREATE INDEX ix_sample_speed ON dh_sample (operator_name, technology, download_mbps, measured_at);

-- Samples stored before this migration. The local day is taken from the text of the local time
-- (the same in H2 and PostgreSQL, whose JDBC driver always asks for ISO dates).
INSERT INTO dh_sample_day_place (sample_day, place_code, credited_unit, samples)
SELECT CAST(LEFT(CAST(measured_at AT TIME ZONE 'Asia/Ho_Chi_Minh' AS VARCHAR), 10) AS DATE),
       place_code, COALESCE(credited_unit, ''), COUNT(*)
  FROM dh_sample
 GROUP BY CAST(LEFT(CAST(measured_at AT TIME ZONE 'Asia/Ho_Chi_Minh' AS VARCHAR), 10) AS DATE),
       place_code, COALESCE(credited_unit, '');

INSERT INTO dh_sample_day_speed (sample_day, operator_name, technology, bucket, samples, download_sum)
SELECT CAST(LEFT(CAST(measured_at AT TIME ZONE 'Asia/Ho_Chi_Minh' AS VARCHAR), 10) AS DATE),
       operator_name, technology, CAST(FLOOR(download_mbps) AS INTEGER), COUNT(*), SUM(download_mbps)
  FROM dh_sample
 GROUP BY CAST(LEFT(CAST(measured_at AT TIME ZONE 'Asia/Ho_Chi_Minh' AS VARCHAR), 10) AS DATE),
       operator_name, technology, CAST(FLOOR(download_mbps) AS INTEGER);
