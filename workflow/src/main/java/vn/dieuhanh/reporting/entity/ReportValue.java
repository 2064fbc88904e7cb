package vn.dieuhanh.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A unit's value for one target in one period, as its officer entered it in the report (a
 * number, yes/no as 1 or 0, or a text), with an optional comment. Drawn again when a returned
 * report is drawn again; it counts once the unit's report is sent.
 */
@Entity
@Table(name = "dh_report_value")
@NamedQuery(
        name = ReportValue.OF_REPORT,
        query = "select v from ReportValue v where v.directiveId = :directive and v.unitCode = :unit"
                + " and v.periodIndex = :period")
@NamedQuery(
        name = ReportValue.OF_PERIOD,
        query = "select v from ReportValue v where v.directiveId = :directive and v.periodIndex = :period")
public class ReportValue {

    public static final String OF_REPORT = "ReportValue.ofReport";
    public static final String OF_PERIOD = "ReportValue.ofPeriod";

    @Id
    private String id;

    @Column(name = "directive_id", nullable = false, updatable = false)
    private String directiveId;

    @Column(name = "unit_code", nullable = false, updatable = false)
    private String unitCode;

    @Column(name = "period_index", nullable = false, updatable = false)
    private int periodIndex;

    @Column(name = "target_code", nullable = false, updatable = false)
    private String targetCode;

    @Column(name = "value_number")
    private BigDecimal number;

    @Column(name = "value_text")
    private String text;

    private String comment;

    @Column(name = "entered_by", nullable = false)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private OffsetDateTime enteredAt;

    protected ReportValue() {}

    public ReportValue(
            String directiveId,
            String unitCode,
            int periodIndex,
            String targetCode,
            BigDecimal number,
            String text,
            String comment,
            String enteredBy,
            OffsetDateTime enteredAt) {
        this.id = UUID.randomUUID().toString();
        this.directiveId = Objects.requireNonNull(directiveId, "directiveId");
        this.unitCode = Objects.requireNonNull(unitCode, "unitCode");
        this.periodIndex = periodIndex;
        this.targetCode = Objects.requireNonNull(targetCode, "targetCode");
        if ((number == null) == (text == null)) {
            throw new IllegalArgumentException("A value is a number or a text");
        }
        this.number = number;
        this.text = text;
        this.comment = comment;
        this.enteredBy = Objects.requireNonNull(enteredBy, "enteredBy");
        this.enteredAt = Objects.requireNonNull(enteredAt, "enteredAt");
    }

    public String unitCode() {
        return unitCode;
    }

    public int periodIndex() {
        return periodIndex;
    }

    public String targetCode() {
        return targetCode;
    }

    public BigDecimal number() {
        return number;
    }

    public String text() {
        return text;
    }

    public String comment() {
        return comment;
    }
}
