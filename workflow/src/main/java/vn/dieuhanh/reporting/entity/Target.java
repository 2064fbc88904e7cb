package vn.dieuhanh.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * What a directive asks units to reach, as data: a name, a kind of value, how a value is judged,
 * how sub-units' values roll up, and where the value comes from. For example "files digitised",
 * a percent, at least 80, averaged over sub-units, reported by the unit; "late files", a count, at
 * most 0, summed; "plan issued", yes/no, all sub-units; "difficulties", text, not judged; or a
 * count measured from a data series.
 *
 * <p>The rules that tie the parts together (a percent cannot be summed, a text has no threshold)
 * are checked here, so no directive with a target that cannot be judged is ever stored.
 */
@Embeddable
public class Target {

    /** What kind of value a unit gives. */
    public enum Kind {
        /** Any number, such as a mean speed or an amount in million đồng. */
        NUMBER,
        /** 0 to 100. */
        PERCENT,
        /** Done or not, a plan issued or not. */
        YES_NO,
        /** A whole number of items: files, samples, people. */
        COUNT,
        /** Words: difficulties, proposals. Never judged. */
        TEXT
    }

    /** How a value is compared with the threshold. */
    public enum Comparison {
        AT_LEAST,
        AT_MOST,
        EQUAL,
        /** A yes/no target met by "yes". */
        YES,
        /** Followed, not judged: a text, or a figure the directive only asks to know. */
        NONE
    }

    /** How the values of a unit's sub-units (and of all units, for the total) make one value. */
    public enum RollUp {
        SUM,
        AVERAGE,
        MIN,
        MAX,
        /** Yes/no: yes when every one is yes. */
        ALL,
        /** Yes/no: yes when any one is yes. */
        ANY,
        /** Text: listed, not combined. */
        NONE
    }

    /** Where the value comes from. */
    public enum Source {
        /** The unit enters it in its report. */
        SELF_REPORTED,
        /** Read from a data series fed by imports; the unit does not type it. */
        MEASURED
    }

    /** The largest magnitude a value may have: NUMERIC(18, 4) holds 14 digits before the point. */
    public static final BigDecimal LARGEST = new BigDecimal("99999999999999");

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String measure;

    private BigDecimal threshold;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Comparison comparison;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Source source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "roll_up", nullable = false)
    private RollUp rollUp;

    /**
     * The data series a measured target reads; a self-reported target may name one too, to set the
     * unit's own figure beside the measured one (the measured one is judged).
     */
    private String series;

    protected Target() {}

    /**
     * A target; throws {@link IllegalArgumentException} with a message a person understands
     * (Vietnamese / English) when its parts do not fit together.
     */
    public Target(
            String code,
            String name,
            String measure,
            Kind kind,
            Comparison comparison,
            BigDecimal threshold,
            RollUp rollUp,
            Source source,
            String series) {
        this.code = required(code, "mã chỉ tiêu", "the target's code");
        this.name = required(name, "tên chỉ tiêu", "the target's name");
        this.measure = measure == null ? "" : measure.strip();
        this.kind = Objects.requireNonNull(kind, "kind");
        this.comparison = Objects.requireNonNull(comparison, "comparison");
        this.rollUp = Objects.requireNonNull(rollUp, "rollUp");
        this.source = Objects.requireNonNull(source, "source");
        this.threshold = threshold;
        this.series = series == null || series.isBlank() ? null : series.strip();
        check();
    }

    /** A number target as the earlier API and opinion page set them: summed over sub-units. */
    public Target(
            String code, String name, String measure, BigDecimal threshold, Comparison comparison, Source source) {
        this(code, name, measure, Kind.NUMBER, comparison, threshold, RollUp.SUM, source, null);
    }

    private void check() {
        if (!comparisonsOf(kind).contains(comparison)) {
            throw invalid(
                    "cách so sánh " + comparison + " không dùng được cho chỉ tiêu loại " + kind,
                    "the comparison " + comparison + " does not fit a " + kind + " target");
        }
        if (!rollUpsOf(kind).contains(rollUp)) {
            throw invalid(
                    "cách tổng hợp " + rollUp + " không dùng được cho chỉ tiêu loại " + kind,
                    "the roll-up " + rollUp + " does not fit a " + kind + " target");
        }
        boolean needsThreshold =
                comparison == Comparison.AT_LEAST || comparison == Comparison.AT_MOST || comparison == Comparison.EQUAL;
        if (needsThreshold && threshold == null) {
            throw invalid("cần ngưỡng để so sánh", "a threshold is required for " + comparison);
        }
        if (!needsThreshold && threshold != null) {
            throw invalid(
                    "chỉ tiêu không so sánh theo ngưỡng thì không đặt ngưỡng",
                    "a " + comparison + " target takes no threshold");
        }
        if (threshold != null) {
            threshold = valueOfKind(threshold, "ngưỡng", "the threshold");
        }
        if (source == Source.MEASURED && series == null) {
            throw invalid("chỉ tiêu đo từ dữ liệu cần tên chuỗi số liệu", "a measured target needs a data series");
        }
        if (series != null && (kind == Kind.TEXT || kind == Kind.YES_NO)) {
            throw invalid("chỉ tiêu đọc chuỗi số liệu phải là số", "a target read from a data series is a number");
        }
    }

    /** The comparisons that fit a kind. */
    public static Set<Comparison> comparisonsOf(Kind kind) {
        return switch (kind) {
            case NUMBER, PERCENT, COUNT -> Set.of(
                    Comparison.AT_LEAST, Comparison.AT_MOST, Comparison.EQUAL, Comparison.NONE);
            case YES_NO -> Set.of(Comparison.YES, Comparison.NONE);
            case TEXT -> Set.of(Comparison.NONE);
        };
    }

    /** The roll-ups that fit a kind: a percent is averaged, never summed; text is listed. */
    public static Set<RollUp> rollUpsOf(Kind kind) {
        return switch (kind) {
            case NUMBER, COUNT -> Set.of(RollUp.SUM, RollUp.AVERAGE, RollUp.MIN, RollUp.MAX);
            case PERCENT -> Set.of(RollUp.AVERAGE, RollUp.MIN, RollUp.MAX);
            case YES_NO -> Set.of(RollUp.ALL, RollUp.ANY);
            case TEXT -> Set.of(RollUp.NONE);
        };
    }

    /**
     * A number checked against this target's kind: a percent is 0 to 100, a count a whole number
     * not below zero, any number at most 14 digits before the point and 4 after.
     */
    public BigDecimal valueOfKind(BigDecimal value, String whatVi, String whatEn) {
        Objects.requireNonNull(value, "value");
        if (kind == Kind.TEXT || kind == Kind.YES_NO) {
            throw invalid(whatVi + " của chỉ tiêu \"" + name + "\" không phải là số", whatEn + " is not a number");
        }
        if (value.abs().compareTo(LARGEST) > 0) {
            throw invalid(whatVi + " của chỉ tiêu \"" + name + "\" quá lớn", whatEn + " is too large");
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() > 4) {
            throw invalid(
                    whatVi + " của chỉ tiêu \"" + name + "\" có tối đa 4 chữ số thập phân",
                    whatEn + " has at most 4 decimals");
        }
        if (kind == Kind.PERCENT && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw invalid(
                    whatVi + " của chỉ tiêu \"" + name + "\" là tỷ lệ phần trăm, từ 0 đến 100 (nhận được "
                            + plain.toPlainString() + ")",
                    whatEn + " is a percent, 0 to 100 (got " + plain.toPlainString() + ")");
        }
        if (kind == Kind.COUNT && (value.signum() < 0 || plain.scale() > 0)) {
            throw invalid(
                    whatVi + " của chỉ tiêu \"" + name + "\" là số đếm, số nguyên không âm (nhận được "
                            + plain.toPlainString() + ")",
                    whatEn + " is a count, a whole number not below zero (got " + plain.toPlainString() + ")");
        }
        return value;
    }

    private static String required(String value, String vi, String en) {
        if (value == null || value.isBlank()) {
            throw invalid("cần " + vi, en + " is required");
        }
        return value.strip();
    }

    private static IllegalArgumentException invalid(String vi, String en) {
        return new IllegalArgumentException(Character.toUpperCase(vi.charAt(0)) + vi.substring(1) + ". / "
                + Character.toUpperCase(en.charAt(0)) + en.substring(1) + ".");
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

    /** The threshold, or null for a target judged by yes or not judged. */
    public BigDecimal threshold() {
        return threshold;
    }

    public Comparison comparison() {
        return comparison;
    }

    public Source source() {
        return source;
    }

    public Kind kind() {
        return kind;
    }

    public RollUp rollUp() {
        return rollUp;
    }

    /** The data series the target reads or is checked against, or null. */
    public String series() {
        return series;
    }
}
