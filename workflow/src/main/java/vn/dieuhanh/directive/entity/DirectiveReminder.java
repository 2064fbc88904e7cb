package vn.dieuhanh.directive.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A reminder to a unit whose report is missing (first a reminder, later a reminder letter, both by
 * timer) or which the DIC urges from the consolidation.
 */
@Entity
@Table(name = "dh_directive_reminder")
public class DirectiveReminder {

    /** How firmly the unit is reminded. */
    public enum Kind {
        REMINDER,
        REMINDER_LETTER,
        /** Sent by the DIC officer from the consolidation, to units missing a report or under target. */
        DIC_REMINDER
    }

    @Id
    private String id;

    @Column(name = "directive_id", nullable = false)
    private String directiveId;

    @Column(name = "unit_code", nullable = false)
    private String unitCode;

    @Column(name = "period_index", nullable = false)
    private int periodIndex;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected DirectiveReminder() {}

    public DirectiveReminder(
            String directiveId, String unitCode, int periodIndex, Kind kind, OffsetDateTime createdAt) {
        this.id = UUID.randomUUID().toString();
        this.directiveId = Objects.requireNonNull(directiveId, "directiveId");
        this.unitCode = Objects.requireNonNull(unitCode, "unitCode");
        this.periodIndex = periodIndex;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public String directiveId() {
        return directiveId;
    }

    public String unitCode() {
        return unitCode;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public Kind kind() {
        return kind;
    }

    public int periodIndex() {
        return periodIndex;
    }
}
