package vn.dieuhanh.reporting.boundary;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dieuhanh.reporting.entity.Target;

/**
 * A source of data series: values per unit (and optionally per place, operator or category) per
 * time, fed by imports. A measured target names a series; the source that feeds it gives each
 * unit's value for a period, the value for all units together, and a breakdown table when the
 * series has one (for speed tests: operators and technologies). Sources are CDI beans, found by
 * {@link DataSeries}; a new kind of data is a new bean, no change here.
 */
public interface SeriesSource {

    /** The series this source feeds. */
    Set<String> series();

    /**
     * A series' figures in a window [from, to).
     *
     * @param units the units whose values are asked for (a unit's value includes its sub-units'
     *     where the source knows the org chart)
     * @param target the target reading the series, for a breakdown judged against its threshold
     */
    Figures figures(String series, OffsetDateTime from, OffsetDateTime to, List<String> units, Target target);

    /** A table that breaks a series down (for example by operator and technology). */
    record Breakdown(String title, List<String> columns, List<List<String>> rows, List<Integer> numericColumns) {}

    /**
     * @param byUnit the units' values; a unit missing here has no value
     * @param overall the value of all units together, null when the series has none
     * @param breakdown a table, or null
     */
    record Figures(Map<String, BigDecimal> byUnit, BigDecimal overall, Breakdown breakdown) {

        public static Figures none() {
            return new Figures(Map.of(), null, null);
        }
    }
}
