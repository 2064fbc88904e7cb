-- What a unit says it measured in its report, beside what the system counts.
ALTER TABLE dh_unit_report ADD COLUMN reported_samples BIGINT;
