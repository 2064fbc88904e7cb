-- The scanned or electronic copy of an incoming document, attached when the clerk registers it.
-- Portable SQL: the same file runs on PostgreSQL (tests, production) and H2 (demo).

CREATE TABLE dh_incoming_attachment (
    id                   VARCHAR(36)              NOT NULL,
    incoming_document_id VARCHAR(36)              NOT NULL,
    file_name            VARCHAR(200)             NOT NULL,
    sha256               VARCHAR(64)              NOT NULL,
    size_bytes           INTEGER                  NOT NULL,
    content              BYTEA                    NOT NULL,
    attached_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    attached_by          VARCHAR(100)             NOT NULL,
    CONSTRAINT pk_incoming_attachment PRIMARY KEY (id),
    CONSTRAINT fk_incoming_attachment_document FOREIGN KEY (incoming_document_id)
        REFERENCES dh_incoming_document (id)
);

CREATE INDEX ix_incoming_attachment_document ON dh_incoming_attachment (incoming_document_id);
