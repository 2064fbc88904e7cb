-- Acting for another (ủy quyền, ký thay): a person holding a position lets a deputy of the same
-- unit take chosen steps of that position between two dates. Ending one keeps the row: the trail
-- and the documents signed under it still name it.
CREATE TABLE dh_delegation (
    id           VARCHAR(36)              NOT NULL,
    unit_code    VARCHAR(60)              NOT NULL,
    role         VARCHAR(40)              NOT NULL,
    steps        VARCHAR(400)             NOT NULL,
    grantor      VARCHAR(100)             NOT NULL,
    deputy       VARCHAR(100)             NOT NULL,
    valid_from   DATE                     NOT NULL,
    valid_until  DATE                     NOT NULL,
    reason       VARCHAR(1000)            NOT NULL,
    granted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at     TIMESTAMP WITH TIME ZONE,
    ended_by     VARCHAR(100),
    CONSTRAINT pk_delegation PRIMARY KEY (id),
    CONSTRAINT ck_delegation_dates CHECK (valid_until >= valid_from)
);

CREATE INDEX ix_delegation_deputy ON dh_delegation (deputy, valid_from, valid_until);
CREATE INDEX ix_delegation_grantor ON dh_delegation (grantor);
