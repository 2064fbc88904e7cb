package vn.dieuhanh.reporting.boundary;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dieuhanh.reporting.entity.Target;

/**
 * A directive's period as its targets that read data series see it, whatever the series are
 * about: each unit's value, the value of all units together, its verdict, and the source's
 * breakdown table. What the figures API answers for any directive.
 */
public record MeasuredFigures(int periodIndex, OffsetDateTime from, OffsetDateTime to, List<TargetFigures> targets) {

    /**
     * One target.
     *
     * @param byUnit every unit's value (measured, else reported, else rolled up), in the period's
     *     order; a unit without one is left out
     */
    public record TargetFigures(
            String code,
            String name,
            String measure,
            String series,
            String kind,
            String comparison,
            BigDecimal threshold,
            Map<String, BigDecimal> byUnit,
            BigDecimal total,
            String verdict,
            SeriesSource.Breakdown breakdown) {}

    /** The targets of the period's results that read a data series. */
    public static MeasuredFigures of(PeriodResults.Results results) {
        List<TargetFigures> targets = results.targets().stream()
                .filter(t -> t.target().series() != null)
                .map(MeasuredFigures::figures)
                .toList();
        return new MeasuredFigures(results.periodIndex(), results.from(), results.to(), targets);
    }

    private static TargetFigures figures(PeriodResults.TargetResult result) {
        Target t = result.target();
        Map<String, BigDecimal> byUnit = new LinkedHashMap<>();
        result.cells().forEach((unit, cell) -> {
            if (cell.value() != null) {
                byUnit.put(unit, cell.value());
            }
        });
        return new TargetFigures(
                t.code(),
                t.name(),
                t.measure(),
                t.series(),
                t.kind().name(),
                t.comparison().name(),
                t.threshold(),
                byUnit,
                result.total(),
                result.totalVerdict().name(),
                result.breakdown());
    }
}
