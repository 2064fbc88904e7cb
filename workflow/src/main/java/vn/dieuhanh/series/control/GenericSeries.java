package vn.dieuhanh.series.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.dieuhanh.identity.boundary.Directory;
import vn.dieuhanh.reporting.boundary.Numbers;
import vn.dieuhanh.reporting.boundary.SeriesSource;
import vn.dieuhanh.reporting.boundary.TargetValues;
import vn.dieuhanh.reporting.entity.Target;
import vn.dieuhanh.series.entity.SeriesValue;

/**
 * Every series imported as a file (see {@link SeriesFile}): whatever code a file was imported
 * under is a series a measured target may read, with no code written for it.
 *
 * <p>The rule: a unit's value for a period is the values dated in it of the unit and of every unit
 * below it in the org chart, combined by the target's roll-up: summed for a sum (a count of late
 * files is the sum of the counts sent), averaged for an average (each value weighs the same), the
 * least or the most for a minimum or a maximum. A count with no value at all is zero (nothing was
 * counted); any other kind has no value then. The value of all units together is left to the
 * target's roll-up over the units (see {@code PeriodResults}). When values carry a category, a
 * breakdown lists each category's number of values and combined value.
 */
@ApplicationScoped
public class GenericSeries implements SeriesSource {

    @PersistenceContext(unitName = "dieuhanh")
    EntityManager em;

    @Inject
    Directory directory;

    /** One value as the figures need it. */
    record Point(String unit, String category, BigDecimal value) {}

    @Override
    public Set<String> series() {
        return new HashSet<>(
                em.createNamedQuery(SeriesValue.SERIES, String.class).getResultList());
    }

    @Override
    public Figures figures(String series, OffsetDateTime from, OffsetDateTime to, List<String> units, Target target) {
        return figures(points(series, from, to), units, directory.parents(), target);
    }

    /** The series' values dated in [from, to). */
    List<Point> points(String series, OffsetDateTime from, OffsetDateTime to) {
        return em
                .createNamedQuery(SeriesValue.IN_WINDOW, SeriesValue.class)
                .setParameter("series", series)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .stream()
                .map(v -> new Point(v.unitCode(), v.category(), v.number()))
                .toList();
    }

    /** The rule above, over the values of one window. */
    static Figures figures(List<Point> points, List<String> units, Map<String, String> parents, Target target) {
        Map<String, List<BigDecimal>> byUnit = new LinkedHashMap<>();
        units.forEach(unit -> byUnit.put(unit, new ArrayList<>()));
        Map<String, List<BigDecimal>> byCategory = new TreeMap<>();
        for (Point point : points) {
            boolean counted = false;
            // The unit itself and every unit above it that was asked for.
            Set<String> seen = new HashSet<>();
            for (String unit = point.unit(); unit != null && seen.add(unit); unit = parents.get(unit)) {
                List<BigDecimal> values = byUnit.get(unit);
                if (values != null) {
                    values.add(point.value());
                    counted = true;
                }
            }
            if (counted && point.category() != null) {
                byCategory
                        .computeIfAbsent(point.category(), k -> new ArrayList<>())
                        .add(point.value());
            }
        }
        Map<String, BigDecimal> values = new HashMap<>();
        byUnit.forEach((unit, list) -> {
            BigDecimal value = TargetValues.rollUp(target.rollUp(), list);
            if (value == null && target.kind() == Target.Kind.COUNT) {
                value = BigDecimal.ZERO;
            }
            if (value != null) {
                values.put(unit, value);
            }
        });
        return new Figures(values, null, byCategory.isEmpty() ? null : breakdown(byCategory, target));
    }

    private static Breakdown breakdown(Map<String, List<BigDecimal>> byCategory, Target target) {
        List<List<String>> rows = new ArrayList<>();
        byCategory.forEach((category, list) -> rows.add(List.of(
                category,
                Numbers.vietnamese(BigDecimal.valueOf(list.size())),
                Numbers.vietnamese(TargetValues.rollUp(target.rollUp(), list)))));
        return new Breakdown(
                "Theo nhóm / By category",
                List.of("Nhóm / Category", "Số giá trị / Values", target.name()),
                rows,
                List.of(1, 2));
    }
}
