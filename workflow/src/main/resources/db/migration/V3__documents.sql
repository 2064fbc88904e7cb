-- Official documents: one row per document, one immutable row per version of its PDF.

CREATE TABLE dh_document (
    id             VARCHAR(36)              NOT NULL,
    directive_id   VARCHAR(36)              NOT NULL,
    kind           VARCHAR(30)              NOT NULL,
    unit_code      VARCHAR(60),
    period_index   INTEGER,
    issuer_unit    VARCHAR(60)              NOT NULL,
    subject        VARCHAR(500)             NOT NULL,
    state          VARCHAR(20)              NOT NULL,
    short_code     VARCHAR(12)              NOT NULL,
    register_code  VARCHAR(80),
    number_year    INTEGER,
    number         INTEGER,
    number_label   VARCHAR(100),
    issued_on      DATE,
    issued_at      TIMESTAMP WITH TIME ZONE,
    issued_by      VARCHAR(100),
    recipients     VARCHAR(4000)            NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    content_json   VARCHAR(1000000)         NOT NULL,
    CONSTRAINT pk_document PRIMARY KEY (id),
    CONSTRAINT uq_document_short_code UNIQUE (short_code),
    -- The register's own guarantee, checked once more by the database.
    CONSTRAINT uq_document_number UNIQUE (register_code, number_year, number),
    CONSTRAINT fk_document_directive FOREIGN KEY (directive_id) REFERENCES dh_directive (id)
);

CREATE INDEX ix_document_directive ON dh_document (directive_id);

-- Never updated, never deleted: each step that changes a document adds a version.
CREATE TABLE dh_document_version (
    id           VARCHAR(36)              NOT NULL,
    document_id  VARCHAR(36)              NOT NULL,
    version      INTEGER                  NOT NULL,
    stage        VARCHAR(20)              NOT NULL,
    sha256       VARCHAR(64)              NOT NULL,
    size_bytes   INTEGER                  NOT NULL,
    content      BYTEA                    NOT NULL,
    step_key     VARCHAR(60)              NOT NULL,
    task_id      VARCHAR(64),
    produced_by  VARCHAR(100)             NOT NULL,
    produced_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_document_version PRIMARY KEY (id),
    CONSTRAINT uq_document_version UNIQUE (document_id, version),
    CONSTRAINT fk_document_version FOREIGN KEY (document_id) REFERENCES dh_document (id)
);

CREATE INDEX ix_document_version_sha ON dh_document_version (sha256);
