package vn.dieuhanh.incoming.boundary;

import java.time.OffsetDateTime;

/** A reminder sent to the records office because a received document was not registered in time. */
public record Reminder(OffsetDateTime remindedAt, String message) {}
