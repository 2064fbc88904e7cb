package vn.dieuhanh.directive.control;

import java.util.ArrayList;
import java.util.List;
import vn.dieuhanh.dispatch.boundary.DocumentTemplates;
import vn.dieuhanh.reporting.boundary.PeriodResults;
import vn.dieuhanh.reporting.boundary.ReportValues;
import vn.dieuhanh.reporting.boundary.SeriesSource;
import vn.dieuhanh.reporting.boundary.TargetValues;
import vn.dieuhanh.reporting.entity.Target;

/**
 * What a unit's report prints from the period's results: its own line per target, and the table
 * of the sub-units it forwarded the task to; and what the consolidated report prints from them. Kept apart from the boundary so the rules (a
 * forwarding unit's value rolled up from its sub-units) are tested without a server.
 */
public final class ReportPapers {

    private ReportPapers() {}

    /**
     * The unit's lines; where a unit that forwarded the task enters no value of its own, the value
     * its sub-units' reports roll up to by the target's rule, so its report states it.
     */
    public static List<DocumentTemplates.ValueLine> valueLines(
            List<ReportValues.Line> lines, String unitCode, PeriodResults.Results results) {
        return lines.stream()
                .map(l -> {
                    PeriodResults.TargetResult result =
                            results.target(l.target().code());
                    PeriodResults.Cell cell =
                            result == null ? null : result.cells().get(unitCode);
                    PeriodResults.Cell rolled = cell != null && cell.rolledUp() ? cell : null;
                    boolean own = l.reported() != null || l.measured() != null;
                    return new DocumentTemplates.ValueLine(
                            l.target().name(),
                            l.target().requirement(),
                            own || rolled == null ? l.valueText() : rolled.shown(result.target()),
                            own || rolled == null
                                    ? l.verdict().vietnamese()
                                    : rolled.verdict().vietnamese(),
                            l.comment());
                })
                .toList();
    }

    /** The sub-units below this unit, with the reports they have sent for the period; null when none. */
    public static DocumentTemplates.SubUnits subUnits(String unitCode, PeriodResults.Results results) {
        List<PeriodResults.UnitLine> below = results.below(unitCode);
        if (below.isEmpty()) {
            return null;
        }
        int base = below.get(0).depth();
        return new DocumentTemplates.SubUnits(
                results.targets().stream().map(t -> t.target().name()).toList(),
                below.stream()
                        .map(line -> new DocumentTemplates.SubUnitLine(
                                line.unitCode(),
                                line.depth() - base + 1,
                                line.state().vietnamese(),
                                results.targets().stream()
                                        .map(t -> t.cells().get(line.unitCode()).shown(t.target()))
                                        .toList()))
                        .toList());
    }

    /** Every unit that must report, with where its report is, as the consolidated report lists them. */
    public static List<DocumentTemplates.UnitState> unitStates(PeriodResults.Results results) {
        return results.units().stream()
                .map(u -> new DocumentTemplates.UnitState(
                        u.unitCode(), u.depth(), u.state().vietnamese()))
                .toList();
    }

    /** Each target over the period's units, as the consolidated report prints it. */
    public static List<DocumentTemplates.TargetSection> sections(PeriodResults.Results results) {
        return results.targets().stream().map(ReportPapers::section).toList();
    }

    private static DocumentTemplates.TargetSection section(PeriodResults.TargetResult result) {
        Target target = result.target();
        List<String> values = new ArrayList<>();
        List<String> verdicts = new ArrayList<>();
        result.cells().values().forEach(cell -> {
            values.add(cell.shown(target));
            verdicts.add(cell.verdict().vietnamese());
        });
        SeriesSource.Breakdown breakdown = result.breakdown();
        return new DocumentTemplates.TargetSection(
                target.name(),
                TargetValues.requirement(target),
                values,
                verdicts,
                target.kind() == Target.Kind.TEXT ? null : TargetValues.format(target, result.total()),
                result.totalVerdict().vietnamese(),
                result.count(TargetValues.Verdict.MET),
                result.count(TargetValues.Verdict.NOT_MET),
                result.count(TargetValues.Verdict.MISSING),
                breakdown == null
                        ? null
                        : new DocumentTemplates.Breakdown(
                                breakdown.title(), breakdown.columns(), breakdown.rows(), breakdown.numericColumns()));
    }
}
