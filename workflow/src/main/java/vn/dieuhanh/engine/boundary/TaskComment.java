package vn.dieuhanh.engine.boundary;

import java.time.OffsetDateTime;

/** A remark someone left on a step of a case, for the colleagues who act on it after them. */
public record TaskComment(String by, OffsetDateTime at, String stepName, String text) {}
