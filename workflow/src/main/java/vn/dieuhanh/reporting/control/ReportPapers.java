package vn.dieuhanh.reporting.control;

import java.util.List;
import vn.dieuhanh.document.control.DocumentTemplates;

/**
 * What a unit's report prints from the period's results: its own line per target, and the table
 * of the sub-units it forwarded the task to. Kept apart from the boundary so the rules (a
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
                    PeriodResults.Cell cell = results.cell(l.target().code(), unitCode);
                    PeriodResults.Cell rolled = cell != null && cell.rolledUp() ? cell : null;
                    boolean own = l.reported() != null || l.measured() != null;
                    return new DocumentTemplates.ValueLine(
                            l.target().name(),
                            TargetValues.requirement(l.target()),
                            own || rolled == null ? l.valueText() : rolled.shown(l.target()),
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
}
