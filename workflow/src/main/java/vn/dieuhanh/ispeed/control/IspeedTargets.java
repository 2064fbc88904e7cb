package vn.dieuhanh.ispeed.control;

import java.math.BigDecimal;
import java.util.List;
import vn.dieuhanh.reporting.entity.Target;

/**
 * The targets of the i-Speed letter (Hai Phong, 2024): at least 300 samples a month per unit, and
 * a mean 4G download of at least 40 Mbps for the city. The opinion page offers them as a starting
 * point; the leader changes or removes them for any other directive.
 */
public final class IspeedTargets {

    private IspeedTargets() {}

    public static List<Target> defaults() {
        return List.of(
                new Target(
                        "samples",
                        "Số mẫu đo i-Speed trong tháng",
                        "mẫu",
                        Target.Kind.COUNT,
                        Target.Comparison.AT_LEAST,
                        BigDecimal.valueOf(300),
                        Target.RollUp.SUM,
                        Target.Source.SELF_REPORTED,
                        IspeedSeries.SAMPLES),
                new Target(
                        "download4g",
                        "Tốc độ tải xuống trung bình 4G",
                        "Mbps",
                        Target.Kind.NUMBER,
                        Target.Comparison.AT_LEAST,
                        BigDecimal.valueOf(MonthlyFigures.DEFAULT_THRESHOLD_MBPS),
                        Target.RollUp.AVERAGE,
                        Target.Source.MEASURED,
                        IspeedSeries.DOWNLOAD_4G));
    }
}
