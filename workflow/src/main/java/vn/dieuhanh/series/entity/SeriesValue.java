package vn.dieuhanh.series.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** One value of a data series: a unit's figure at a time, optionally for a category (a place, an operator). */
@Entity
@Table(name = "dh_series_value")
@NamedQuery(
        name = SeriesValue.IN_WINDOW,
        query = "select v from SeriesValue v where v.series = :series and v.measuredAt >= :from"
                + " and v.measuredAt < :to")
@NamedQuery(name = SeriesValue.SERIES, query = "select distinct v.series from SeriesValue v")
public class SeriesValue {

    public static final String IN_WINDOW = "SeriesValue.inWindow";
    public static final String SERIES = "SeriesValue.series";

    @Id
    private String id;

    @Column(nullable = false, updatable = false)
    private String series;

    @Column(name = "unit_code", nullable = false, updatable = false)
    private String unitCode;

    @Column(name = "measured_at", nullable = false, updatable = false)
    private OffsetDateTime measuredAt;

    @Column(updatable = false)
    private String category;

    @Column(name = "value_number", nullable = false, updatable = false)
    private BigDecimal number;

    @Column(name = "import_id", nullable = false, updatable = false)
    private String importId;

    protected SeriesValue() {}

    public SeriesValue(
            String series,
            String unitCode,
            OffsetDateTime measuredAt,
            String category,
            BigDecimal number,
            String importId) {
        this.id = UUID.randomUUID().toString();
        this.series = Objects.requireNonNull(series, "series");
        this.unitCode = Objects.requireNonNull(unitCode, "unitCode");
        this.measuredAt = Objects.requireNonNull(measuredAt, "measuredAt");
        this.category = category;
        this.number = Objects.requireNonNull(number, "number");
        this.importId = Objects.requireNonNull(importId, "importId");
    }

    public String series() {
        return series;
    }

    public String unitCode() {
        return unitCode;
    }

    public OffsetDateTime measuredAt() {
        return measuredAt;
    }

    public String category() {
        return category;
    }

    public BigDecimal number() {
        return number;
    }

    public String importId() {
        return importId;
    }
}
