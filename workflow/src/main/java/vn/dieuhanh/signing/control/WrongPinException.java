package vn.dieuhanh.signing.control;

import jakarta.ejb.ApplicationException;

/** The PIN or secret given does not open the key: nothing was signed. */
// Thrown inside the action's transaction: it rolls back whole, and the caller gets this exception, not a wrapper.
@ApplicationException(rollback = true)
public class WrongPinException extends RuntimeException {
    public WrongPinException(String holder) {
        super("Mã PIN không đúng, văn bản chưa được ký. / Wrong PIN; nothing was signed. (" + holder + ")");
    }
}
