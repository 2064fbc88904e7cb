package vn.dieuhanh.directive.entity;

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

/** A file a unit attaches to its period report as evidence (a photo, a scanned list): never changed. */
@Entity
@Table(name = "dh_report_evidence")
@NamedQuery(
        name = ReportEvidence.OF_REPORT,
        query = "select e from ReportEvidence e where e.directiveId = :directive and e.unitCode = :unit"
                + " and e.periodIndex = :period order by e.uploadedAt, e.fileName")
public class ReportEvidence {

    public static final String OF_REPORT = "ReportEvidence.ofReport";

    @Id
    private String id;

    @Column(name = "directive_id", nullable = false, updatable = false)
    private String directiveId;

    @Column(name = "unit_code", nullable = false, updatable = false)
    private String unitCode;

    @Column(name = "period_index", nullable = false, updatable = false)
    private int periodIndex;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Column(nullable = false, updatable = false)
    private String sha256;

    // Lazy: the page lists evidence by name and size; the bytes are read only when opened.
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "task_id", nullable = false, updatable = false)
    private String taskId;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private OffsetDateTime uploadedAt;

    protected ReportEvidence() {}

    public ReportEvidence(
            String directiveId,
            String unitCode,
            int periodIndex,
            String fileName,
            String mediaType,
            byte[] content,
            String taskId,
            String uploadedBy,
            OffsetDateTime uploadedAt) {
        this.id = UUID.randomUUID().toString();
        this.directiveId = Objects.requireNonNull(directiveId, "directiveId");
        this.unitCode = Objects.requireNonNull(unitCode, "unitCode");
        this.periodIndex = periodIndex;
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        this.content = Objects.requireNonNull(content, "content").clone();
        this.sizeBytes = content.length;
        this.sha256 = Sha256.hex(content);
        this.taskId = Objects.requireNonNull(taskId, "taskId");
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
    }

    public String id() {
        return id;
    }

    public String directiveId() {
        return directiveId;
    }

    public String unitCode() {
        return unitCode;
    }

    public int periodIndex() {
        return periodIndex;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] content() {
        return content.clone();
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public OffsetDateTime uploadedAt() {
        return uploadedAt;
    }
}
