-- Evidence a unit attaches to its period report (photos, scanned lists): stored with the report
-- in the same transaction, never updated; a returned report drafted again adds new files.
CREATE TABLE dh_report_evidence (
    id           VARCHAR(36)              NOT NULL,
    directive_id VARCHAR(36)              NOT NULL,
    unit_code    VARCHAR(60)              NOT NULL,
    period_index INTEGER                  NOT NULL,
    file_name    VARCHAR(200)             NOT NULL,
    media_type   VARCHAR(60)              NOT NULL,
    size_bytes   INTEGER                  NOT NULL,
    sha256       VARCHAR(64)              NOT NULL,
    content      BYTEA                    NOT NULL,
    task_id      VARCHAR(64)              NOT NULL,
    uploaded_by  VARCHAR(100)             NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_report_evidence PRIMARY KEY (id),
    CONSTRAINT fk_report_evidence FOREIGN KEY (directive_id) REFERENCES dh_directive (id)
);

CREATE INDEX ix_report_evidence ON dh_report_evidence (directive_id, unit_code, period_index);

-- The DIC's one-action reminders look for an earlier one of the unit, period and kind. Not unique:
-- a report returned after its deadline re-arms the unit's timers, which may remind once more.
CREATE INDEX ix_directive_reminder_period ON dh_directive_reminder (directive_id, period_index, kind);
