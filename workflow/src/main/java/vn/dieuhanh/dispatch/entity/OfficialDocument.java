package vn.dieuhanh.dispatch.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One official document of a directive: what it is, where it stands, and, once issued, its number
 * in the register. Its PDFs are {@link DocumentVersion}s, never overwritten.
 */
@Entity
@Table(name = "dh_document")
@NamedQuery(
        name = OfficialDocument.OF_DIRECTIVE,
        query = "select d from OfficialDocument d where d.directiveId = :directiveId order by d.createdAt, d.id")
@NamedQuery(name = OfficialDocument.BY_SHORT_CODE, query = "select d from OfficialDocument d where d.shortCode = :code")
public class OfficialDocument {

    public static final String OF_DIRECTIVE = "OfficialDocument.ofDirective";
    public static final String BY_SHORT_CODE = "OfficialDocument.byShortCode";

    private static final SecureRandom RANDOM = new SecureRandom();
    // No 0/o, 1/l/i: the short code is read off paper and typed in.
    private static final char[] SHORT_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

    /** Where a document stands. */
    public enum State {
        /** Being prepared; shows "DỰ THẢO". */
        DRAFT,
        /** Approved by the reviewer, waiting for the signer. */
        APPROVED,
        /** Signed by the person who signs it, waiting for the records clerk. */
        SIGNED,
        /** Numbered, dated, sealed where it takes a seal, and sent. */
        ISSUED,
        /** A record that is complete as generated (an opinion or assignment slip). */
        FINAL
    }

    @Id
    private String id;

    @Column(name = "directive_id", nullable = false, updatable = false)
    private String directiveId;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(name = "unit_code", updatable = false)
    private String unitCode;

    @Column(name = "period_index", updatable = false)
    private Integer periodIndex;

    @Column(name = "issuer_unit", nullable = false, updatable = false)
    private String issuerUnit;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(name = "short_code", nullable = false, updatable = false)
    private String shortCode;

    @Column(name = "register_code")
    private String registerCode;

    @Column(name = "number_year")
    private Integer numberYear;

    private Integer number;

    @Column(name = "number_label")
    private String numberLabel;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "issued_at")
    private OffsetDateTime issuedAt;

    @Column(name = "issued_by")
    private String issuedBy;

    /** Unit codes, comma-separated: to whom the document goes. */
    @Column(nullable = false, updatable = false)
    private String recipients;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    /** What the document says (its template's content as JSON), to draw it again at signing. */
    @Column(name = "content_json", nullable = false)
    private String contentJson = "{}";

    protected OfficialDocument() {}

    public OfficialDocument(
            String directiveId,
            String kind,
            String unitCode,
            Integer periodIndex,
            String issuerUnit,
            String subject,
            List<String> recipients,
            State state,
            OffsetDateTime createdAt) {
        this.id = UUID.randomUUID().toString();
        this.directiveId = Objects.requireNonNull(directiveId, "directiveId");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.unitCode = unitCode;
        this.periodIndex = periodIndex;
        this.issuerUnit = Objects.requireNonNull(issuerUnit, "issuerUnit");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.recipients = String.join(",", recipients);
        this.state = Objects.requireNonNull(state, "state");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.shortCode = newShortCode();
    }

    private static String newShortCode() {
        char[] code = new char[10];
        for (int i = 0; i < code.length; i++) {
            code[i] = SHORT_ALPHABET[RANDOM.nextInt(SHORT_ALPHABET.length)];
        }
        return new String(code);
    }

    public void approve() {
        requireState(State.DRAFT);
        state = State.APPROVED;
    }

    public void returnToDraft() {
        state = State.DRAFT;
    }

    public void signed() {
        requireState(State.APPROVED);
        state = State.SIGNED;
    }

    /** Numbered and dated by the register; the number is final from here on. */
    public void issue(
            String register, int year, int newNumber, String label, LocalDate on, OffsetDateTime at, String by) {
        requireState(State.SIGNED);
        this.registerCode = Objects.requireNonNull(register, "register");
        this.numberYear = year;
        this.number = newNumber;
        this.numberLabel = Objects.requireNonNull(label, "label");
        this.issuedOn = Objects.requireNonNull(on, "on");
        this.issuedAt = Objects.requireNonNull(at, "at");
        this.issuedBy = Objects.requireNonNull(by, "by");
        this.state = State.ISSUED;
    }

    private void requireState(State expected) {
        if (state != expected) {
            throw new IllegalStateException("Document " + id + " is " + state + ", not " + expected);
        }
    }

    public void describe(String json) {
        this.contentJson = Objects.requireNonNull(json, "json");
    }

    public String contentJson() {
        return contentJson;
    }

    public String id() {
        return id;
    }

    public String directiveId() {
        return directiveId;
    }

    public String kind() {
        return kind;
    }

    public String unitCode() {
        return unitCode;
    }

    public Integer periodIndex() {
        return periodIndex;
    }

    public String issuerUnit() {
        return issuerUnit;
    }

    public String subject() {
        return subject;
    }

    public State state() {
        return state;
    }

    public String shortCode() {
        return shortCode;
    }

    public String registerCode() {
        return registerCode;
    }

    public Integer number() {
        return number;
    }

    public String numberLabel() {
        return numberLabel;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public OffsetDateTime issuedAt() {
        return issuedAt;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public List<String> recipients() {
        return recipients.isEmpty() ? List.of() : Arrays.asList(recipients.split(","));
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
