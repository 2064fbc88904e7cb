package vn.dieuhanh.directive.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A unit's signed report for one period, as sent to the consolidating unit. */
@Entity
@Table(name = "dh_unit_report")
public class UnitReport {

    @Id
    private String id;

    @Column(name = "directive_id", nullable = false)
    private String directiveId;

    @Column(name = "unit_code", nullable = false)
    private String unitCode;

    @Column(name = "period_index", nullable = false)
    private int periodIndex;

    @Column(name = "submitted_at", nullable = false)
    private OffsetDateTime submittedAt;

    @Column(nullable = false)
    private boolean late;

    /** The sample count the unit reported itself, if it gave one. */
    @Column(name = "reported_samples")
    private Long reportedSamples;

    protected UnitReport() {}

    public UnitReport(String directiveId, String unitCode, int periodIndex, OffsetDateTime submittedAt, boolean late) {
        this.id = UUID.randomUUID().toString();
        this.directiveId = Objects.requireNonNull(directiveId, "directiveId");
        this.unitCode = Objects.requireNonNull(unitCode, "unitCode");
        this.periodIndex = periodIndex;
        this.submittedAt = Objects.requireNonNull(submittedAt, "submittedAt");
        this.late = late;
    }

    public UnitReport(
            String directiveId,
            String unitCode,
            int periodIndex,
            OffsetDateTime submittedAt,
            boolean late,
            Long reportedSamples) {
        this(directiveId, unitCode, periodIndex, submittedAt, late);
        this.reportedSamples = reportedSamples;
    }

    public Long reportedSamples() {
        return reportedSamples;
    }

    public String unitCode() {
        return unitCode;
    }

    public int periodIndex() {
        return periodIndex;
    }

    public boolean late() {
        return late;
    }
}
