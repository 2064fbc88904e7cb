package vn.dieuhanh.incoming.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A reminder to the records office that a received document is still not registered. */
@Entity
@Table(name = "dh_registration_reminder")
@NamedQuery(
        name = RegistrationReminder.BY_PROCESS,
        query = "select r from RegistrationReminder r where r.processInstanceId = :processInstanceId"
                + " order by r.remindedAt")
public class RegistrationReminder {

    public static final String BY_PROCESS = "RegistrationReminder.byProcess";

    @Id
    private String id;

    @Column(name = "process_instance_id", nullable = false)
    private String processInstanceId;

    @Column(name = "reminded_at", nullable = false)
    private OffsetDateTime remindedAt;

    @Column(nullable = false)
    private String message;

    protected RegistrationReminder() {}

    public RegistrationReminder(String processInstanceId, OffsetDateTime remindedAt, String message) {
        this.id = UUID.randomUUID().toString();
        this.processInstanceId = Objects.requireNonNull(processInstanceId, "processInstanceId");
        this.remindedAt = Objects.requireNonNull(remindedAt, "remindedAt");
        this.message = Objects.requireNonNull(message, "message");
    }

    public String id() {
        return id;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public OffsetDateTime remindedAt() {
        return remindedAt;
    }

    public String message() {
        return message;
    }
}
