-- A unit's people see the reminders sent to their unit lately at the top of their inbox
-- (Reminders.forUnits): looked up by unit and time, on every inbox page. Standard SQL.
CREATE INDEX ix_directive_reminder_unit ON dh_directive_reminder (unit_code, created_at);
