package vn.dieuhanh.delegation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Acting for another (ủy quyền, ký thay): the holder of a position (the grantor) lets a deputy of
 * the same unit take chosen steps of that position from one date to another, both included. In
 * force on a day when that day lies between the two and it was not ended before.
 */
@Entity
@Table(name = "dh_delegation")
public class Delegation {

    @Id
    private String id;

    @Column(name = "unit_code", nullable = false)
    private String unitCode;

    @Column(nullable = false)
    private String role;

    /** Step ids, comma-separated. */
    @Column(nullable = false)
    private String steps;

    @Column(nullable = false)
    private String grantor;

    @Column(nullable = false)
    private String deputy;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(nullable = false)
    private String reason;

    @Column(name = "granted_at", nullable = false)
    private OffsetDateTime grantedAt;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    @Column(name = "ended_by")
    private String endedBy;

    protected Delegation() {}

    public Delegation(
            String unitCode,
            String role,
            List<String> steps,
            String grantor,
            String deputy,
            LocalDate validFrom,
            LocalDate validUntil,
            String reason,
            OffsetDateTime grantedAt) {
        this.id = UUID.randomUUID().toString();
        this.unitCode = unitCode;
        this.role = role;
        this.steps = String.join(",", steps);
        this.grantor = grantor;
        this.deputy = deputy;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.reason = reason;
        this.grantedAt = grantedAt;
    }

    public boolean inForceOn(LocalDate day) {
        return endedAt == null && !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }

    public void end(String by, OffsetDateTime at) {
        this.endedAt = at;
        this.endedBy = by;
    }

    public String id() {
        return id;
    }

    public String unitCode() {
        return unitCode;
    }

    public String role() {
        return role;
    }

    public List<String> steps() {
        return Arrays.stream(steps.split(",")).filter(s -> !s.isBlank()).toList();
    }

    public String grantor() {
        return grantor;
    }

    public String deputy() {
        return deputy;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public String reason() {
        return reason;
    }

    public OffsetDateTime grantedAt() {
        return grantedAt;
    }

    public OffsetDateTime endedAt() {
        return endedAt;
    }

    public String endedBy() {
        return endedBy;
    }
}
