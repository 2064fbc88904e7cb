package vn.dieuhanh.signing.control;

/** The PIN or secret given does not open the key: nothing was signed. */
public class WrongPinException extends RuntimeException {
    public WrongPinException(String holder) {
        super("Mã PIN không đúng, văn bản chưa được ký. / Wrong PIN; nothing was signed. (" + holder + ")");
    }
}
