package vn.dieuhanh.incoming.boundary;

import jakarta.ejb.ApplicationException;

/** The same letter (sender, its number and date) is already in the incoming register. */
@ApplicationException(rollback = true)
public class AlreadyRegisteredException extends RuntimeException {

    public AlreadyRegisteredException(String sender, String senderReference) {
        super("Văn bản số " + senderReference + " của " + sender + " đã được vào sổ văn bản đến." + " / Document "
                + senderReference + " from " + sender + " is already registered.");
    }
}
