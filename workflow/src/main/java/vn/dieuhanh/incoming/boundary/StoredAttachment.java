package vn.dieuhanh.incoming.boundary;

/** The PDF an incoming document arrived as, as stored at registration. */
public record StoredAttachment(String id, String fileName, byte[] content, String sha256) {

    public StoredAttachment {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
