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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dieuhanh.directive.control.ReminderSelection;
import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.directive.entity.DirectiveReminder;
import vn.dieuhanh.directive.entity.ReportEvidence;
import vn.dieuhanh.directive.entity.Target;
import vn.dieuhanh.directive.entity.UnitReport;
import vn.dieuhanh.document.boundary.Documents;
import vn.dieuhanh.document.control.DocumentKind;
import vn.dieuhanh.document.entity.OfficialDocument;
import vn.dieuhanh.engine.boundary.OpenTask;
import vn.dieuhanh.engine.boundary.TaskNotOpenException;
import vn.dieuhanh.engine.boundary.Workflow;
import vn.dieuhanh.identity.control.Directory;
import vn.dieuhanh.measurement.boundary.Measurements;
import vn.dieuhanh.measurement.control.MonthlyFigures;

/**
 * What the pages of a unit's and the consolidating unit's steps show (the officers to assign, the
 * measured figures beside the reported ones, every unit's standing in the period) and the DIC
 * officer's reminders in one action. Every answer starts from a task the caller may act on.
 */
@Stateless
public class Reporting {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    Workflow workflow;

    @PersistenceContext(unitName = "dieuhanh")
    EntityManager em;

    @Inject
    Directory directory;

    @Inject
    Documents documents;

    @Inject
    Measurements measurements;

    Clock clock = Clock.system(ZONE);

    /** The case a task belongs to: its directive, its unit (none for the consolidation) and period. */
    public record TaskContext(String taskId, String stepKey, String directiveId, String unitCode, int periodIndex) {}

    /** A unit as a page names it. */
    public record UnitName(String code, String name) {}

    /** What a unit head chooses from: the unit's officers, or the units below it. */
    public record AssignmentChoices(
            UnitName unit, List<Directory.Person> officers, List<UnitName> subUnits, String letterDocumentId) {}

    /** A target of the directive as the report page lists it. */
    public record TargetLine(String code, String name, String measure, String threshold, boolean selfReported) {}

    /** An evidence file of a report, without its bytes. */
    public record EvidenceView(String id, String fileName, String mediaType, int sizeBytes, String uploadedBy) {}

    /** The unit's period as its report pages show it: measured figures, evidence and the report drawn so far. */
    public record UnitPeriod(
            UnitName unit,
            int periodIndex,
            OffsetDateTime from,
            OffsetDateTime to,
            long sampleTarget,
            long measuredSamples,
            Long reportedSamples,
            String note,
            List<TargetLine> targets,
            List<EvidenceView> evidence,
            String reportDocumentId,
            String letterDocumentId) {

        public boolean measuredMeetsTarget() {
            return sampleTarget == 0 || measuredSamples >= sampleTarget;
        }
    }

    /** One recipient's standing in the period, for the consolidation. */
    public record UnitStanding(
            String unitCode,
            String unitName,
            String state,
            Long reportedSamples,
            long measuredSamples,
            long sampleTarget,
            boolean underTarget,
            boolean reminded) {

        /** Reported figure minus measured, null when the unit gave none. */
        public Long difference() {
            return reportedSamples == null ? null : reportedSamples - measuredSamples;
        }

        public boolean lagging() {
            return state.equals(MISSING) || underTarget;
        }
    }

    public static final String REPORTED = "REPORTED";
    public static final String LATE = "LATE";
    public static final String MISSING = "MISSING";

    /** Every recipient's standing in the consolidation's period, and the consolidated report drawn so far. */
    public record Board(
            int periodIndex,
            OffsetDateTime from,
            OffsetDateTime to,
            long sampleTarget,
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
        Object reported = workflow.taskVariable(taskId, "reportedSamples");
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
                window.start(),
                window.end(),
                sampleTarget(directive),
                measurements.unitSamples(directive, period, unit),
                reported instanceof Number n ? n.longValue() : null,
                note instanceof String s ? s : null,
                targets(directive),
                evidence,
                documents
                        .of(directive.id(), DocumentKind.UNIT_REPORT, unit, period)
                        .map(OfficialDocument::id)
                        .orElse(null),
                letterDocumentId(directive.id()));
    }

    /** The issued letter the unit carries out. */
    private String letterDocumentId(String directiveId) {
        return documents
                .of(directiveId, DocumentKind.LETTER, null, null)
                .map(OfficialDocument::id)
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
                .map(OfficialDocument::id)
                .orElse(null);
    }

    /** The consolidated report of a period, once drawn (the consolidation page shows it after the action). */
    public String consolidatedDocumentIdOf(String directiveId, int periodIndex) {
        return documents
                .of(directiveId, DocumentKind.CONSOLIDATED_REPORT, null, periodIndex)
                .map(OfficialDocument::id)
                .orElse(null);
    }

    /**
     * The DIC officer reminds, in one action, every recipient without a report for the period or
     * under the sample target; one reminded this way for the period already is left alone. The
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
                        .map(u -> new ReminderSelection.Standing(
                                u.unitCode(), !u.state().equals(MISSING), u.underTarget()))
                        .toList(),
                before);
        OffsetDateTime now = OffsetDateTime.now(clock);
        choice.toRemind()
                .forEach(unit -> em.persist(
                        new DirectiveReminder(directive.id(), unit, period, DirectiveReminder.Kind.DIC_REMINDER, now)));
        return new Reminded(choice.toRemind(), choice.alreadyReminded());
    }

    /** An evidence file, for someone who may see the unit's report (its unit, the consolidating unit, auditors). */
    public ReportEvidence evidence(String evidenceId, Collection<String> callerUnits, boolean auditor) {
        ReportEvidence evidence = em.find(ReportEvidence.class, evidenceId);
        if (evidence == null) {
            throw new DirectiveProblem(DirectiveProblem.Kind.NOT_FOUND, "Không tìm thấy tệp. / No such file.");
        }
        Directive directive = directive(evidence.directiveId());
        if (!auditor
                && !callerUnits.contains(evidence.unitCode())
                && !callerUnits.contains(directive.consolidatingUnit())) {
            throw new DirectiveProblem(DirectiveProblem.Kind.NOT_FOUND, "Không tìm thấy tệp. / No such file.");
        }
        return evidence;
    }

    private Board board(Directive directive, int period) {
        Measurements.PeriodFigures figures = measurements.figures(directive, period);
        Map<String, MonthlyFigures.UnitTarget> measured = new HashMap<>();
        figures.units().forEach(u -> measured.put(u.unitCode(), u));
        Map<String, UnitReport> reports = new HashMap<>();
        em.createQuery(
                        "select r from UnitReport r where r.directiveId = :id and r.periodIndex = :period",
                        UnitReport.class)
                .setParameter("id", directive.id())
                .setParameter("period", period)
                .getResultList()
                .forEach(r -> reports.put(r.unitCode(), r));
        Set<String> reminded = new HashSet<>(em.createQuery(
                        "select r.unitCode from DirectiveReminder r where r.directiveId = :id"
                                + " and r.periodIndex = :period and r.kind = :kind",
                        String.class)
                .setParameter("id", directive.id())
                .setParameter("period", period)
                .setParameter("kind", DirectiveReminder.Kind.DIC_REMINDER)
                .getResultList());
        long target = figures.sampleTarget();
        List<UnitStanding> units = directive.recipients().stream()
                .map(unit -> {
                    UnitReport report = reports.get(unit);
                    MonthlyFigures.UnitTarget m = measured.get(unit);
                    long total = m == null ? 0 : m.total();
                    return new UnitStanding(
                            unit,
                            name(unit).name(),
                            report == null ? MISSING : report.late() ? LATE : REPORTED,
                            report == null ? null : report.reportedSamples(),
                            total,
                            target,
                            target > 0 && total < target,
                            reminded.contains(unit));
                })
                .toList();
        return new Board(
                period,
                figures.from(),
                figures.to(),
                target,
                units,
                documents
                        .of(directive.id(), DocumentKind.CONSOLIDATED_REPORT, null, period)
                        .map(OfficialDocument::id)
                        .orElse(null));
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

    /** The per-unit sample target: a target measured in samples, as Measurements reads it. */
    private static long sampleTarget(Directive directive) {
        return directive.targets().stream()
                .filter(t -> t.measure().equalsIgnoreCase("mẫu") || t.measure().equalsIgnoreCase("samples"))
                .map(t -> t.threshold().longValue())
                .findFirst()
                .orElse(0L);
    }

    private static List<TargetLine> targets(Directive directive) {
        return directive.targets().stream()
                .map(t -> new TargetLine(
                        t.code(),
                        t.name(),
                        t.measure(),
                        t.threshold().stripTrailingZeros().toPlainString(),
                        t.source() == Target.Source.SELF_REPORTED))
                .toList();
    }
}
