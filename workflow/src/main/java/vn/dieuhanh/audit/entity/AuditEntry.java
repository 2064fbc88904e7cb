package vn.dieuhanh.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import vn.dieuhanh.platform.control.Sha256;

/**
 * One link of the audit chain. Written once (every column insert-only); its hash covers its
 * canonical form, which includes the previous entry's hash, so editing, deleting or reordering
 * any entry breaks the chain from there on.
 */
@Entity
@Table(name = "dh_audit_entry")
public class AuditEntry {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    @Id
    private long seq;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(nullable = false, updatable = false)
    private String outcome;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "actor_name", updatable = false)
    private String actorName;

    @Column(name = "unit_code", updatable = false)
    private String unitCode;

    @Column(name = "role_name", updatable = false)
    private String role;

    @Column(name = "directive_id", updatable = false)
    private String directiveId;

    @Column(name = "case_ref", updatable = false)
    private String caseRef;

    @Column(name = "step_key", updatable = false)
    private String stepKey;

    @Column(name = "task_id", updatable = false)
    private String taskId;

    @Column(name = "period_index", updatable = false)
    private Integer periodIndex;

    @Column(updatable = false)
    private String decision;

    @Column(updatable = false)
    private String reason;

    @Column(name = "document_id", updatable = false)
    private String documentId;

    @Column(name = "document_version", updatable = false)
    private Integer documentVersion;

    @Column(name = "document_sha256", updatable = false)
    private String documentSha256;

    @Column(updatable = false)
    private String detail;

    @Column(name = "prev_hash", nullable = false, updatable = false)
    private String prevHash;

    @Column(name = "entry_hash", nullable = false, updatable = false)
    private String entryHash;

    protected AuditEntry() {}

    /**
     * What one entry says, as plain values (the audit's boundary builds it from the caller's facts).
     *
     * @param at when it happened
     * @param kind the kind's name
     * @param outcome DONE or REFUSED
     */
    public record Content(
            OffsetDateTime at,
            String kind,
            String outcome,
            String actor,
            String actorName,
            String unitCode,
            String role,
            String directiveId,
            String caseRef,
            String stepKey,
            String taskId,
            Integer periodIndex,
            String decision,
            String reason,
            String documentId,
            Integer documentVersion,
            String documentSha256,
            String detail) {

        public Content {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(actor, "actor");
        }
    }

    /**
     * The entry after {@code prevHash} at {@code seq}. The time is kept to the microsecond in UTC,
     * as PostgreSQL stores it, so the form read back is the form hashed.
     */
    public AuditEntry(long seq, String prevHash, Content content) {
        this.seq = seq;
        this.prevHash = Objects.requireNonNull(prevHash, "prevHash");
        this.recordedAt =
                content.at().toInstant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        this.kind = content.kind();
        this.outcome = content.outcome();
        this.actor = content.actor();
        this.actorName = content.actorName();
        this.unitCode = content.unitCode();
        this.role = content.role();
        this.directiveId = content.directiveId();
        this.caseRef = content.caseRef();
        this.stepKey = content.stepKey();
        this.taskId = content.taskId();
        this.periodIndex = content.periodIndex();
        this.decision = content.decision();
        this.reason = content.reason();
        this.documentId = content.documentId();
        this.documentVersion = content.documentVersion();
        this.documentSha256 = content.documentSha256();
        this.detail = content.detail();
        this.entryHash = hash(canonical());
    }

    /**
     * The text the hash covers: every field, in a fixed order, one {@code name=value} per line,
     * with backslash, newline and carriage return escaped so no value can fake another field.
     */
    public String canonical() {
        StringBuilder form = new StringBuilder(512);
        field(form, "seq", Long.toString(seq));
        field(form, "prev", prevHash);
        field(form, "at", recordedAt().toString());
        field(form, "kind", kind);
        field(form, "outcome", outcome);
        field(form, "actor", actor);
        field(form, "actorName", actorName);
        field(form, "unit", unitCode);
        field(form, "role", role);
        field(form, "directive", directiveId);
        field(form, "case", caseRef);
        field(form, "step", stepKey);
        field(form, "task", taskId);
        field(form, "period", periodIndex == null ? null : periodIndex.toString());
        field(form, "decision", decision);
        field(form, "reason", reason);
        field(form, "document", documentId);
        field(form, "version", documentVersion == null ? null : documentVersion.toString());
        field(form, "sha256", documentSha256);
        field(form, "detail", detail);
        return form.toString();
    }

    private static void field(StringBuilder form, String name, String value) {
        form.append(name).append('=');
        if (value == null) {
            form.append("\\0");
        } else {
            form.append(value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r"));
        }
        form.append('\n');
    }

    public static String hash(String canonical) {
        return Sha256.hex(canonical.getBytes(StandardCharsets.UTF_8));
    }

    public long seq() {
        return seq;
    }

    /** As an instant: the database may hand the time back in another offset. */
    public Instant recordedAt() {
        return recordedAt.toInstant();
    }

    public String kind() {
        return kind;
    }

    public String outcome() {
        return outcome;
    }

    public String actor() {
        return actor;
    }

    public String actorName() {
        return actorName;
    }

    public String unitCode() {
        return unitCode;
    }

    public String role() {
        return role;
    }

    public String directiveId() {
        return directiveId;
    }

    public String caseRef() {
        return caseRef;
    }

    public String stepKey() {
        return stepKey;
    }

    public String taskId() {
        return taskId;
    }

    public Integer periodIndex() {
        return periodIndex;
    }

    public String decision() {
        return decision;
    }

    public String reason() {
        return reason;
    }

    public String documentId() {
        return documentId;
    }

    public Integer documentVersion() {
        return documentVersion;
    }

    public String documentSha256() {
        return documentSha256;
    }

    public String detail() {
        return detail;
    }

    public String prevHash() {
        return prevHash;
    }

    public String entryHash() {
        return entryHash;
    }
}
