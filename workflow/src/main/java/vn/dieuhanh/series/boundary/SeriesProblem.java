package vn.dieuhanh.series.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A series file refused (400), too large (413) or being imported by another request (409), with
 * the sentence shown (Vietnamese / English).
 */
@ApplicationException(rollback = true)
public class SeriesProblem extends RuntimeException {

    /** Maps to 400, 413 and 409 at the API. */
    public enum Kind {
        INVALID,
        TOO_LARGE,
        CONFLICT
    }

    private final Kind kind;

    public SeriesProblem(String message, boolean tooLarge) {
        this(message, tooLarge ? Kind.TOO_LARGE : Kind.INVALID);
    }

    public SeriesProblem(String message, Kind kind) {
        super(message);
        this.kind = kind;
    }

    public boolean tooLarge() {
        return kind == Kind.TOO_LARGE;
    }

    public Kind kind() {
        return kind;
    }
}
