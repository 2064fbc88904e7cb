package vn.dieuhanh.directive.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a directive asks units to reach, for example at least 300 i-Speed samples per unit per
 * month (self-reported) or an average 4G download of at least 40 Mbps (measured).
 */
@Embeddable
public class Target {

    /** How a figure is compared with the threshold. */
    public enum Comparison {
        AT_LEAST,
        AT_MOST
    }

    /** Where the figure comes from. */
    public enum Source {
        SELF_REPORTED,
        MEASURED
    }

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String measure;

    @Column(nullable = false)
    private BigDecimal threshold;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Comparison comparison;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Source source;

    protected Target() {}

    public Target(
            String code, String name, String measure, BigDecimal threshold, Comparison comparison, Source source) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.measure = Objects.requireNonNull(measure, "measure");
        this.threshold = Objects.requireNonNull(threshold, "threshold");
        this.comparison = Objects.requireNonNull(comparison, "comparison");
        this.source = Objects.requireNonNull(source, "source");
    }

    /** Whether a figure meets the target. */
    public boolean isMetBy(BigDecimal figure) {
        int order = figure.compareTo(threshold);
        return comparison == Comparison.AT_LEAST ? order >= 0 : order <= 0;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String measure() {
        return measure;
    }

    public BigDecimal threshold() {
        return threshold;
    }

    public Comparison comparison() {
        return comparison;
    }

    public Source source() {
        return source;
    }
}
