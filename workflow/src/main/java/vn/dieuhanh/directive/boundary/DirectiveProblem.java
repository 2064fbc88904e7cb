package vn.dieuhanh.directive.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A request about a directive that cannot be carried out as asked; the message says why in
 * Vietnamese and English, and the kind tells the API which 4xx answers it.
 */
@ApplicationException(rollback = true)
public class DirectiveProblem extends RuntimeException {

    /** Which answer the caller gets. */
    public enum Kind {
        INVALID,
        NOT_FOUND,
        CONFLICT,
        FORBIDDEN
    }

    private final Kind kind;

    public DirectiveProblem(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static DirectiveProblem notFound(String id) {
        return new DirectiveProblem(
                Kind.NOT_FOUND, "Không tìm thấy văn bản chỉ đạo " + id + ". / No directive " + id + ".");
    }
}
