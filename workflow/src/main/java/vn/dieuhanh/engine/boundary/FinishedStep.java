package vn.dieuhanh.engine.boundary;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A step of a case already done, as its history shows it: who did it and when, and the values it
 * wrote of the variables the caller asked for (a variable it did not write is absent). What the
 * values mean (a decision, a reason) is the asking feature's business, not the engine's.
 */
public record FinishedStep(
        String stepKey,
        String name,
        String by,
        OffsetDateTime started,
        OffsetDateTime finished,
        Map<String, Object> written) {

    public FinishedStep {
        // Values may be null (a variable cleared), so no Map.copyOf.
        written = Collections.unmodifiableMap(new LinkedHashMap<>(written));
    }

    /** The value this step wrote of a variable; null if it wrote none (or wrote null). */
    public Object value(String variable) {
        return written.get(variable);
    }
}
