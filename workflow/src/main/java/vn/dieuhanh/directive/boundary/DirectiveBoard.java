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
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.directive.entity.DirectiveReminder;
import vn.dieuhanh.directive.entity.ReportingCycle;
import vn.dieuhanh.directive.entity.UnitAssignment;
import vn.dieuhanh.directive.entity.UnitReport;
import vn.dieuhanh.document.boundary.Documents;
import vn.dieuhanh.document.control.DocumentKind;
import vn.dieuhanh.engine.boundary.CandidateGroups;
import vn.dieuhanh.identity.control.Directory;
import vn.dieuhanh.measurement.boundary.Measurements;
import vn.dieuhanh.measurement.control.MonthlyFigures;
import vn.dieuhanh.platform.control.CityOffice;
import vn.dieuhanh.reporting.entity.ReportValue;

/**
 * What the directive page and the dashboard read: a directive's letter, targets and periods, and
 * for one period every unit taking part with its report and its measured figures; the trend by
 * period. Reads only. Who may read follows the directive's own data: its parties (as
 * {@link Directives#status}) for the page, the units that run and consolidate it for the
 * dashboard; auditors read all. Anyone else is told the directive does not exist.
 */
@Stateless
public class DirectiveBoard {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Periods the dashboard's trend shows: half a year is what a monthly meeting looks back on. */
    public static final int TREND_PERIODS = 6;

    @Inject
    Directives directives;

    @PersistenceContext(unitName = "dieuhanh")
    EntityManager em;

    @Inject
    CityOffice cityOffice;

    @Inject
    Directory directory;

    @Inject
    Measurements measurements;

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
     * @param reportedSamples the count the unit wrote in its signed report, null if none
     * @param measuredSamples the samples the system counts for it, its sub-units' included
     * @param difference reported minus measured, null without a report
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
            Long reportedSamples,
            long measuredSamples,
            Long difference,
            boolean meetsTarget,
            int reminders) {}

    /**
     * A directive for one period.
     *
     * @param speedTarget the download threshold in Mbps, null if the directive sets none
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
            long sampleTarget,
            Double speedTarget,
            String focusUnit,
            List<UnitLine> units,
            List<MonthlyFigures.OperatorFigure> operators) {

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

    /** The dashboard: the period's overview of the recipients and the trend up to that period. */
    public record Dashboard(Overview overview, List<Measurements.TrendPoint> trend) {}

    /** The directives this caller may open: those their units take part in; every one for auditors. */
    public List<Summary> visibleTo(Collection<String> callerUnits, Collection<String> taskGroups, boolean auditor) {
        Set<String> assignedTo = new HashSet<>();
        if (!callerUnits.isEmpty()) {
            em.createQuery("select a.directiveId from UnitAssignment a where a.unitCode in :units", String.class)
                    .setParameter("units", callerUnits)
                    .getResultList()
                    .forEach(assignedTo::add);
        }
        List<Summary> visible = new ArrayList<>();
        for (Directive d : em.createQuery("select d from Directive d order by d.code", Directive.class)
                .getResultList()) {
            boolean party = auditor
                    || assignedTo.contains(d.id())
                    || callerUnits.stream().anyMatch(parties(d)::contains);
            if (party) {
                visible.add(new Summary(
                        d.id(),
                        d.code(),
                        d.subject(),
                        d.status().name(),
                        d.recipients().size(),
                        mayWatch(d, taskGroups, auditor)));
            }
        }
        return visible;
    }

    /** The directive's page for a period (the current one when none is named), as its parties see it. */
    public Overview overview(
            String directiveId,
            Integer periodIndex,
            String focusUnit,
            Collection<String> callerUnits,
            boolean auditor) {
        // The same check as the directive's status: not a party, not found.
        directives.status(directiveId, callerUnits, auditor);
        return build(directives.find(directiveId), periodIndex, focusUnit);
    }

    /**
     * The dashboard of a directive: for the City Office that runs it (its leaders, Chief, the lead
     * division, the records office), the consolidating unit (officer and director) and auditors.
     */
    public Dashboard dashboard(
            String directiveId, Integer periodIndex, Collection<String> taskGroups, boolean auditor) {
        Directive directive = directives.find(directiveId);
        if (!mayWatch(directive, taskGroups, auditor)) {
            throw DirectiveProblem.notFound(directiveId);
        }
        Overview overview = build(directive, periodIndex, null);
        List<Measurements.TrendPoint> trend =
                new ArrayList<>(measurements.trend(directive, overview.period().index(), TREND_PERIODS));
        // Months before the directive with no data at all say nothing: the trend starts at the first with some.
        while (trend.size() > 1
                && trend.get(0).beforeDirective()
                && trend.get(0).samples() == 0) {
            trend.remove(0);
        }
        return new Dashboard(overview, List.copyOf(trend));
    }

    /** The role in the unit that plays that part in this directive: the dashboard's readers. */
    boolean mayWatch(Directive d, Collection<String> taskGroups, boolean auditor) {
        if (auditor) {
            return true;
        }
        Set<String> watchers = new HashSet<>(Set.of(
                CandidateGroups.of(cityOffice.leaderUnit(), "city-leader"),
                CandidateGroups.of(d.officeUnit(), "chief-of-office"),
                CandidateGroups.of(d.officeUnit(), "specialist"),
                CandidateGroups.of(d.officeUnit(), "division-head"),
                CandidateGroups.of(d.leadUnit(), "specialist"),
                CandidateGroups.of(d.leadUnit(), "division-head"),
                CandidateGroups.of(cityOffice.recordsUnit(), "records-clerk"),
                CandidateGroups.of(d.consolidatingUnit(), "dic-officer"),
                CandidateGroups.of(d.consolidatingUnit(), "dic-director")));
        return taskGroups.stream().anyMatch(watchers::contains);
    }

    private Set<String> parties(Directive d) {
        Set<String> parties = new HashSet<>(d.partyUnits());
        parties.add(cityOffice.leaderUnit());
        return parties;
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
        // What each unit reported for the target the measured counts are set against, if it has one.
        Map<String, BigDecimal> selfReported = new HashMap<>();
        measurements.countTargetOf(directive).ifPresent(target -> em
                .createNamedQuery(ReportValue.OF_PERIOD, ReportValue.class)
                .setParameter("directive", directive.id())
                .setParameter("period", chosen)
                .getResultList()
                .stream()
                .filter(v -> v.targetCode().equals(target.code()) && v.number() != null)
                .forEach(v -> selfReported.put(v.unitCode(), v.number())));
        Map<String, Integer> reminders = new HashMap<>();
        em.createQuery(
                        "select r from DirectiveReminder r where r.directiveId = :id and r.periodIndex = :period",
                        DirectiveReminder.class)
                .setParameter("id", directive.id())
                .setParameter("period", chosen)
                .getResultList()
                .forEach(r -> reminders.merge(r.unitCode(), 1, Integer::sum));

        Measurements.PeriodFigures figures =
                measurements.figures(directive, chosen, List.copyOf(new LinkedHashSet<>(shown)));
        Map<String, MonthlyFigures.UnitTarget> measured = new HashMap<>();
        figures.units().forEach(u -> measured.put(u.unitCode(), u));
        boolean pastDeadline = now.isAfter(period.unitDeadline());
        List<UnitLine> lines = new ArrayList<>();
        for (String unit : shown) {
            UnitReport report = reports.get(unit);
            MonthlyFigures.UnitTarget m = measured.get(unit);
            long total = m == null ? 0 : m.total();
            Long reported = report == null || !selfReported.containsKey(unit)
                    ? null
                    : selfReported.get(unit).longValue();
            lines.add(new UnitLine(
                    unit,
                    directory.unit(unit).name(),
                    forwardedBy.get(unit),
                    below.getOrDefault(unit, List.of()).size(),
                    report != null,
                    report != null && report.late(),
                    report == null && pastDeadline,
                    reported,
                    total,
                    reported == null ? null : reported - total,
                    total >= figures.sampleTarget(),
                    reminders.getOrDefault(unit, 0)));
        }
        LetterView letter = documents
                .of(directive.id(), DocumentKind.LETTER, null, null)
                .map(d -> new LetterView(
                        d.id(), d.numberLabel(), d.issuedOn(), d.state().name()))
                .orElse(null);
        return new Overview(
                directive.id(),
                directive.code(),
                directive.subject(),
                directive.status().name(),
                letter,
                directive.targets().stream()
                        .map(t -> new TargetView(
                                t.code(),
                                t.name(),
                                t.measure(),
                                t.threshold(),
                                t.comparison().name(),
                                t.source().name()))
                        .toList(),
                periods,
                period,
                figures.sampleTarget(),
                measurements.speedTarget(directive).orElse(null),
                focus,
                lines,
                figures.operators());
    }
}
