-- The audit trail: append-only entries, each holding the SHA-256 of the previous one's canonical
-- form, and one head row that every append locks, so two appends never take the same place.

CREATE TABLE dh_audit_entry (
    seq              BIGINT                   NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    kind             VARCHAR(40)              NOT NULL,
    outcome          VARCHAR(20)              NOT NULL,
    actor            VARCHAR(100)             NOT NULL,
    actor_name       VARCHAR(200),
    unit_code        VARCHAR(60),
    role_name        VARCHAR(60),
    directive_id     VARCHAR(36),
    case_ref         VARCHAR(100),
    step_key         VARCHAR(100),
    task_id          VARCHAR(64),
    period_index     INTEGER,
    decision         VARCHAR(40),
    reason           VARCHAR(4000),
    document_id      VARCHAR(36),
    document_version INTEGER,
    document_sha256  VARCHAR(64),
    detail           VARCHAR(4000),
    prev_hash        VARCHAR(64)              NOT NULL,
    entry_hash       VARCHAR(64)              NOT NULL,
    CONSTRAINT pk_audit_entry PRIMARY KEY (seq)
);

CREATE INDEX ix_audit_directive ON dh_audit_entry (directive_id, recorded_at);
CREATE INDEX ix_audit_recorded ON dh_audit_entry (recorded_at);
CREATE INDEX ix_audit_actor ON dh_audit_entry (actor, recorded_at);
CREATE INDEX ix_audit_unit ON dh_audit_entry (unit_code, recorded_at);

CREATE TABLE dh_audit_head (
    id        INTEGER     NOT NULL,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL,
    CONSTRAINT pk_audit_head PRIMARY KEY (id)
);

-- The chain starts from 64 zeros: the first entry's "previous hash".
INSERT INTO dh_audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
