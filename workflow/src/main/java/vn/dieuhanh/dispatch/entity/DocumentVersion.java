package vn.dieuhanh.dispatch.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import vn.dieuhanh.platform.control.Sha256;

/**
 * One PDF of a document as a step produced it, with its SHA-256, the step and the person. Written
 * once: every column is insert-only, and no code path updates or deletes a version.
 */
@Entity
@Table(name = "dh_document_version")
@NamedQuery(
        name = DocumentVersion.OF_DOCUMENT,
        query = "select v from DocumentVersion v where v.documentId = :documentId order by v.version")
@NamedQuery(name = DocumentVersion.BY_SHA, query = "select v from DocumentVersion v where v.sha256 = :sha")
public class DocumentVersion {

    public static final String OF_DOCUMENT = "DocumentVersion.ofDocument";
    public static final String BY_SHA = "DocumentVersion.bySha";

    @Id
    private String id;

    @Column(name = "document_id", nullable = false, updatable = false)
    private String documentId;

    @Column(nullable = false, updatable = false)
    private int version;

    /** The document's state this version was made for (DRAFT, SIGNED, ISSUED, FINAL). */
    @Column(nullable = false, updatable = false)
    private String stage;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    // Lazy: listing versions must not pull every PDF into memory.
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "step_key", nullable = false, updatable = false)
    private String stepKey;

    @Column(name = "task_id", updatable = false)
    private String taskId;

    @Column(name = "produced_by", nullable = false, updatable = false)
    private String producedBy;

    @Column(name = "produced_at", nullable = false, updatable = false)
    private OffsetDateTime producedAt;

    protected DocumentVersion() {}

    public DocumentVersion(
            String documentId,
            int version,
            String stage,
            byte[] content,
            String stepKey,
            String taskId,
            String producedBy,
            OffsetDateTime producedAt) {
        this.id = UUID.randomUUID().toString();
        this.documentId = Objects.requireNonNull(documentId, "documentId");
        this.version = version;
        this.stage = Objects.requireNonNull(stage, "stage");
        this.content = content.clone();
        this.sha256 = sha256(content);
        this.sizeBytes = content.length;
        this.stepKey = Objects.requireNonNull(stepKey, "stepKey");
        this.taskId = taskId;
        this.producedBy = Objects.requireNonNull(producedBy, "producedBy");
        this.producedAt = Objects.requireNonNull(producedAt, "producedAt");
    }

    public static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }

    public String id() {
        return id;
    }

    public String documentId() {
        return documentId;
    }

    public int version() {
        return version;
    }

    public String stage() {
        return stage;
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

    public String stepKey() {
        return stepKey;
    }

    public String taskId() {
        return taskId;
    }

    public String producedBy() {
        return producedBy;
    }

    public OffsetDateTime producedAt() {
        return producedAt;
    }
}
