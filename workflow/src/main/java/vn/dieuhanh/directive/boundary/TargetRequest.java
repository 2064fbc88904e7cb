package vn.dieuhanh.directive.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.text.Normalizer;
import vn.dieuhanh.reporting.entity.Target;

/**
 * A target: its kind (NUMBER when not given) decides what a unit may enter; the roll-up, when
 * not given, is the kind's usual one (a sum of numbers and counts, an average of percents, all
 * of yes/no, none for text).
 */
public record TargetRequest(
        @NotBlank(message = "Cần mã chỉ tiêu. / The target's code is required.")
                @Pattern(
                        regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,39}",
                        message = "Mã chỉ tiêu gồm chữ, số, '-' và '_' (tối đa 40 ký tự). / A target's code has"
                                + " at most 40 letters, digits, '-' and '_'.")
                String code,
        @NotBlank(message = "Cần tên chỉ tiêu. / The target's name is required.")
                @Size(
                        max = 300,
                        message = "Tên chỉ tiêu tối đa 300 ký tự. / A target's name has at most 300" + " characters.")
                String name,
        @Size(max = 60, message = "Đơn vị đo tối đa 60 ký tự. / The measure has at most 60 characters.") String measure,
        Target.Kind kind,
        BigDecimal threshold,
        @NotNull(message = "Cần cách so sánh (AT_LEAST, AT_MOST, EQUAL, YES, NONE). / The comparison is" + " required.")
                Target.Comparison comparison,
        Target.RollUp rollUp,
        @NotNull(message = "Cần nguồn số liệu (SELF_REPORTED, MEASURED). / The source is required.")
                Target.Source source,
        @Size(max = 60, message = "Tên chuỗi số liệu tối đa 60 ký tự. / A series name has at most 60" + " characters.")
                String series) {

    Target toTarget() {
        Target.Kind k = kind == null ? Target.Kind.NUMBER : kind;
        return new Target(
                code.strip(),
                clean(name),
                measure == null ? "" : clean(measure),
                k,
                comparison,
                threshold,
                rollUp != null ? rollUp : usualRollUp(k),
                source,
                series);
    }

    /**
     * A target as a form holds it: the kind, comparison, roll-up and source by name (a name
     * that is none of them is refused with an {@link IllegalArgumentException}).
     */
    public static TargetRequest of(
            String code,
            String name,
            String measure,
            String kind,
            BigDecimal threshold,
            String comparison,
            String rollUp,
            String source,
            String series) {
        return new TargetRequest(
                code,
                name,
                measure,
                kind == null ? null : Target.Kind.valueOf(kind),
                threshold,
                comparison == null ? null : Target.Comparison.valueOf(comparison),
                rollUp == null ? null : Target.RollUp.valueOf(rollUp),
                source == null ? null : Target.Source.valueOf(source),
                series);
    }

    /** Text as we store it: Unicode NFC (TCVN 6909:2001), no stray or doubled spaces. */
    private static String clean(String text) {
        return text == null
                ? null
                : Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    private static Target.RollUp usualRollUp(Target.Kind kind) {
        return switch (kind) {
            case NUMBER, COUNT -> Target.RollUp.SUM;
            case PERCENT -> Target.RollUp.AVERAGE;
            case YES_NO -> Target.RollUp.ALL;
            case TEXT -> Target.RollUp.NONE;
        };
    }
}
