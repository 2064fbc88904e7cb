-- Directives as data: who receives them, what they must reach, when they report, to whom.

CREATE TABLE dh_directive (
    id                        VARCHAR(36)              NOT NULL,
    code                      VARCHAR(60)              NOT NULL,
    subject                   VARCHAR(500)             NOT NULL,
    lead_unit                 VARCHAR(60)              NOT NULL,
    office_unit               VARCHAR(60)              NOT NULL,
    records_office            VARCHAR(60)              NOT NULL,
    consolidating_unit        VARCHAR(60)              NOT NULL,
    receiver_unit             VARCHAR(60)              NOT NULL,
    first_period_start        TIMESTAMP WITH TIME ZONE NOT NULL,
    period_length             VARCHAR(30)              NOT NULL,
    unit_deadline_offset      VARCHAR(30)              NOT NULL,
    reminder_letter_offset    VARCHAR(30)              NOT NULL,
    consolidation_offset      VARCHAR(30)              NOT NULL,
    end_at                    TIMESTAMP WITH TIME ZONE NOT NULL,
    status                    VARCHAR(20)              NOT NULL,
    process_instance_id       VARCHAR(64),
    incoming_document_id      VARCHAR(36),
    closed_at                 TIMESTAMP WITH TIME ZONE,
    final_summary             VARCHAR(4000),
    CONSTRAINT pk_directive PRIMARY KEY (id),
    CONSTRAINT uq_directive_code UNIQUE (code)
);

CREATE TABLE dh_directive_recipient (
    directive_id VARCHAR(36) NOT NULL,
    unit_code    VARCHAR(60) NOT NULL,
    position     INTEGER     NOT NULL,
    CONSTRAINT pk_directive_recipient PRIMARY KEY (directive_id, unit_code),
    CONSTRAINT fk_directive_recipient FOREIGN KEY (directive_id) REFERENCES dh_directive (id)
);

CREATE TABLE dh_directive_target (
    directive_id VARCHAR(36)    NOT NULL,
    code         VARCHAR(40)    NOT NULL,
    name         VARCHAR(300)   NOT NULL,
    measure      VARCHAR(60)    NOT NULL,
    threshold    NUMERIC(18, 4) NOT NULL,
    comparison   VARCHAR(20)    NOT NULL,
    source       VARCHAR(20)    NOT NULL,
    CONSTRAINT pk_directive_target PRIMARY KEY (directive_id, code),
    CONSTRAINT fk_directive_target FOREIGN KEY (directive_id) REFERENCES dh_directive (id)
);

-- A unit's part in a directive; forwarding makes a tree (parent_unit).
CREATE TABLE dh_unit_assignment (
    id           VARCHAR(36)              NOT NULL,
    directive_id VARCHAR(36)              NOT NULL,
    unit_code    VARCHAR(60)              NOT NULL,
    parent_unit  VARCHAR(60),
    officer      VARCHAR(100),
    assigned_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_unit_assignment PRIMARY KEY (id),
    CONSTRAINT uq_unit_assignment UNIQUE (directive_id, unit_code),
    CONSTRAINT fk_unit_assignment FOREIGN KEY (directive_id) REFERENCES dh_directive (id)
);

CREATE TABLE dh_unit_report (
    id           VARCHAR(36)              NOT NULL,
    directive_id VARCHAR(36)              NOT NULL,
    unit_code    VARCHAR(60)              NOT NULL,
    period_index INTEGER                  NOT NULL,
    submitted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    late         BOOLEAN                  NOT NULL,
    CONSTRAINT pk_unit_report PRIMARY KEY (id),
    CONSTRAINT uq_unit_report UNIQUE (directive_id, unit_code, period_index),
    CONSTRAINT fk_unit_report FOREIGN KEY (directive_id) REFERENCES dh_directive (id)
);

CREATE TABLE dh_directive_reminder (
    id           VARCHAR(36)              NOT NULL,
    directive_id VARCHAR(36)              NOT NULL,
    unit_code    VARCHAR(60)              NOT NULL,
    period_index INTEGER                  NOT NULL,
    kind         VARCHAR(20)              NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_directive_reminder PRIMARY KEY (id),
    CONSTRAINT fk_directive_reminder FOREIGN KEY (directive_id) REFERENCES dh_directive (id)
);

CREATE INDEX ix_directive_reminder ON dh_directive_reminder (directive_id, unit_code);
