-- Directive shapes: a directive with no consolidated report (the units report to the lead
-- division) has no consolidating unit; one whose consolidated report stays in the city has no
-- receiver beyond it.
ALTER TABLE dh_directive ALTER COLUMN consolidating_unit DROP NOT NULL;
ALTER TABLE dh_directive ALTER COLUMN receiver_unit DROP NOT NULL;
