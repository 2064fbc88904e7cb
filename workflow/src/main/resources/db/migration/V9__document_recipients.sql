-- A letter's recipients are kept as a comma-separated list of unit codes: 4,000 characters held
-- about 350 of them, and a directive to a thousand units could not have its letter drafted
-- (found by the issuing benchmark). Standard SQL, the same on PostgreSQL and H2; NOT NULL stays.
ALTER TABLE dh_document ALTER COLUMN recipients SET DATA TYPE VARCHAR(1000000);
