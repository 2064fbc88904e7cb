package vn.dieuhanh.reporting.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dieuhanh.reporting.boundary.TargetValues.Verdict;
import vn.dieuhanh.reporting.entity.Target;
import vn.dieuhanh.reporting.entity.Target.Comparison;
import vn.dieuhanh.reporting.entity.Target.Kind;
import vn.dieuhanh.reporting.entity.Target.RollUp;
import vn.dieuhanh.reporting.entity.Target.Source;

/** The rules of targets' values: kinds, comparisons, roll-ups, and targets whose parts do not fit. */
class TargetValuesTest {

    /** Quarterly digitising: at least 80 % of files digitised, averaged over wards. */
    private static final Target DIGITISED = new Target(
            "digitised",
            "Tỷ lệ hồ sơ được số hóa",
            "%",
            Kind.PERCENT,
            Comparison.AT_LEAST,
            new BigDecimal("80"),
            RollUp.AVERAGE,
            Source.SELF_REPORTED,
            null);

    /** At most 0 late files, summed. */
    private static final Target LATE_FILES = new Target(
            "late-files",
            "Số hồ sơ trễ hạn",
            "hồ sơ",
            Kind.COUNT,
            Comparison.AT_MOST,
            BigDecimal.ZERO,
            RollUp.SUM,
            Source.SELF_REPORTED,
            null);

    private static final Target PLAN = new Target(
            "plan", "Ban hành kế hoạch", "", Kind.YES_NO, Comparison.YES, null, RollUp.ALL, Source.SELF_REPORTED, null);

    private static final Target BUDGET = new Target(
            "budget",
            "Kinh phí giải ngân",
            "triệu đồng",
            Kind.NUMBER,
            Comparison.EQUAL,
            new BigDecimal("1500.5"),
            RollUp.MAX,
            Source.SELF_REPORTED,
            null);

    private static final Target PROBLEMS = new Target(
            "problems",
            "Khó khăn, vướng mắc",
            "",
            Kind.TEXT,
            Comparison.NONE,
            null,
            RollUp.NONE,
            Source.SELF_REPORTED,
            null);

    @Test
    void everyComparisonJudges() {
        assertThat(TargetValues.judge(DIGITISED, new BigDecimal("80"))).isEqualTo(Verdict.MET);
        assertThat(TargetValues.judge(DIGITISED, new BigDecimal("79.99"))).isEqualTo(Verdict.NOT_MET);
        assertThat(TargetValues.judge(LATE_FILES, BigDecimal.ZERO)).isEqualTo(Verdict.MET);
        assertThat(TargetValues.judge(LATE_FILES, BigDecimal.ONE)).isEqualTo(Verdict.NOT_MET);
        assertThat(TargetValues.judge(BUDGET, new BigDecimal("1500.50"))).isEqualTo(Verdict.MET);
        assertThat(TargetValues.judge(BUDGET, new BigDecimal("1500.4"))).isEqualTo(Verdict.NOT_MET);
        assertThat(TargetValues.judge(BUDGET, new BigDecimal("1500.6"))).isEqualTo(Verdict.NOT_MET);
        assertThat(TargetValues.judge(PLAN, BigDecimal.ONE)).isEqualTo(Verdict.MET);
        assertThat(TargetValues.judge(PLAN, BigDecimal.ZERO)).isEqualTo(Verdict.NOT_MET);
        assertThat(TargetValues.judge(PROBLEMS, null)).isEqualTo(Verdict.NOT_JUDGED);
        assertThat(TargetValues.judge(DIGITISED, null)).isEqualTo(Verdict.MISSING);
        Target followed = new Target(
                "staff",
                "Số cán bộ",
                "người",
                Kind.COUNT,
                Comparison.NONE,
                null,
                RollUp.SUM,
                Source.SELF_REPORTED,
                null);
        assertThat(TargetValues.judge(followed, BigDecimal.TEN)).isEqualTo(Verdict.NOT_JUDGED);
    }

    @ParameterizedTest
    @CsvSource({
        "SUM, '3,5,,10', 18",
        "AVERAGE, '80,90,,85', 85",
        "AVERAGE, '1,2', 1.5",
        "AVERAGE, '1,1,2', 1.3333",
        "MIN, '7,3,9', 3",
        "MAX, '7,3,9', 9",
        "ALL, '1,1,0', 0",
        "ALL, '1,1', 1",
        "ANY, '0,0,1', 1",
        "ANY, '0,0', 0",
    })
    void everyRollUpRule(RollUp rule, String values, BigDecimal expected) {
        List<BigDecimal> numbers = Arrays.stream(values.split(",", -1))
                .map(v -> v.isEmpty() ? null : new BigDecimal(v))
                .toList();
        assertThat(TargetValues.rollUp(rule, numbers)).isEqualByComparingTo(expected);
    }

    @Test
    void nothingToRollUpIsNoValueNotZero() {
        assertThat(TargetValues.rollUp(RollUp.SUM, java.util.Arrays.asList(null, null)))
                .isNull();
        assertThat(TargetValues.rollUp(RollUp.NONE, List.of(BigDecimal.ONE))).isNull();
    }

    @Test
    void valuesAreCheckedAgainstTheirKind() {
        assertThat(TargetValues.accept(DIGITISED, new BigDecimal("85.5")).number())
                .isEqualByComparingTo("85.5");
        assertThat(TargetValues.accept(LATE_FILES, 3L).number()).isEqualByComparingTo("3");
        assertThat(TargetValues.accept(PLAN, true).number()).isEqualByComparingTo("1");
        assertThat(TargetValues.accept(PLAN, false).number()).isEqualByComparingTo("0");
        assertThat(TargetValues.accept(PROBLEMS, "  Thiếu máy quét  ").text()).isEqualTo("Thiếu máy quét");
        // NFD as some keyboards type it, stored NFC.
        assertThat(TargetValues.accept(PROBLEMS, "Thie\u0302\u0301u").text()).isEqualTo("Thiếu");

        assertThatThrownBy(() -> TargetValues.accept(DIGITISED, new BigDecimal("140")))
                .hasMessageContaining("từ 0 đến 100")
                .hasMessageContaining("0 to 100");
        assertThatThrownBy(() -> TargetValues.accept(DIGITISED, new BigDecimal("-1")))
                .hasMessageContaining("0 to 100");
        assertThatThrownBy(() -> TargetValues.accept(LATE_FILES, new BigDecimal("2.5")))
                .hasMessageContaining("số nguyên")
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> TargetValues.accept(LATE_FILES, -2L)).hasMessageContaining("not below zero");
        assertThatThrownBy(() -> TargetValues.accept(DIGITISED, "85")).hasMessageContaining("must be a number");
        assertThatThrownBy(() -> TargetValues.accept(PLAN, "yes")).hasMessageContaining("yes or no");
        assertThatThrownBy(() -> TargetValues.accept(PLAN, 1L)).hasMessageContaining("yes or no");
        assertThatThrownBy(() -> TargetValues.accept(PROBLEMS, 5L)).hasMessageContaining("must be a text");
        assertThatThrownBy(() -> TargetValues.accept(PROBLEMS, "  ")).hasMessageContaining("blank");
        assertThatThrownBy(() -> TargetValues.accept(PROBLEMS, "x".repeat(4001)))
                .hasMessageContaining("4000");
        assertThatThrownBy(() -> TargetValues.accept(BUDGET, Double.NaN)).hasMessageContaining("number");
        assertThatThrownBy(() -> TargetValues.accept(BUDGET, new BigDecimal("1e20")))
                .hasMessageContaining("too large");
        assertThatThrownBy(() -> TargetValues.accept(BUDGET, new BigDecimal("1.00001")))
                .hasMessageContaining("4 decimals");
        assertThatThrownBy(() -> TargetValues.accept(BUDGET, null)).hasMessageContaining("missing");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"85,5|85.5", "1.234|1234", "1.234.567|1234567", "1.234,5|1234.5", "85.5|85.5", " 12 |12"})
    void numbersTypedTheVietnameseWay(String typed, BigDecimal expected) {
        assertThat(TargetValues.parseTyped(BUDGET, typed)).isEqualByComparingTo(expected);
    }

    @Test
    void typedNonsenseIsRefusedAndBlankIsNoValue() {
        assertThat(TargetValues.parseTyped(BUDGET, "  ")).isNull();
        assertThatThrownBy(() -> TargetValues.parseTyped(BUDGET, "tám mươi")).hasMessageContaining("number");
    }

    @Test
    void requirementsAndValuesAsDocumentsWriteThem() {
        assertThat(TargetValues.requirement(DIGITISED)).isEqualTo("tối thiểu 80 %");
        assertThat(TargetValues.requirement(LATE_FILES)).isEqualTo("tối đa 0 hồ sơ");
        assertThat(TargetValues.requirement(BUDGET)).isEqualTo("bằng 1.500,5 triệu đồng");
        assertThat(TargetValues.requirement(PLAN)).isEqualTo("có (hoàn thành)");
        assertThat(TargetValues.requirement(PROBLEMS)).isEqualTo("theo dõi");
        assertThat(TargetValues.format(DIGITISED, new BigDecimal("85.5"))).isEqualTo("85,5 %");
        assertThat(TargetValues.format(LATE_FILES, new BigDecimal("1234"))).isEqualTo("1.234");
        assertThat(TargetValues.format(PLAN, BigDecimal.ONE)).isEqualTo("Có");
        assertThat(TargetValues.format(PLAN, BigDecimal.ZERO)).isEqualTo("Không");
        assertThat(TargetValues.format(DIGITISED, (BigDecimal) null)).isEqualTo("—");
    }

    @Test
    void targetsWhosePartsDoNotFitAreRefused() {
        // A percent is never summed; yes/no only all or any; text is not rolled up or judged.
        assertThatThrownBy(() -> new Target(
                        "p",
                        "Tỷ lệ",
                        "%",
                        Kind.PERCENT,
                        Comparison.AT_LEAST,
                        BigDecimal.TEN,
                        RollUp.SUM,
                        Source.SELF_REPORTED,
                        null))
                .hasMessageContaining("roll-up SUM does not fit a PERCENT");
        assertThatThrownBy(() -> new Target(
                        "y", "Kế hoạch", "", Kind.YES_NO, Comparison.YES, null, RollUp.SUM, Source.SELF_REPORTED, null))
                .hasMessageContaining("roll-up SUM");
        assertThatThrownBy(() -> new Target(
                        "t",
                        "Ý kiến",
                        "",
                        Kind.TEXT,
                        Comparison.AT_LEAST,
                        BigDecimal.ONE,
                        RollUp.NONE,
                        Source.SELF_REPORTED,
                        null))
                .hasMessageContaining("comparison AT_LEAST does not fit a TEXT");
        assertThatThrownBy(() -> new Target(
                        "c", "Số hồ sơ", "", Kind.COUNT, Comparison.YES, null, RollUp.SUM, Source.SELF_REPORTED, null))
                .hasMessageContaining("comparison YES");
        // A threshold where one is needed, none where it is not, of the target's kind.
        assertThatThrownBy(() -> new Target(
                        "c",
                        "Số hồ sơ",
                        "",
                        Kind.COUNT,
                        Comparison.AT_MOST,
                        null,
                        RollUp.SUM,
                        Source.SELF_REPORTED,
                        null))
                .hasMessageContaining("threshold is required");
        assertThatThrownBy(() -> new Target(
                        "y",
                        "Kế hoạch",
                        "",
                        Kind.YES_NO,
                        Comparison.YES,
                        BigDecimal.ONE,
                        RollUp.ALL,
                        Source.SELF_REPORTED,
                        null))
                .hasMessageContaining("takes no threshold");
        assertThatThrownBy(() -> new Target(
                        "p",
                        "Tỷ lệ",
                        "%",
                        Kind.PERCENT,
                        Comparison.AT_LEAST,
                        new BigDecimal("120"),
                        RollUp.AVERAGE,
                        Source.SELF_REPORTED,
                        null))
                .hasMessageContaining("0 to 100");
        assertThatThrownBy(() -> new Target(
                        "c",
                        "Số hồ sơ",
                        "",
                        Kind.COUNT,
                        Comparison.AT_MOST,
                        new BigDecimal("0.5"),
                        RollUp.SUM,
                        Source.SELF_REPORTED,
                        null))
                .hasMessageContaining("whole number");
        // Measured targets read a data series, and only numbers do.
        assertThatThrownBy(() -> new Target(
                        "m",
                        "Tốc độ",
                        "Mbps",
                        Kind.NUMBER,
                        Comparison.AT_LEAST,
                        BigDecimal.TEN,
                        RollUp.AVERAGE,
                        Source.MEASURED,
                        null))
                .hasMessageContaining("data series");
        assertThatThrownBy(() -> new Target(
                        "t",
                        "Ý kiến",
                        "",
                        Kind.TEXT,
                        Comparison.NONE,
                        null,
                        RollUp.NONE,
                        Source.SELF_REPORTED,
                        "some-series"))
                .hasMessageContaining("is a number");
        assertThatThrownBy(() -> new Target(
                        " ", "Ý kiến", "", Kind.TEXT, Comparison.NONE, null, RollUp.NONE, Source.SELF_REPORTED, null))
                .hasMessageContaining("code is required");
    }
}
