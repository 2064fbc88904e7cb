package vn.dieuhanh.engine.boundary;

import java.time.OffsetDateTime;

/**
 * A step of a case already done, as its history shows it: who did it and when, and what they
 * decided ({@code approved} and {@code reason} on a review or signature step, else null), or the
 * opinion a leader gave.
 */
public record FinishedStep(
        String stepKey,
        String name,
        String by,
        OffsetDateTime started,
        OffsetDateTime finished,
        Boolean approved,
        String reason,
        String note) {}
