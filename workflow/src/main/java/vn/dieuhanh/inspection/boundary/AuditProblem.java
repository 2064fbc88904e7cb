package vn.dieuhanh.inspection.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A request the audit cannot answer as asked; the message is Vietnamese, then English. No
 * rollback: the audit only reads, often outside any transaction.
 */
@ApplicationException(rollback = false)
public class AuditProblem extends RuntimeException {

    public enum Kind {
        INVALID,
        NOT_FOUND,
        FORBIDDEN
    }

    private final Kind kind;

    public AuditProblem(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
