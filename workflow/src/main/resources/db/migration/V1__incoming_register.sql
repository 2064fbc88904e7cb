-- The incoming register (sổ văn bản đến) and the counters behind every register.
-- Portable SQL: the same file runs on PostgreSQL (tests, production) and H2 (demo).

CREATE TABLE dh_register_counter (
    register_code VARCHAR(40) NOT NULL,
    register_year INTEGER     NOT NULL,
    last_number   INTEGER     NOT NULL,
    CONSTRAINT pk_register_counter PRIMARY KEY (register_code, register_year)
);

CREATE TABLE dh_incoming_document (
    id                  VARCHAR(36)              NOT NULL,
    register_year       INTEGER                  NOT NULL,
    incoming_number     INTEGER                  NOT NULL,
    sender              VARCHAR(300)             NOT NULL,
    sender_reference    VARCHAR(100)             NOT NULL,
    document_date       DATE                     NOT NULL,
    subject             VARCHAR(500)             NOT NULL,
    received_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    registered_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    registered_by       VARCHAR(100)             NOT NULL,
    handling_due        DATE,
    process_instance_id VARCHAR(64)              NOT NULL,
    CONSTRAINT pk_incoming_document PRIMARY KEY (id),
    -- Decree 30: one incoming number per document and year, never twice.
    CONSTRAINT uq_incoming_number UNIQUE (register_year, incoming_number),
    -- The same letter (sender, its number, its date) is registered once.
    CONSTRAINT uq_incoming_origin UNIQUE (sender, sender_reference, document_date)
);

CREATE TABLE dh_registration_reminder (
    id                  VARCHAR(36)              NOT NULL,
    process_instance_id VARCHAR(64)              NOT NULL,
    reminded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    message             VARCHAR(1000)            NOT NULL,
    CONSTRAINT pk_registration_reminder PRIMARY KEY (id)
);

CREATE INDEX ix_registration_reminder_process ON dh_registration_reminder (process_instance_id);
