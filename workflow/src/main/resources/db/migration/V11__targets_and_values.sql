-- Targets of any kind (number, percent, yes/no, count, text), how sub-units roll up, the data
-- series a measured target reads; a unit's value per target and period.

ALTER TABLE dh_directive_target ADD COLUMN kind VARCHAR(20) DEFAULT 'NUMBER' NOT NULL;
ALTER TABLE dh_directive_target ADD COLUMN roll_up VARCHAR(20) DEFAULT 'SUM' NOT NULL;
ALTER TABLE dh_directive_target ADD COLUMN series VARCHAR(60);
-- A yes/no or text target has no threshold.
ALTER TABLE dh_directive_target ALTER COLUMN threshold DROP NOT NULL;

-- Targets stored before kinds existed: counts of samples were checked against the imported
-- samples, the measured speed is an average.
UPDATE dh_directive_target SET kind = 'COUNT', series = 'ispeed-samples'
 WHERE measure IN ('mẫu', 'samples');
UPDATE dh_directive_target SET roll_up = 'AVERAGE', series = 'ispeed-download-4g'
 WHERE source = 'MEASURED' AND series IS NULL;

CREATE TABLE dh_report_value (
    id            VARCHAR(36)              NOT NULL,
    directive_id  VARCHAR(36)              NOT NULL,
    unit_code     VARCHAR(60)              NOT NULL,
    period_index  INTEGER                  NOT NULL,
    target_code   VARCHAR(40)              NOT NULL,
    value_number  NUMERIC(18, 4),
    value_text    VARCHAR(4000),
    comment       VARCHAR(2000),
    entered_by    VARCHAR(100)             NOT NULL,
    entered_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_report_value PRIMARY KEY (id),
    CONSTRAINT uq_report_value UNIQUE (directive_id, unit_code, period_index, target_code),
    CONSTRAINT fk_report_value_directive FOREIGN KEY (directive_id) REFERENCES dh_directive (id),
    CONSTRAINT ck_report_value_one CHECK ((value_number IS NULL) <> (value_text IS NULL))
);

-- The consolidation reads a period's values of every unit at once.
CREATE INDEX ix_report_value_period ON dh_report_value (directive_id, period_index);
