-- Any data series fed by an import: values per unit (and optionally a category such as a place
-- or an operator) per time, for measured targets that read a series no dedicated source feeds.

CREATE TABLE dh_series_import (
    id            VARCHAR(36)              NOT NULL,
    series        VARCHAR(60)              NOT NULL,
    file_name     VARCHAR(300)             NOT NULL,
    file_sha256   VARCHAR(64)              NOT NULL,
    format        VARCHAR(10)              NOT NULL,
    imported_by   VARCHAR(100)             NOT NULL,
    imported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    rows_stored   INTEGER                  NOT NULL,
    CONSTRAINT pk_series_import PRIMARY KEY (id)
);

CREATE TABLE dh_series_value (
    id            VARCHAR(36)              NOT NULL,
    series        VARCHAR(60)              NOT NULL,
    unit_code     VARCHAR(60)              NOT NULL,
    measured_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    category      VARCHAR(100),
    value_number  NUMERIC(18, 4)           NOT NULL,
    import_id     VARCHAR(36)              NOT NULL,
    CONSTRAINT pk_series_value PRIMARY KEY (id),
    CONSTRAINT fk_series_value_import FOREIGN KEY (import_id) REFERENCES dh_series_import (id)
);

-- A target reads one series over one period.
CREATE INDEX ix_series_value_period ON dh_series_value (series, measured_at);
