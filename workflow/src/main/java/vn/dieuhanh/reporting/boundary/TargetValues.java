package vn.dieuhanh.reporting.boundary;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.List;
import java.util.Objects;
import vn.dieuhanh.reporting.entity.Target;

/**
 * The rules of a target's values, in one place and without a database: what a unit may enter
 * for a target of each kind, whether a value meets the target, and how several values (a
 * district's wards, every unit of the city) make one.
 *
 * <p>A yes/no value is held as 1 (yes) or 0 (no), so the same roll-ups and columns serve it.
 */
public final class TargetValues {

    /** Text a unit writes for one target: about a page. */
    public static final int TEXT_LIMIT = 4000;

    private TargetValues() {}

    /** A unit's value for a target: a number (yes/no as 1 or 0), or a text. */
    public record Value(BigDecimal number, String text) {

        public static Value of(BigDecimal number) {
            return new Value(Objects.requireNonNull(number, "number"), null);
        }

        public static Value ofText(String text) {
            return new Value(null, Objects.requireNonNull(text, "text"));
        }
    }

    /** A value against a target. */
    public enum Verdict {
        MET,
        NOT_MET,
        /** The target is followed, not judged (text, or a comparison of NONE). */
        NOT_JUDGED,
        /** No value yet. */
        MISSING;

        /** As the documents and pages write it. */
        public String vietnamese() {
            return switch (this) {
                case MET -> "Đạt";
                case NOT_MET -> "Chưa đạt";
                case NOT_JUDGED -> "—";
                case MISSING -> "Chưa có số liệu";
            };
        }
    }

    /**
     * What a person or an API client sent for a target, checked against its kind: a number for a
     * number, percent or count (a percent 0 to 100, a count whole), true or false for yes/no, a
     * text for a text. Anything else is refused with a message naming the target.
     *
     * @param raw a {@link BigDecimal} or other {@link Number}, a {@link Boolean} or a {@link String}
     */
    public static Value accept(Target target, Object raw) {
        if (raw == null) {
            throw new IllegalArgumentException("Thiếu giá trị của chỉ tiêu \"" + target.name()
                    + "\". / The value of the target \"" + target.code() + "\" is missing.");
        }
        return switch (target.kind()) {
            case TEXT -> {
                if (!(raw instanceof String text)) {
                    throw wrongType(target, "một đoạn văn bản", "a text");
                }
                String clean = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
                if (clean.isEmpty()) {
                    throw new IllegalArgumentException("Nội dung của chỉ tiêu \"" + target.name()
                            + "\" đang trống. / The text of the target \"" + target.code() + "\" is blank.");
                }
                if (clean.length() > TEXT_LIMIT) {
                    throw new IllegalArgumentException("Nội dung của chỉ tiêu \"" + target.name() + "\" tối đa "
                            + TEXT_LIMIT + " ký tự. / The text of the target \"" + target.code() + "\" has at most "
                            + TEXT_LIMIT + " characters.");
                }
                yield Value.ofText(clean);
            }
            case YES_NO -> {
                if (!(raw instanceof Boolean yes)) {
                    throw wrongType(target, "có hoặc không (true/false)", "yes or no (true/false)");
                }
                yield Value.of(yes ? BigDecimal.ONE : BigDecimal.ZERO);
            }
            case NUMBER, PERCENT, COUNT -> {
                BigDecimal number;
                if (raw instanceof BigDecimal decimal) {
                    number = decimal;
                } else if (raw instanceof Integer || raw instanceof Long) {
                    number = BigDecimal.valueOf(((Number) raw).longValue());
                } else if (raw instanceof Double || raw instanceof Float) {
                    double d = ((Number) raw).doubleValue();
                    if (!Double.isFinite(d)) {
                        throw wrongType(target, "một số", "a number");
                    }
                    number = BigDecimal.valueOf(d);
                } else {
                    throw wrongType(target, "một số", "a number");
                }
                yield Value.of(target.valueOfKind(number, "Giá trị", "The value of \"" + target.code() + "\""));
            }
        };
    }

    /**
     * A number typed on a page, as Vietnamese write it ("85,5", "1.234") or plainly ("85.5"):
     * a comma is the decimal mark when there is one; dots before it, or several dots, group
     * thousands.
     */
    public static BigDecimal parseTyped(Target target, String typed) {
        return parseTyped(target.name(), target.code(), typed);
    }

    /** {@link #parseTyped(Target, String)} for a page, which has the target as a record. */
    public static BigDecimal parseTyped(TargetView target, String typed) {
        return parseTyped(target.name(), target.code(), typed);
    }

    private static BigDecimal parseTyped(String name, String code, String typed) {
        String s = typed == null ? "" : typed.strip().replace(" ", "").replace("\u00a0", "");
        if (s.isEmpty()) {
            return null;
        }
        String plain;
        if (s.contains(",")) {
            plain = s.replace(".", "").replace(',', '.');
        } else if (s.chars().filter(c -> c == '.').count() > 1 || s.matches("-?\\d{1,3}(\\.\\d{3})+")) {
            // "1.234" is a thousand and more in Vietnamese, never one point two.
            plain = s.replace(".", "");
        } else {
            plain = s;
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            throw wrongType(name, code, "một số (ví dụ 85,5)", "a number (for example 85.5)");
        }
    }

    /** Whether a value meets the target; a missing value is {@link Verdict#MISSING}. */
    public static Verdict judge(Target target, BigDecimal value) {
        if (target.comparison() == Target.Comparison.NONE || target.kind() == Target.Kind.TEXT) {
            return Verdict.NOT_JUDGED;
        }
        if (value == null) {
            return Verdict.MISSING;
        }
        boolean met =
                switch (target.comparison()) {
                    case AT_LEAST -> value.compareTo(target.threshold()) >= 0;
                    case AT_MOST -> value.compareTo(target.threshold()) <= 0;
                    case EQUAL -> value.compareTo(target.threshold()) == 0;
                    case YES -> value.signum() != 0;
                    case NONE -> throw new IllegalStateException("not judged");
                };
        return met ? Verdict.MET : Verdict.NOT_MET;
    }

    /**
     * The values of several units as one, by the target's rule; null when there is none to roll
     * up (a district whose wards have not reported has no rolled-up value, not zero). Text is not
     * rolled up.
     */
    public static BigDecimal rollUp(Target.RollUp rule, List<BigDecimal> values) {
        List<BigDecimal> present = values.stream().filter(Objects::nonNull).toList();
        if (present.isEmpty() || rule == Target.RollUp.NONE) {
            return null;
        }
        return switch (rule) {
            case SUM -> present.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            case AVERAGE -> present.stream()
                    .reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(present.size()), new MathContext(18, RoundingMode.HALF_UP))
                    .setScale(4, RoundingMode.HALF_UP)
                    .stripTrailingZeros();
            case MIN, ALL -> present.stream().min(BigDecimal::compareTo).orElseThrow();
            case MAX, ANY -> present.stream().max(BigDecimal::compareTo).orElseThrow();
            case NONE -> null;
        };
    }

    /** "tối thiểu 80 %", "tối đa 0 hồ sơ", "có", "theo dõi": the target's requirement as documents write it. */
    public static String requirement(Target target) {
        String threshold = target.threshold() == null
                ? ""
                : Numbers.vietnamese(target.threshold()) + (target.measure().isEmpty() ? "" : " " + target.measure());
        return switch (target.comparison()) {
            case AT_LEAST -> "tối thiểu " + threshold;
            case AT_MOST -> "tối đa " + threshold;
            case EQUAL -> "bằng " + threshold;
            case YES -> "có (hoàn thành)";
            case NONE -> "theo dõi";
        };
    }

    /** A value as documents write it: "1.234", "85,5 %", "Có"/"Không", the text itself. */
    public static String format(Target target, Value value) {
        if (value == null) {
            return "—";
        }
        if (value.text() != null) {
            return value.text();
        }
        return format(target, value.number());
    }

    public static String format(Target target, BigDecimal number) {
        if (number == null) {
            return "—";
        }
        if (target.kind() == Target.Kind.YES_NO) {
            return number.signum() != 0 ? "Có" : "Không";
        }
        return Numbers.vietnamese(number) + (target.kind() == Target.Kind.PERCENT ? " %" : "");
    }

    private static IllegalArgumentException wrongType(Target target, String vi, String en) {
        return wrongType(target.name(), target.code(), vi, en);
    }

    private static IllegalArgumentException wrongType(String name, String code, String vi, String en) {
        return new IllegalArgumentException("Giá trị của chỉ tiêu \"" + name + "\" phải là " + vi
                + ". / The value of the target \"" + code + "\" must be " + en + ".");
    }
}
