package vn.dieuhanh.directive.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dieuhanh.access.boundary.Participation;
import vn.dieuhanh.access.boundary.ReadPolicy;
import vn.dieuhanh.access.boundary.Reader;
import vn.dieuhanh.directive.control.DirectivePeriods;
import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.directive.entity.DirectiveReminder;
import vn.dieuhanh.directive.entity.ReportingCycle;
import vn.dieuhanh.directive.entity.UnitAssignment;
import vn.dieuhanh.directive.entity.UnitReport;
import vn.dieuhanh.dispatch.boundary.DocumentKind;
import vn.dieuhanh.dispatch.boundary.Documents;
import vn.dieuhanh.identity.boundary.Directory;
import vn.dieuhanh.platform.boundary.CityTime;
import vn.dieuhanh.reporting.boundary.MeasuredFigures;
import vn.dieuhanh.reporting.boundary.PeriodResults;
import vn.dieuhanh.reporting.boundary.TargetValues.Verdict;
import vn.dieuhanh.reporting.entity.Target;

/**
 * What the directive page and the dashboard read: a directive's letter, targets and periods, and
 * for one period every unit taking part with its report and its value for the directive's charted
 * target (see {@link #chartedTarget}), from {@link PeriodResults}: reported, or measured from the
 * target's data series, whatever the series is about. Reads only. Who may read is the
 * {@link ReadPolicy}'s: the directive's readers for the page and its figures, those who run and
 * consolidate it for the dashboard. Anyone else is told the directive does not exist.
 */
@Stateless
public class DirectiveBoard {

    private static final ZoneId ZONE = CityTime.ZONE;

    @Inject
    Directives directives;

    @PersistenceContext(unitName = "dieuhanh")
    EntityManager em;

    @Inject
    Participations participations;

    @Inject
    Directory directory;

    @Inject
    DirectivePeriods results;

    @Inject
    Documents documents;

    Clock clock = Clock.system(ZONE);

    /** A directive in a list: enough to choose it. */
    public record Summary(String id, String code, String subject, String status, int recipients, boolean dashboard) {}

    public record TargetView(
            String code, String name, String measure, BigDecimal threshold, String comparison, String source) {}

    /**
     * A period as the pages offer it: its label ("Tháng 11/2026") and, when the label names a
     * calendar month, quarter, half or year rather than its days, {@code calendar} so the page adds them.
     */
    public record PeriodView(
            int index,
            String label,
            boolean calendar,
            OffsetDateTime from,
            OffsetDateTime to,
            OffsetDateTime unitDeadline) {}

    /** The directive's letter as the register holds it; {@code documentId} opens its PDF. */
    public record LetterView(String documentId, String number, LocalDate issuedOn, String state) {}

    /**
     * A unit's line for one period.
     *
     * @param forwardedBy the unit that forwarded the task to it, null for a recipient of the letter
     * @param subUnits how many units it forwarded the task to (the drill-down)
     * @param reportedValue the value the unit wrote in its signed report for the charted target,
     *     null if none
     * @param measuredValue the value judged: measured from the target's series (its sub-units'
     *     included) when it reads one, else reported, else rolled up from its sub-units; null if none
     * @param difference reported minus measured, null unless both are there and the target reads a series
     * @param shortfall how far the value is from the threshold when it misses it, else null
     * @param overdue no report and the period's deadline has passed
     */
    public record UnitLine(
            String unitCode,
            String unitName,
            String forwardedBy,
            int subUnits,
            boolean reported,
            boolean late,
            boolean overdue,
            BigDecimal reportedValue,
            BigDecimal measuredValue,
            BigDecimal difference,
            BigDecimal shortfall,
            boolean meetsTarget,
            int reminders) {}

    /**
     * A directive for one period.
     *
     * @param chartedTarget the target the unit lines are judged against, null when the directive has
     *     no number target with a threshold
     * @param focusUnit the unit drilled into (its line first, then its sub-units), null for all
     *     recipients
     */
    public record Overview(
            String id,
            String code,
            String subject,
            String status,
            LetterView letter,
            List<TargetView> targets,
            List<PeriodView> periods,
            PeriodView period,
            TargetView chartedTarget,
            String focusUnit,
            List<UnitLine> units) {

        /** The charted target's threshold, null without one. */
        public BigDecimal threshold() {
            return chartedTarget == null ? null : chartedTarget.threshold();
        }

        public long reportedCount() {
            return units.stream().filter(UnitLine::reported).count();
        }

        public long lateCount() {
            return units.stream().filter(UnitLine::late).count();
        }

        public long underTargetCount() {
            return units.stream().filter(u -> !u.meetsTarget()).count();
        }

        public List<UnitLine> underTarget() {
            return units.stream().filter(u -> !u.meetsTarget()).toList();
        }
    }

    /**
     * The dashboard: the period's overview of the recipients. What a data source draws beside it
     * (a speed-test trend, for example) is the source's own page part.
     */
    public record Dashboard(Overview overview) {}

    /** Whether this reader's roles read directives at all: the menu offers the list only then. */
    public boolean readsDirectives(Reader reader) {
        return ReadPolicy.readsDirectives(reader);
    }

    /** The directives this reader may open (see {@link ReadPolicy#mayRead}); every one for auditors. */
    public List<Summary> visibleTo(Reader reader) {
        List<Directive> all = em.createQuery("select d from Directive d order by d.code", Directive.class)
                .getResultList();
        Map<String, Participation> participation = participations.ofAll(all);
        List<Summary> visible = new ArrayList<>();
        for (Directive d : all) {
            Participation parties = participation.get(d.id());
            if (ReadPolicy.mayRead(reader, parties)) {
                visible.add(new Summary(
                        d.id(),
                        d.code(),
                        d.subject(),
                        d.status().name(),
                        d.recipients().size(),
                        ReadPolicy.mayWatch(reader, parties)));
            }
        }
        return visible;
    }

    /** The directive's page for a period (the current one when none is named), as its readers see it. */
    public Overview overview(String directiveId, Integer periodIndex, String focusUnit, Reader reader) {
        return build(directives.readable(directiveId, reader), periodIndex, focusUnit);
    }

    /** The dashboard of a directive, for those who run it (see {@link ReadPolicy#mayWatch}). */
    public Dashboard dashboard(String directiveId, Integer periodIndex, Reader reader) {
        Directive directive = directives.find(directiveId);
        if (!ReadPolicy.mayWatch(reader, participations.of(directive))) {
            throw DirectiveProblem.notFound(directiveId);
        }
        return new Dashboard(build(directive, periodIndex, null));
    }

    /**
     * A directive's figures for a period (from 0), read from the data series its targets name, for
     * those who may read them (see {@link ReadPolicy#mayReadFigures}).
     */
    public MeasuredFigures measuredFigures(String directiveId, int periodIndex, Reader reader) {
        Directive directive = directives.find(directiveId);
        if (!ReadPolicy.mayReadFigures(reader, participations.of(directive))) {
            throw DirectiveProblem.notFound(directiveId);
        }
        if (periodIndex < 0 || periodIndex >= directive.cycle().periodCount()) {
            throw new DirectiveProblem(
                    DirectiveProblem.Kind.INVALID,
                    "Không có kỳ báo cáo " + periodIndex + ". / No reporting period " + periodIndex + ".");
        }
        return MeasuredFigures.of(results.of(directive, periodIndex));
    }

    private Overview build(Directive directive, Integer periodIndex, String focusUnit) {
        ReportingCycle cycle = directive.cycle();
        OffsetDateTime now = OffsetDateTime.now(clock);
        // The periods begun so far (the first even before it begins): later ones have nothing to show.
        int current = now.isBefore(cycle.startOf(0)) ? 0 : cycle.periodAt(now).index();
        List<PeriodView> periods = new ArrayList<>();
        for (int i = 0; i <= current; i++) {
            ReportingCycle.ReportingPeriod p = cycle.period(i);
            periods.add(
                    new PeriodView(i, cycle.label(i), cycle.calendarLabels(), p.start(), p.end(), p.unitDeadline()));
        }
        int chosen = periodIndex == null || periodIndex < 0 || periodIndex > current ? current : periodIndex;
        PeriodView period = periods.get(chosen);

        List<UnitAssignment> assignments = em.createQuery(
                        "select a from UnitAssignment a where a.directiveId = :id order by a.unitCode",
                        UnitAssignment.class)
                .setParameter("id", directive.id())
                .getResultList();
        Map<String, String> forwardedBy = new HashMap<>();
        Map<String, List<String>> below = new HashMap<>();
        for (UnitAssignment a : assignments) {
            if (a.parentUnit() != null) {
                forwardedBy.put(a.unitCode(), a.parentUnit());
                below.computeIfAbsent(a.parentUnit(), k -> new ArrayList<>()).add(a.unitCode());
            }
        }
        // All recipients first, in the letter's order; or the unit drilled into and those it forwarded to.
        String focus =
                focusUnit != null && (directive.recipients().contains(focusUnit) || forwardedBy.containsKey(focusUnit))
                        ? focusUnit
                        : null;
        List<String> shown = new ArrayList<>();
        if (focus == null) {
            shown.addAll(directive.recipients());
        } else {
            shown.add(focus);
            shown.addAll(below.getOrDefault(focus, List.of()));
        }

        Map<String, UnitReport> reports = new HashMap<>();
        em.createQuery(
                        "select r from UnitReport r where r.directiveId = :id and r.periodIndex = :period",
                        UnitReport.class)
                .setParameter("id", directive.id())
                .setParameter("period", chosen)
                .getResultList()
                .forEach(r -> reports.put(r.unitCode(), r));
        Map<String, Integer> reminders = new HashMap<>();
        em.createQuery(
                        "select r from DirectiveReminder r where r.directiveId = :id and r.periodIndex = :period",
                        DirectiveReminder.class)
                .setParameter("id", directive.id())
                .setParameter("period", chosen)
                .getResultList()
                .forEach(r -> reminders.merge(r.unitCode(), 1, Integer::sum));

        Target charted = chartedTarget(directive);
        PeriodResults.TargetResult result = charted == null
                ? null
                : results.of(directive, chosen).targets().stream()
                        .filter(t -> t.target().code().equals(charted.code()))
                        .findFirst()
                        .orElse(null);
        boolean pastDeadline = now.isAfter(period.unitDeadline());
        List<UnitLine> lines = new ArrayList<>();
        for (String unit : shown) {
            UnitReport report = reports.get(unit);
            PeriodResults.Cell cell = result == null ? null : result.cells().get(unit);
            BigDecimal value = cell == null ? null : cell.value();
            BigDecimal reported = report == null || cell == null ? null : cell.reported();
            BigDecimal difference =
                    reported != null && cell.measured() != null ? reported.subtract(cell.measured()) : null;
            Verdict verdict = cell == null ? Verdict.NOT_JUDGED : cell.verdict();
            lines.add(new UnitLine(
                    unit,
                    directory.unit(unit).name(),
                    forwardedBy.get(unit),
                    below.getOrDefault(unit, List.of()).size(),
                    report != null,
                    report != null && report.late(),
                    report == null && pastDeadline,
                    reported,
                    value,
                    difference,
                    verdict == Verdict.NOT_MET && value != null
                            ? charted.threshold().subtract(value).abs()
                            : null,
                    verdict == Verdict.MET || verdict == Verdict.NOT_JUDGED,
                    reminders.getOrDefault(unit, 0)));
        }
        LetterView letter = documents
                .of(directive.id(), DocumentKind.LETTER, null, null)
                .map(d -> new LetterView(d.id(), d.numberLabel(), d.issuedOn(), d.state()))
                .orElse(null);
        return new Overview(
                directive.id(),
                directive.code(),
                directive.subject(),
                directive.status().name(),
                letter,
                directive.targets().stream().map(DirectiveBoard::view).toList(),
                periods,
                period,
                charted == null ? null : view(charted),
                focus,
                lines);
    }

    private static TargetView view(Target t) {
        return new TargetView(
                t.code(),
                t.name(),
                t.measure(),
                t.threshold(),
                t.comparison().name(),
                t.source().name());
    }

    /**
     * The target the page charts unit by unit: the first number, percent or count judged against a
     * threshold, one read from a data series before one only reported (a measured figure is what
     * the units are held to). Null when the directive has none, as a task with only a yes/no target.
     */
    static Target chartedTarget(Directive directive) {
        List<Target> judged = directive.targets().stream()
                .filter(t -> t.threshold() != null
                        && (t.kind() == Target.Kind.COUNT
                                || t.kind() == Target.Kind.NUMBER
                                || t.kind() == Target.Kind.PERCENT))
                .toList();
        return judged.stream()
                .filter(t -> t.series() != null)
                .findFirst()
                .orElse(judged.isEmpty() ? null : judged.get(0));
    }
}
