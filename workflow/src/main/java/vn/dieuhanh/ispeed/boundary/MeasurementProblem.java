package vn.dieuhanh.ispeed.boundary;

import jakarta.ejb.ApplicationException;

/** An import or a figures request refused, with the sentence shown (Vietnamese / English). */
@ApplicationException(rollback = true)
public class MeasurementProblem extends RuntimeException {

    /** Maps to 400, 404, 409 and 413 at the API. */
    public enum Kind {
        INVALID,
        NOT_FOUND,
        CONFLICT,
        TOO_LARGE
    }

    private final Kind kind;

    public MeasurementProblem(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
