package vn.dieuhanh.audit.boundary;

import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * What one audit entry says, before it takes its place in the chain: built fluently where the
 * action happens ({@code AuditFacts.of(kind, actor).directive(id).step(...)}). Text is stored in
 * NFC, so the same words typed on two keyboards hash alike.
 */
public final class AuditFacts {

    final AuditKind kind;
    final String actor;
    String actorName;
    String unitCode;
    String role;
    String directiveId;
    String caseRef;
    String stepKey;
    String taskId;
    Integer periodIndex;
    String decision;
    String reason;
    String documentId;
    Integer documentVersion;
    String documentSha256;
    String detail;
    Outcome outcome = Outcome.DONE;
    OffsetDateTime at;

    /** Done, or refused (a 401/403/409 answer: the attempt is recorded, the action did not happen). */
    public enum Outcome {
        DONE,
        REFUSED
    }

    private AuditFacts(AuditKind kind, String actor) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.actor = nfc(actor == null || actor.isBlank() ? "system" : actor);
    }

    public static AuditFacts of(AuditKind kind, String actor) {
        return new AuditFacts(kind, actor);
    }

    public AuditFacts actorName(String value) {
        actorName = nfc(value);
        return this;
    }

    /** The unit and role the person acted in ({@code UNIT:role}, as the engine offers tasks). */
    public AuditFacts as(String unit, String roleName) {
        unitCode = unit;
        role = roleName;
        return this;
    }

    public AuditFacts unit(String unit) {
        unitCode = unit;
        return this;
    }

    public AuditFacts directive(String id) {
        directiveId = id;
        return this;
    }

    /** The case: a directive's code, a unit's case, an incoming document's reference. */
    public AuditFacts caseRef(String value) {
        caseRef = nfc(value);
        return this;
    }

    public AuditFacts step(String key, String task) {
        stepKey = key;
        taskId = task;
        return this;
    }

    public AuditFacts period(Integer index) {
        periodIndex = index;
        return this;
    }

    public AuditFacts decision(String value, String why) {
        decision = value;
        reason = clip(nfc(why));
        return this;
    }

    public AuditFacts document(String id, Integer version, String sha256) {
        documentId = id;
        documentVersion = version;
        documentSha256 = sha256;
        return this;
    }

    public AuditFacts detail(String value) {
        detail = clip(nfc(value));
        return this;
    }

    public AuditFacts refused() {
        outcome = Outcome.REFUSED;
        return this;
    }

    /** When it happened, if not now (a timer fired by the engine's clock). */
    public AuditFacts at(OffsetDateTime time) {
        at = time;
        return this;
    }

    /** When it happened; null until the log sets it. */
    public OffsetDateTime at() {
        return at;
    }

    public AuditKind kind() {
        return kind;
    }

    public String actor() {
        return actor;
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

    public String decision() {
        return decision;
    }

    public String reason() {
        return reason;
    }

    public String actorName() {
        return actorName;
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

    public Outcome outcome() {
        return outcome;
    }

    static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static String clip(String text) {
        return text == null || text.length() <= 4000 ? text : text.substring(0, 3999) + "…";
    }
}
