package vn.dieuhanh.directive.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.dieuhanh.access.boundary.ReadPolicy;
import vn.dieuhanh.access.boundary.Reader;
import vn.dieuhanh.audit.boundary.AuditLog;
import vn.dieuhanh.directive.control.DirectivePapers;
import vn.dieuhanh.directive.control.DirectivePeriods;
import vn.dieuhanh.directive.control.DirectiveValues;
import vn.dieuhanh.directive.control.ReminderSelection;
import vn.dieuhanh.directive.control.ReportPapers;
import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.directive.entity.DirectiveReminder;
import vn.dieuhanh.directive.entity.ReportEvidence;
import vn.dieuhanh.dispatch.boundary.DocumentKind;
import vn.dieuhanh.dispatch.boundary.DocumentSummary;
import vn.dieuhanh.dispatch.boundary.Documents;
import vn.dieuhanh.engine.boundary.OpenTask;
import vn.dieuhanh.engine.boundary.TaskNotOpenException;
import vn.dieuhanh.engine.boundary.Workflow;
import vn.dieuhanh.identity.boundary.Directory;
import vn.dieuhanh.platform.boundary.CityTime;
import vn.dieuhanh.reporting.boundary.PeriodResults;
import vn.dieuhanh.reporting.boundary.ReportValues;
import vn.dieuhanh.reporting.boundary.TargetValues;

/**
 * What the pages of a unit's and the consolidating unit's steps show (the officers to assign, the
 * measured figures beside the reported ones, every unit's standing in the period) and the DIC
 * officer's reminders in one action. Every answer starts from a task the caller may act on.
 */
@Stateless
public class Reporting {

    private static final ZoneId ZONE = CityTime.ZONE;

    @Inject
    AuditLog audit;

    @Inject
    Workflow workflow;

    @PersistenceContext(unitName = "dieuhanh")
    EntityManager em;

    @Inject
    Directory directory;

    @Inject
    Documents documents;

    @Inject
    DirectivePapers papers;

    @Inject
    DirectiveValues reportValues;

    @Inject
    DirectivePeriods periodResults;

    @Inject
    Participations participations;

    Clock clock = Clock.system(ZONE);

    /** The case a task belongs to: its directive, its unit (none for the consolidation) and period. */
    public record TaskContext(String taskId, String stepKey, String directiveId, String unitCode, int periodIndex) {}

    /** A unit as a page names it. */
    public record UnitName(String code, String name) {}

    /** What a unit head chooses from: the unit's officers, or the units below it. */
    public record AssignmentChoices(
            UnitName unit, List<Directory.Person> officers, List<UnitName> subUnits, String letterDocumentId) {}

    /** An evidence file of a report, without its bytes. */
    public record EvidenceView(String id, String fileName, String mediaType, int sizeBytes, String uploadedBy) {}

    /**
     * The unit's period as its report pages show it: each target with the value entered so far
     * (a returned report) and what its data series measured, evidence, and the report drawn so far.
     */
    public record UnitPeriod(
            UnitName unit,
            int periodIndex,
            String periodLabel,
            OffsetDateTime from,
            OffsetDateTime to,
            List<ReportValues.Line> lines,
            String note,
            List<EvidenceView> evidence,
            String reportDocumentId,
            String letterDocumentId,
            SubUnits subUnits) {}

    /**
     * The sub-units a unit forwarded the task to, with what each has sent for the period: the
     * forwarding unit reads them before it reports for all of them. Empty when it forwarded to none.
     */
    public record SubUnits(List<String> targets, List<SubUnitRow> rows) {
        public boolean isEmpty() {
            return rows.isEmpty();
        }
    }

    /** One sub-unit in its parent's report page: its name, depth below the parent (1, 2...), state and values. */
    public record SubUnitRow(String unitCode, String name, int depth, String state, List<String> values) {}

    /** A target as the consolidation's table heads it. */
    public record TargetColumn(String code, String name, String requirement) {}

    /** A unit's value for a target in the consolidation's table. */
    public record StandingValue(String value, String verdict, boolean notMet) {}

    /** One unit's standing in the period, for the consolidation: sub-units follow their parent (depth 1 and below). */
    public record UnitStanding(
            String unitCode,
            String unitName,
            int depth,
            String state,
            List<StandingValue> values,
            boolean underTarget,
            boolean reminded) {

        public boolean lagging() {
            return state.equals(MISSING) || underTarget;
        }
    }

    public static final String REPORTED = "REPORTED";
    public static final String LATE = "LATE";
    public static final String MISSING = "MISSING";

    /** Every unit's standing in the consolidation's period, and the consolidated report drawn so far. */
    public record Board(
            int periodIndex,
            String periodLabel,
            OffsetDateTime from,
            OffsetDateTime to,
            List<TargetColumn> targets,
            List<UnitStanding> units,
            String consolidatedDocumentId) {

        public long count(String state) {
            return units.stream().filter(u -> u.state().equals(state)).count();
        }

        public long underTarget() {
            return units.stream().filter(UnitStanding::underTarget).count();
        }
    }

    /** What the one-action reminder did. */
    public record Reminded(List<String> reminded, List<String> alreadyReminded) {}

    /** The task's case, if the task is open at this step and offered to one of the caller's groups. */
    public TaskContext context(String taskId, String stepKey, Collection<String> groups) {
        OpenTask task = workflow.openTaskFor(taskId, stepKey, groups);
        Object directiveId = workflow.taskVariable(taskId, "directiveId");
        if (!(directiveId instanceof String id)) {
            throw new TaskNotOpenException(taskId);
        }
        Object unit = workflow.taskVariable(task.id(), "unitCode");
        Object period = workflow.taskVariable(task.id(), "periodIndex");
        return new TaskContext(
                taskId,
                stepKey,
                id,
                unit instanceof String code ? code : null,
                period instanceof Number n ? n.intValue() : 0);
    }

    /** The task's period as people name it ("Tháng 11/2026"), for the pages that speak of it. */
    public String periodLabel(TaskContext context) {
        return directive(context.directiveId()).cycle().label(context.periodIndex());
    }

    public AssignmentChoices assignmentChoices(String taskId, Collection<String> groups) {
        TaskContext context = context(taskId, "assignOrForward", groups);
        String unit = context.unitCode();
        return new AssignmentChoices(
                name(unit),
                directory.holdersOf(unit, "unit-officer"),
                directory.subUnitsOf(unit).stream()
                        .sorted()
                        .map(this::name)
                        .sorted(java.util.Comparator.comparing(UnitName::name))
                        .toList(),
                letterDocumentId(context.directiveId()));
    }

    /** For the officer drafting the report and the head approving it. */
    public UnitPeriod unitPeriod(String taskId, String stepKey, Collection<String> groups) {
        TaskContext context = context(taskId, stepKey, groups);
        Directive directive = directive(context.directiveId());
        int period = context.periodIndex();
        var window = directive.cycle().period(period);
        String unit = context.unitCode();
        Object note = workflow.taskVariable(taskId, "reportNote");
        List<EvidenceView> evidence = em
                .createNamedQuery(ReportEvidence.OF_REPORT, ReportEvidence.class)
                .setParameter("directive", directive.id())
                .setParameter("unit", unit)
                .setParameter("period", period)
                .getResultList()
                .stream()
                .map(e -> new EvidenceView(e.id(), e.fileName(), e.mediaType(), e.sizeBytes(), e.uploadedBy()))
                .toList();
        return new UnitPeriod(
                name(unit),
                period,
                papers.periodLabel(directive, period),
                window.start(),
                window.end(),
                reportValues.lines(directive, unit, period, reportValues.stored(directive, unit, period)),
                note instanceof String s ? s : null,
                evidence,
                documents
                        .of(directive.id(), DocumentKind.UNIT_REPORT, unit, period)
                        .map(DocumentSummary::id)
                        .orElse(null),
                letterDocumentId(directive.id()),
                subUnits(directive, unit, period));
    }

    private SubUnits subUnits(Directive directive, String unit, int period) {
        var below = ReportPapers.subUnits(unit, periodResults.forReportOf(directive, unit, period));
        if (below == null) {
            return new SubUnits(List.of(), List.of());
        }
        return new SubUnits(
                below.targets(),
                below.lines().stream()
                        .map(line -> new SubUnitRow(
                                line.unitCode(),
                                name(line.unitCode()).name(),
                                line.depth(),
                                line.state(),
                                line.values()))
                        .toList());
    }

    /** The issued letter the unit carries out. */
    private String letterDocumentId(String directiveId) {
        return documents
                .of(directiveId, DocumentKind.LETTER, null, null)
                .map(DocumentSummary::id)
                .orElse(null);
    }

    /** For the DIC officer consolidating and the director signing: every recipient's standing. */
    public Board board(String taskId, String stepKey, Collection<String> groups) {
        TaskContext context = context(taskId, stepKey, groups);
        Directive directive = directive(context.directiveId());
        return board(directive, context.periodIndex());
    }

    /** The consolidated report of the task's period (the Ministry's acknowledgement shows it). */
    public String consolidatedDocumentId(String taskId, String stepKey, Collection<String> groups) {
        TaskContext context = context(taskId, stepKey, groups);
        return documents
                .of(context.directiveId(), DocumentKind.CONSOLIDATED_REPORT, null, context.periodIndex())
                .map(DocumentSummary::id)
                .orElse(null);
    }

    /** The consolidated report of a period, once drawn (the consolidation page shows it after the action). */
    public String consolidatedDocumentIdOf(String directiveId, int periodIndex) {
        return documents
                .of(directiveId, DocumentKind.CONSOLIDATED_REPORT, null, periodIndex)
                .map(DocumentSummary::id)
                .orElse(null);
    }

    /**
     * The consolidating unit's officer reminds, in one action, every recipient without a report for
     * the period or missing a judged target; one reminded this way for the period already is left
     * alone (the wards a district forwarded to are the district's to remind). The
     * directive's row is locked first, so two clicks at once remind each unit once.
     */
    public Reminded remindLagging(String directiveId, String taskId, Collection<String> groups, Actor actor) {
        TaskContext context = context(taskId, "consolidateReports", groups);
        if (!context.directiveId().equals(directiveId)) {
            throw new TaskNotOpenException(taskId);
        }
        Directive directive = em.find(Directive.class, context.directiveId(), LockModeType.PESSIMISTIC_WRITE);
        if (directive == null) {
            throw DirectiveProblem.notFound(context.directiveId());
        }
        int period = context.periodIndex();
        Board board = board(directive, period);
        Set<String> before = new HashSet<>(em.createQuery(
                        "select r.unitCode from DirectiveReminder r where r.directiveId = :id"
                                + " and r.periodIndex = :period and r.kind = :kind",
                        String.class)
                .setParameter("id", directive.id())
                .setParameter("period", period)
                .setParameter("kind", DirectiveReminder.Kind.DIC_REMINDER)
                .getResultList());
        ReminderSelection.Choice choice = ReminderSelection.choose(
                board.units().stream()
                        // The recipients only: a district answers for the wards it forwarded to.
                        .filter(u -> u.depth() == 0)
                        .map(u -> new ReminderSelection.Standing(
                                u.unitCode(), !u.state().equals(MISSING), u.underTarget()))
                        .toList(),
                before);
        OffsetDateTime now = OffsetDateTime.now(clock);
        choice.toRemind().forEach(unit -> {
            em.persist(new DirectiveReminder(directive.id(), unit, period, DirectiveReminder.Kind.DIC_REMINDER, now));
            audit.consolidationReminder(
                    directive.id(), unit, period, actor.user(), actor.displayName(), directive.consolidatingUnit());
        });
        return new Reminded(choice.toRemind(), choice.alreadyReminded());
    }

    /** An evidence file, for those who may read it (see {@link ReadPolicy#mayReadEvidence}); else as if absent. */
    public EvidenceFile evidence(String evidenceId, Reader reader) {
        ReportEvidence evidence = em.find(ReportEvidence.class, evidenceId);
        Directive directive = evidence == null ? null : em.find(Directive.class, evidence.directiveId());
        if (directive == null
                || !ReadPolicy.mayReadEvidence(reader, participations.of(directive), evidence.unitCode())) {
            throw new DirectiveProblem(DirectiveProblem.Kind.NOT_FOUND, "Không tìm thấy tệp. / No such file.");
        }
        return new EvidenceFile(evidence.fileName(), evidence.mediaType(), evidence.content());
    }

    private Board board(Directive directive, int period) {
        PeriodResults.Results results = periodResults.of(directive, period);
        Set<String> reminded = new HashSet<>(em.createQuery(
                        "select r.unitCode from DirectiveReminder r where r.directiveId = :id"
                                + " and r.periodIndex = :period and r.kind = :kind",
                        String.class)
                .setParameter("id", directive.id())
                .setParameter("period", period)
                .setParameter("kind", DirectiveReminder.Kind.DIC_REMINDER)
                .getResultList());
        List<UnitStanding> units = results.units().stream()
                .map(unit -> {
                    List<StandingValue> values = results.targets().stream()
                            .map(t -> standing(t, t.cells().get(unit.unitCode())))
                            .toList();
                    return new UnitStanding(
                            unit.unitCode(),
                            name(unit.unitCode()).name(),
                            unit.depth(),
                            unit.state().name(),
                            values,
                            values.stream().anyMatch(StandingValue::notMet),
                            reminded.contains(unit.unitCode()));
                })
                .toList();
        return new Board(
                period,
                papers.periodLabel(directive, period),
                results.from(),
                results.to(),
                directive.targets().stream()
                        .map(t -> new TargetColumn(t.code(), t.name(), TargetValues.requirement(t)))
                        .toList(),
                units,
                documents
                        .of(directive.id(), DocumentKind.CONSOLIDATED_REPORT, null, period)
                        .map(DocumentSummary::id)
                        .orElse(null));
    }

    /** "310", "40 (tổng hợp cấp dưới)", "310 (tự báo cáo: 320)": a unit's value as the table shows it. */
    private static StandingValue standing(PeriodResults.TargetResult result, PeriodResults.Cell cell) {
        String value = cell.shown(result.target());
        return new StandingValue(value, cell.verdict().vietnamese(), cell.verdict() == TargetValues.Verdict.NOT_MET);
    }

    private Directive directive(String id) {
        Directive directive = em.find(Directive.class, id);
        if (directive == null) {
            throw DirectiveProblem.notFound(id);
        }
        return directive;
    }

    /** From the org chart read once (cached), not a directory search per unit of a 45-row table. */
    private UnitName name(String code) {
        return new UnitName(code, directory.names().getOrDefault(code, code));
    }
}
