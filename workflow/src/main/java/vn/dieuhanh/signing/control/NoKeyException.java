package vn.dieuhanh.signing.control;

/** The holder has no signing key here. */
public class NoKeyException extends RuntimeException {
    public NoKeyException(String holder) {
        super("Chưa có khóa ký số cho " + holder + ". / No signing key for " + holder + ".");
    }
}
