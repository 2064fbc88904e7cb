package vn.dieuhanh.ispeed.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import vn.dieuhanh.identity.boundary.Directory;
import vn.dieuhanh.ispeed.boundary.OperatorFigure;
import vn.dieuhanh.reporting.boundary.Numbers;
import vn.dieuhanh.reporting.boundary.SeriesSource;
import vn.dieuhanh.reporting.entity.Target;

/**
 * The i-Speed speed tests as two data series: {@value #SAMPLES}, the samples credited to a unit
 * and the units below it; {@value #DOWNLOAD_4G}, the mean 4G download of the city's samples in
 * Mbps, broken down by operator and technology. Read from the imported samples' day figures.
 */
@ApplicationScoped
public class IspeedSeries implements SeriesSource {

    public static final String SAMPLES = "ispeed-samples";
    public static final String DOWNLOAD_4G = "ispeed-download-4g";

    /** Every series this source feeds. */
    public static final Set<String> ALL = Set.of(SAMPLES, DOWNLOAD_4G);

    @Resource(lookup = "jdbc/dieuhanh")
    DataSource dataSource;

    @Inject
    Directory directory;

    @Override
    public Set<String> series() {
        return ALL;
    }

    @Override
    public Figures figures(String series, OffsetDateTime from, OffsetDateTime to, List<String> units, Target target) {
        Map<String, String> tree = directory.parents();
        double threshold = target.threshold() == null
                ? MonthlyFigures.DEFAULT_THRESHOLD_MBPS
                : target.threshold().doubleValue();
        try (Connection connection = dataSource.getConnection()) {
            MonthlyFigures.Figures figures = new MonthlyFigures(connection, tree::get).compute(from, to, threshold);
            return switch (series) {
                case SAMPLES -> samples(figures, units);
                case DOWNLOAD_4G -> download(figures, threshold);
                default -> Figures.none();
            };
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Figures samples(MonthlyFigures.Figures figures, List<String> units) {
        Map<String, BigDecimal> byUnit = new HashMap<>();
        for (String unit : units) {
            MonthlyFigures.UnitCount count = figures.units().get(unit);
            // No sample credited is a count of zero, not a missing figure.
            byUnit.put(unit, BigDecimal.valueOf(count == null ? 0 : count.total()));
        }
        return new Figures(byUnit, null, null);
    }

    private static Figures download(MonthlyFigures.Figures figures, double threshold) {
        long count4g = 0;
        double sum4g = 0;
        List<List<String>> rows = new ArrayList<>();
        for (OperatorFigure o : figures.operators()) {
            if (o.technology().equalsIgnoreCase("4G")) {
                count4g += o.count();
                sum4g += o.meanDownload() * o.count();
            }
            rows.add(List.of(
                    o.operator(),
                    o.technology(),
                    Numbers.vietnamese(BigDecimal.valueOf(o.count())),
                    Numbers.oneDecimal(o.meanDownload()),
                    o.meanDownload() >= threshold ? "Đạt" : "Chưa đạt"));
        }
        if (rows.isEmpty()) {
            rows.add(List.of("Chưa có số liệu đo kỳ này", "—", "—", "—", "—"));
        }
        BigDecimal overall =
                count4g == 0 ? null : BigDecimal.valueOf(sum4g / count4g).setScale(1, RoundingMode.HALF_UP);
        return new Figures(
                Map.of(),
                overall,
                new Breakdown(
                        "Kết quả đo theo doanh nghiệp và công nghệ",
                        List.of("Doanh nghiệp", "Công nghệ", "Số mẫu", "Tải xuống TB (Mbps)", "Đạt chỉ tiêu"),
                        rows,
                        List.of(2, 3)));
    }
}
