package vn.dieuhanh.incoming.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import vn.dieuhanh.platform.control.Sha256;

/** The PDF of an incoming document as it arrived, kept with its hash for the register. */
@Entity
@Table(name = "dh_incoming_attachment")
@NamedQuery(
        name = IncomingAttachment.OF_DOCUMENT,
        query = "select a from IncomingAttachment a where a.incomingDocumentId = :documentId order by a.attachedAt")
public class IncomingAttachment {

    public static final String OF_DOCUMENT = "IncomingAttachment.ofDocument";

    @Id
    private String id;

    @Column(name = "incoming_document_id", nullable = false, updatable = false)
    private String incomingDocumentId;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    // Lazy: the register lists attachments without loading every PDF.
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "attached_at", nullable = false, updatable = false)
    private OffsetDateTime attachedAt;

    @Column(name = "attached_by", nullable = false, updatable = false)
    private String attachedBy;

    protected IncomingAttachment() {}

    public IncomingAttachment(
            String incomingDocumentId, String fileName, byte[] content, OffsetDateTime attachedAt, String attachedBy) {
        this.id = UUID.randomUUID().toString();
        this.incomingDocumentId = Objects.requireNonNull(incomingDocumentId, "incomingDocumentId");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.content = Objects.requireNonNull(content, "content").clone();
        this.sizeBytes = content.length;
        this.sha256 = Sha256.hex(content);
        this.attachedAt = Objects.requireNonNull(attachedAt, "attachedAt");
        this.attachedBy = Objects.requireNonNull(attachedBy, "attachedBy");
    }

    public String id() {
        return id;
    }

    public String incomingDocumentId() {
        return incomingDocumentId;
    }

    public String fileName() {
        return fileName;
    }

    public String sha256() {
        return sha256;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    public byte[] content() {
        return content.clone();
    }

    public OffsetDateTime attachedAt() {
        return attachedAt;
    }

    public String attachedBy() {
        return attachedBy;
    }

    /** A file name safe to show and to put in a download header. */
    public static String safeName(String given) {
        String name = given == null || given.isBlank() ? "van-ban-den.pdf" : given.strip();
        name = name.replaceAll("[\\p{Cntrl}/\\\\\"]", "_");
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        return bytes.length > 180 ? name.substring(0, Math.min(name.length(), 120)) : name;
    }
}
