package vn.dieuhanh.incoming.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A document entered in the incoming register, with the incoming number (số đến) it was given. */
@Entity
@Table(name = "dh_incoming_document")
@NamedQuery(
        name = IncomingDocument.BY_PROCESS,
        query = "select d from IncomingDocument d where d.processInstanceId = :processInstanceId")
@NamedQuery(
        name = IncomingDocument.COUNT_BY_PROCESS,
        query = "select count(d) from IncomingDocument d where d.processInstanceId = :processInstanceId")
public class IncomingDocument {

    public static final String BY_PROCESS = "IncomingDocument.byProcess";
    public static final String COUNT_BY_PROCESS = "IncomingDocument.countByProcess";

    @Id
    private String id;

    @Column(name = "register_year", nullable = false)
    private int registerYear;

    @Column(name = "incoming_number", nullable = false)
    private int incomingNumber;

    @Column(nullable = false)
    private String sender;

    @Column(name = "sender_reference", nullable = false)
    private String senderReference;

    @Column(name = "document_date", nullable = false)
    private LocalDate documentDate;

    @Column(nullable = false)
    private String subject;

    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    @Column(name = "registered_at", nullable = false)
    private OffsetDateTime registeredAt;

    @Column(name = "registered_by", nullable = false)
    private String registeredBy;

    @Column(name = "handling_due")
    private LocalDate handlingDue;

    @Column(name = "process_instance_id", nullable = false)
    private String processInstanceId;

    protected IncomingDocument() {}

    public IncomingDocument(
            int registerYear,
            int incomingNumber,
            String sender,
            String senderReference,
            LocalDate documentDate,
            String subject,
            OffsetDateTime receivedAt,
            OffsetDateTime registeredAt,
            String registeredBy,
            LocalDate handlingDue,
            String processInstanceId) {
        this.id = UUID.randomUUID().toString();
        this.registerYear = registerYear;
        this.incomingNumber = incomingNumber;
        this.sender = Objects.requireNonNull(sender, "sender");
        this.senderReference = Objects.requireNonNull(senderReference, "senderReference");
        this.documentDate = Objects.requireNonNull(documentDate, "documentDate");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
        this.registeredBy = Objects.requireNonNull(registeredBy, "registeredBy");
        this.handlingDue = handlingDue;
        this.processInstanceId = Objects.requireNonNull(processInstanceId, "processInstanceId");
    }

    public String id() {
        return id;
    }

    public int registerYear() {
        return registerYear;
    }

    public int incomingNumber() {
        return incomingNumber;
    }

    public String sender() {
        return sender;
    }

    public String senderReference() {
        return senderReference;
    }

    public LocalDate documentDate() {
        return documentDate;
    }

    public String subject() {
        return subject;
    }

    public OffsetDateTime receivedAt() {
        return receivedAt;
    }

    public OffsetDateTime registeredAt() {
        return registeredAt;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public LocalDate handlingDue() {
        return handlingDue;
    }

    public String processInstanceId() {
        return processInstanceId;
    }
}
