package vn.dieuhanh.dispatch.boundary;

import jakarta.ejb.ApplicationException;

/** A document action refused, with the sentence the person is shown (Vietnamese / English). */
@ApplicationException(rollback = true)
public class DocumentProblem extends RuntimeException {

    /** Maps to 400, 404, 409, 403 and 413 at the API. */
    public enum Kind {
        INVALID,
        NOT_FOUND,
        CONFLICT,
        FORBIDDEN,
        TOO_LARGE
    }

    private final Kind kind;

    public DocumentProblem(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
