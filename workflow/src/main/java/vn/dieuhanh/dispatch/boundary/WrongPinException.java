package vn.dieuhanh.dispatch.boundary;

import jakarta.ejb.ApplicationException;

/** The PIN or secret given does not open the key: nothing was signed. */
// Thrown inside the action's transaction: it rolls back whole, and the caller gets this exception, not a wrapper.
@ApplicationException(rollback = true)
public class WrongPinException extends RuntimeException {

    private final String holder;

    public WrongPinException(String holder) {
        // Said to the person who typed it: no user or key name, which they know and others need not.
        super("Mã PIN không đúng, văn bản chưa được ký. / Wrong PIN; nothing was signed.");
        this.holder = holder;
    }

    /** Whose key refused the PIN: for the trail and the logs. */
    public String holder() {
        return holder;
    }
}
