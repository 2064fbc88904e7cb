package vn.dieuhanh.incoming.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dieuhanh.audit.boundary.AuditKind;
import vn.dieuhanh.audit.boundary.AuditLog;
import vn.dieuhanh.dispatch.boundary.DocumentProblem;
import vn.dieuhanh.dispatch.boundary.PdfSafety;
import vn.dieuhanh.dispatch.boundary.Registers;
import vn.dieuhanh.engine.boundary.OpenTask;
import vn.dieuhanh.engine.boundary.Workflow;
import vn.dieuhanh.incoming.entity.IncomingAttachment;
import vn.dieuhanh.incoming.entity.IncomingDocument;
import vn.dieuhanh.incoming.entity.RegistrationReminder;
import vn.dieuhanh.persistence.control.UniqueConstraints;
import vn.dieuhanh.platform.boundary.CityTime;
import vn.dieuhanh.platform.control.CityOffice;

/**
 * The incoming register: a document is received (a process starts, waiting for the records
 * clerk) and then registered (it gets its incoming number and the clerk's task completes).
 * Each method is one transaction: the engine's writes and ours commit or roll back together.
 */
@Stateless
public class IncomingDocuments {

    public static final String PROCESS_KEY = "incomingDocument";
    public static final String REGISTER_STEP = "registerIncoming";

    private static final ZoneId ZONE = CityTime.ZONE;
    private static final String SAME_LETTER_CONSTRAINT = "uq_incoming_origin";

    @Inject
    Workflow workflow;

    @Inject
    Registers registers;

    @Inject
    AuditLog audit;

    @PersistenceContext(unitName = "dieuhanh")
    EntityManager em;

    @Inject
    CityOffice cityOffice;

    @Inject
    @ConfigProperty(name = "dieuhanh.upload.max-bytes", defaultValue = "20971520")
    long maxUploadBytes;

    Clock clock = Clock.system(ZONE);

    /** The PDF of the letter as it arrived, attached at registration. */
    public record Attachment(String fileName, byte[] content) {
        public Attachment {
            Objects.requireNonNull(content, "content");
        }
    }

    /**
     * Receives a document for registration. Decree 30 asks that incoming documents are registered
     * on the day they arrive, so the deadline defaults to the end of today.
     */
    public Receipt receive(String subject, OffsetDateTime registrationDue) {
        return receive(subject, registrationDue, "DEN-" + UUID.randomUUID());
    }

    /** Receives a document under a reference of the caller's choosing (the case's business key). */
    public Receipt receive(String subject, OffsetDateTime registrationDue, String reference) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(reference, "reference");
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime due = registrationDue != null
                ? registrationDue
                : now.toLocalDate().atTime(LocalTime.of(23, 59)).atZone(ZONE).toOffsetDateTime();
        Map<String, Object> variables = new HashMap<>();
        variables.put("subject", subject);
        variables.put("receivedAt", now.toString());
        variables.put("registrationDueAt", due.toString());
        variables.put("recordsOffice", cityOffice.recordsUnit());
        variables.put("leaderUnit", cityOffice.leaderUnit());
        String processInstanceId = workflow.start(PROCESS_KEY, reference, variables);
        OpenTask task = workflow.openTasksOf(processInstanceId).get(0);
        audit.incoming(AuditKind.INCOMING_RECEIVED, reference, cityOffice.recordsUnit(), subject);
        return new Receipt(processInstanceId, task.id(), subject, due);
    }

    /**
     * Registers a received document: gives the next incoming number of the year, completes the
     * clerk's task and records the document. The unique constraint on (sender, number, date) is
     * the one guard against registering a letter twice, even by two clerks at once; when it
     * fires, the whole action rolls back: the number is not used, the task stays open.
     */
    public RegisteredDocument register(
            String taskId, Registration registration, String clerk, Collection<String> callerGroups) {
        return register(taskId, registration, clerk, callerGroups, null);
    }

    /**
     * Registers a received document with its PDF. The file is checked (a readable PDF, within the
     * size limit, no scripts, no encryption) before anything is stored or numbered.
     */
    public RegisteredDocument register(
            String taskId,
            Registration registration,
            String clerk,
            Collection<String> callerGroups,
            Attachment attachment) {
        if (attachment != null) {
            try {
                new PdfSafety(maxUploadBytes).check(attachment.content());
            } catch (IllegalArgumentException e) {
                throw new DocumentProblem(DocumentProblem.Kind.INVALID, e.getMessage());
            }
        }
        OpenTask task = workflow.openTaskFor(taskId, REGISTER_STEP, callerGroups);
        OffsetDateTime now = OffsetDateTime.now(clock);
        int number = registers.next(Registers.INCOMING, now.getYear());

        workflow.complete(taskId, Map.of("registeredBy", clerk, "incomingNumber", number));

        var receivedAt =
                OffsetDateTime.parse(String.valueOf(workflow.variable(task.processInstanceId(), "receivedAt")));
        var document = new IncomingDocument(
                now.getYear(),
                number,
                registration.sender(),
                registration.senderReference(),
                registration.documentDate(),
                registration.subject(),
                receivedAt,
                now,
                clerk,
                registration.handlingDue(),
                task.processInstanceId());
        try {
            em.persist(document);
            em.flush();
        } catch (PersistenceException e) {
            // Only this constraint means "the same letter": the counter's own key breaking (two
            // clerks taking the year's first number at once) is a different failure.
            if (UniqueConstraints.violated(e, SAME_LETTER_CONSTRAINT)) {
                throw new AlreadyRegisteredException(registration.sender(), registration.senderReference());
            }
            throw e;
        }
        workflow.setVariable(task.processInstanceId(), "incomingDocumentId", document.id());
        audit.incoming(
                AuditKind.INCOMING_REGISTERED,
                document.id(),
                cityOffice.recordsUnit(),
                "Số đến " + number + "/" + now.getYear() + "; " + registration.sender() + " "
                        + registration.senderReference() + "; " + registration.subject());
        if (attachment != null) {
            em.persist(new IncomingAttachment(
                    document.id(),
                    IncomingAttachment.safeName(attachment.fileName()),
                    attachment.content(),
                    now,
                    clerk));
        }
        return registered(document);
    }

    /** Whether a document with this reference was ever received, registered or not. */
    public boolean wasReceived(String reference) {
        return workflow.hasCase(PROCESS_KEY, reference);
    }

    public Optional<RegisteredDocument> find(String id) {
        return Optional.ofNullable(em.find(IncomingDocument.class, id)).map(IncomingDocuments::registered);
    }

    private static RegisteredDocument registered(IncomingDocument d) {
        return new RegisteredDocument(
                d.id(),
                d.incomingNumber(),
                d.registerYear(),
                d.sender(),
                d.senderReference(),
                d.documentDate(),
                d.subject(),
                d.receivedAt(),
                d.registeredAt(),
                d.registeredBy(),
                d.handlingDue(),
                d.processInstanceId());
    }

    /** The PDF attached to a registered document, if the clerk attached one. */
    public Optional<StoredAttachment> attachmentOf(String incomingDocumentId) {
        return em.createNamedQuery(IncomingAttachment.OF_DOCUMENT, IncomingAttachment.class)
                .setParameter("documentId", incomingDocumentId)
                .getResultStream()
                .findFirst()
                .map(IncomingDocuments::stored);
    }

    public Optional<StoredAttachment> attachment(String attachmentId) {
        return Optional.ofNullable(em.find(IncomingAttachment.class, attachmentId))
                .map(IncomingDocuments::stored);
    }

    private static StoredAttachment stored(IncomingAttachment a) {
        return new StoredAttachment(a.id(), a.fileName(), a.content(), a.sha256());
    }

    public long countRegisteredFor(String processInstanceId) {
        return em.createNamedQuery(IncomingDocument.COUNT_BY_PROCESS, Long.class)
                .setParameter("processInstanceId", processInstanceId)
                .getSingleResult();
    }

    public List<Reminder> remindersFor(String processInstanceId) {
        return em.createNamedQuery(RegistrationReminder.BY_PROCESS, RegistrationReminder.class)
                .setParameter("processInstanceId", processInstanceId)
                .getResultStream()
                .map(r -> new Reminder(r.remindedAt(), r.message()))
                .toList();
    }

    /** Whether the process instance is an incoming document's receipt (any other case is not the register's). */
    public boolean isReceipt(String processInstanceId) {
        return workflow.isCaseOf(PROCESS_KEY, processInstanceId);
    }

    public List<OpenTask> openTasksOf(String processInstanceId) {
        return workflow.openTasksOf(processInstanceId);
    }
}
