package vn.dieuhanh.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dieuhanh.reporting.boundary.TargetValues.Verdict;
import vn.dieuhanh.reporting.entity.ReportValue;
import vn.dieuhanh.reporting.entity.Target;

/**
 * A period of a directive as its targets see it: every unit that must report (the recipients,
 * each followed by the sub-units it forwarded to), whether its report is in, and for each target
 * each unit's value (reported, measured from the target's data series, or rolled up from its
 * sub-units when it gave none), the verdict, and the value of all units together. The
 * consolidated report, the consolidation page and the reminders read it; nothing here knows what
 * a target is about. The directive hands in who must report and whose reports are in (its own
 * tables), so this knows no directive entity.
 */
@ApplicationScoped
public class PeriodResults {

    @PersistenceContext(unitName = "dieuhanh")
    EntityManager em;

    @Inject
    DataSeries series;

    /** Where a unit's report for the period is. */
    public enum State {
        REPORTED,
        LATE,
        MISSING;

        public String vietnamese() {
            return switch (this) {
                case REPORTED -> "Đúng hạn";
                case LATE -> "Đã báo cáo (muộn)";
                case MISSING -> "Chưa báo cáo";
            };
        }
    }

    /** A unit that must report: a recipient (depth 0) or a sub-unit it forwarded to (depth 1 and below). */
    public record UnitLine(String unitCode, String parentUnit, int depth, State state) {}

    /**
     * One unit's value for one target.
     *
     * @param reported what the unit entered (yes/no as 1 or 0), if its report is in
     * @param text what the unit wrote, for a text target
     * @param measured the target's data series for the unit, if the target reads one
     * @param value the value judged: measured when there is one, else reported, else rolled up
     * @param rolledUp whether the value was rolled up from the unit's sub-units
     */
    public record Cell(
            BigDecimal reported,
            String text,
            String comment,
            BigDecimal measured,
            BigDecimal value,
            boolean rolledUp,
            Verdict verdict) {

        /** "310", "40 (tổng hợp cấp dưới)", "310 (tự báo cáo: 320)": as the report and the pages print it. */
        public String shown(Target target) {
            if (text != null) {
                return text;
            }
            if (value == null) {
                return "—";
            }
            String shown = TargetValues.format(target, value);
            if (rolledUp) {
                return shown + " (tổng hợp cấp dưới)";
            }
            if (reported != null && measured != null && reported.compareTo(measured) != 0) {
                // The unit's own figure beside the measured one, where they differ.
                return shown + " (tự báo cáo: " + TargetValues.format(target, reported) + ")";
            }
            return shown;
        }
    }

    /** A target over every unit of the period. */
    public record TargetResult(
            Target target,
            Map<String, Cell> cells,
            BigDecimal total,
            Verdict totalVerdict,
            SeriesSource.Breakdown breakdown) {

        public long count(Verdict verdict) {
            return cells.values().stream().filter(c -> c.verdict() == verdict).count();
        }
    }

    /** The period's results. */
    public record Results(
            int periodIndex, OffsetDateTime from, OffsetDateTime to, List<UnitLine> units, List<TargetResult> targets) {

        public long count(State state) {
            return units.stream().filter(u -> u.state() == state).count();
        }

        /** The units below this one (its sub-units and theirs), parents before their children. */
        public List<UnitLine> below(String unitCode) {
            List<UnitLine> below = new ArrayList<>();
            java.util.Set<String> under = new java.util.HashSet<>(java.util.Set.of(unitCode));
            for (UnitLine line : units) {
                // Top-down order: a unit's parent comes before it, so one pass finds every level.
                if (line.parentUnit() != null && under.contains(line.parentUnit())) {
                    below.add(line);
                    under.add(line.unitCode());
                }
            }
            return below;
        }

        /** The unit's cell for the target, or null when the unit is not among the period's units. */
        public Cell cell(String targetCode, String unitCode) {
            return targets.stream()
                    .filter(t -> t.target().code().equals(targetCode))
                    .map(t -> t.cells().get(unitCode))
                    .findFirst()
                    .orElse(null);
        }

        /** The target's result, or null when the period has no such target. */
        public TargetResult target(String targetCode) {
            return targets.stream()
                    .filter(t -> t.target().code().equals(targetCode))
                    .findFirst()
                    .orElse(null);
        }

        /** The units whose report is missing, or whose value misses a judged target. */
        public boolean lagging(String unitCode) {
            return units.stream().anyMatch(u -> u.unitCode().equals(unitCode) && u.state() == State.MISSING)
                    || targets.stream().anyMatch(t -> {
                        Cell cell = t.cells().get(unitCode);
                        return cell != null && cell.verdict() == Verdict.NOT_MET;
                    });
        }
    }

    /**
     * The period's results.
     *
     * @param children each unit's sub-units it forwarded the task to, by the unit's code
     * @param late for each unit whose report for the period is in, whether it came late
     */
    public Results of(
            ReportingScope scope, PeriodWindow period, Map<String, List<String>> children, Map<String, Boolean> late) {
        Map<String, Map<String, ReportValue>> values = new HashMap<>();
        em
                .createNamedQuery(ReportValue.OF_PERIOD, ReportValue.class)
                .setParameter("directive", scope.directiveId())
                .setParameter("period", period.index())
                .getResultList()
                .stream()
                // A value drafted in a report not yet sent does not count.
                .filter(v -> late.containsKey(v.unitCode()))
                .forEach(v -> values.computeIfAbsent(v.unitCode(), k -> new HashMap<>())
                        .put(v.targetCode(), v));

        List<UnitLine> units = new ArrayList<>();
        for (String recipient : scope.recipients()) {
            addWithSubUnits(recipient, null, 0, children, late, units);
        }
        List<String> codes = units.stream().map(UnitLine::unitCode).toList();
        List<TargetResult> targets = new ArrayList<>();
        for (Target target : scope.targets()) {
            SeriesSource.Figures figures = series.figures(target, period.from(), period.to(), codes);
            Map<String, Cell> cells = new LinkedHashMap<>();
            // Deepest first, so a district with no value of its own rolls up its wards' cells.
            for (int i = units.size() - 1; i >= 0; i--) {
                UnitLine unit = units.get(i);
                ReportValue entered =
                        values.getOrDefault(unit.unitCode(), Map.of()).get(target.code());
                cells.put(unit.unitCode(), cell(target, unit, entered, figures, children, cells));
            }
            Map<String, Cell> ordered = new LinkedHashMap<>();
            codes.forEach(code -> ordered.put(code, cells.get(code)));
            BigDecimal total = figures.overall() != null
                    ? figures.overall()
                    : TargetValues.rollUp(
                            target.rollUp(),
                            scope.recipients().stream()
                                    .map(code -> ordered.get(code).value())
                                    .toList());
            targets.add(
                    new TargetResult(target, ordered, total, TargetValues.judge(target, total), figures.breakdown()));
        }
        return new Results(period.index(), period.from(), period.to(), List.copyOf(units), List.copyOf(targets));
    }

    private static Cell cell(
            Target target,
            UnitLine unit,
            ReportValue entered,
            SeriesSource.Figures figures,
            Map<String, List<String>> children,
            Map<String, Cell> cellsSoFar) {
        BigDecimal reported = entered == null ? null : entered.number();
        String text = entered == null ? null : entered.text();
        String comment = entered == null ? null : entered.comment();
        BigDecimal measured = figures.byUnit().get(unit.unitCode());
        BigDecimal value = measured != null ? measured : reported;
        boolean rolledUp = false;
        List<String> below = children.getOrDefault(unit.unitCode(), List.of());
        if (value == null && !below.isEmpty() && target.kind() != Target.Kind.TEXT) {
            value = TargetValues.rollUp(
                    target.rollUp(),
                    below.stream()
                            .map(cellsSoFar::get)
                            .map(c -> c == null ? null : c.value())
                            .toList());
            rolledUp = value != null;
        }
        Verdict verdict = target.kind() == Target.Kind.TEXT
                ? (text == null ? Verdict.MISSING : Verdict.NOT_JUDGED)
                : TargetValues.judge(target, value);
        return new Cell(reported, text, comment, measured, value, rolledUp, verdict);
    }

    private static void addWithSubUnits(
            String unit,
            String parent,
            int depth,
            Map<String, List<String>> children,
            Map<String, Boolean> late,
            List<UnitLine> into) {
        if (into.stream().anyMatch(u -> u.unitCode().equals(unit))) {
            return;
        }
        Boolean lateReport = late.get(unit);
        into.add(new UnitLine(
                unit, parent, depth, lateReport == null ? State.MISSING : lateReport ? State.LATE : State.REPORTED));
        for (String child : children.getOrDefault(unit, List.of())) {
            addWithSubUnits(child, unit, depth + 1, children, late, into);
        }
    }
}
