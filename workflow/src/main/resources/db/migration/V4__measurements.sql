-- i-Speed samples as imported, every import recorded, and the rows it refused.

CREATE TABLE dh_sample_import (
    id            VARCHAR(36)              NOT NULL,
    file_name     VARCHAR(300)             NOT NULL,
    file_sha256   VARCHAR(64)              NOT NULL,
    format        VARCHAR(10)              NOT NULL,
    imported_by   VARCHAR(100)             NOT NULL,
    imported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    rows_read     INTEGER                  NOT NULL,
    rows_stored   INTEGER                  NOT NULL,
    rows_known    INTEGER                  NOT NULL,
    rows_refused  INTEGER                  NOT NULL,
    CONSTRAINT pk_sample_import PRIMARY KEY (id)
);

-- One row per speed test. sample_id is the tester's own id: importing a file twice stores nothing twice.
CREATE TABLE dh_sample (
    sample_id      VARCHAR(64)              NOT NULL,
    measured_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    operator_name  VARCHAR(60)              NOT NULL,
    technology     VARCHAR(20)              NOT NULL,
    download_mbps  DOUBLE PRECISION         NOT NULL,
    upload_mbps    DOUBLE PRECISION         NOT NULL,
    ping_ms        DOUBLE PRECISION         NOT NULL,
    jitter_ms      DOUBLE PRECISION         NOT NULL,
    place_code     VARCHAR(60)              NOT NULL,
    credited_unit  VARCHAR(60),
    import_id      VARCHAR(36)              NOT NULL,
    -- No foreign key to dh_sample_import: the import row is written first in the same
    -- transaction, and checking a million rows against it cost a quarter of the import's time.
    CONSTRAINT pk_sample PRIMARY KEY (sample_id)
);

CREATE INDEX ix_sample_measured_at ON dh_sample (measured_at);

-- Where an import's valid rows land first (PostgreSQL: by COPY), to be checked for duplicates
-- and moved into dh_sample in the same transaction; emptied before the import commits.
CREATE TABLE dh_sample_staging (
    import_id      VARCHAR(36)              NOT NULL,
    row_no         INTEGER                  NOT NULL,
    sample_id      VARCHAR(64)              NOT NULL,
    measured_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    operator_name  VARCHAR(60)              NOT NULL,
    technology     VARCHAR(20)              NOT NULL,
    download_mbps  DOUBLE PRECISION         NOT NULL,
    upload_mbps    DOUBLE PRECISION         NOT NULL,
    ping_ms        DOUBLE PRECISION         NOT NULL,
    jitter_ms      DOUBLE PRECISION         NOT NULL,
    place_code     VARCHAR(60)              NOT NULL,
    credited_unit  VARCHAR(60)
);

-- No index: rows are read once, all of one import, right after they are copied in; an index
-- would only slow the copy.

-- The rows an import refused and why: its error report.
CREATE TABLE dh_sample_import_error (
    import_id    VARCHAR(36)   NOT NULL,
    row_no       INTEGER       NOT NULL,
    column_name  VARCHAR(40)   NOT NULL,
    cell_value   VARCHAR(200)  NOT NULL,
    reason       VARCHAR(300)  NOT NULL,
    CONSTRAINT fk_sample_import_error FOREIGN KEY (import_id) REFERENCES dh_sample_import (id)
);

CREATE INDEX ix_sample_import_error ON dh_sample_import_error (import_id, row_no);
