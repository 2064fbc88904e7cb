package vn.dieuhanh.dispatch.boundary;

import jakarta.ejb.ApplicationException;

/** The holder has no signing key here. */
// Thrown inside the action's transaction: it rolls back whole, and the caller gets this exception, not a wrapper.
@ApplicationException(rollback = true)
public class NoKeyException extends RuntimeException {
    public NoKeyException(String holder) {
        super("Chưa có khóa ký số cho " + holder + ". / No signing key for " + holder + ".");
    }
}
