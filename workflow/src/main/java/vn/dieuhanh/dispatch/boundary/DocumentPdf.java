package vn.dieuhanh.dispatch.boundary;

/**
 * One version of a document's PDF as it is served: the file name it is saved under, its bytes and
 * their SHA-256.
 */
public record DocumentPdf(String fileName, int version, byte[] content, String sha256) {

    public DocumentPdf {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
