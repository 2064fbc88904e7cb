package vn.dieuhanh.ispeed.control;

/**
 * The file as a whole cannot be imported (empty, wrong header, wrong encoding, truncated): nothing
 * of it is stored. The message is for the person who sent the file, in Vietnamese then English.
 */
public class ImportRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImportRejected(String message) {
        super(message);
    }

    public ImportRejected(String message, Throwable cause) {
        super(message, cause);
    }
}
