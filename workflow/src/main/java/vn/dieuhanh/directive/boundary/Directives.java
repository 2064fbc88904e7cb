package vn.dieuhanh.directive.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.directive.entity.DirectiveReminder;
import vn.dieuhanh.directive.entity.DirectiveUnits;
import vn.dieuhanh.directive.entity.UnitAssignment;
import vn.dieuhanh.directive.entity.UnitReport;
import vn.dieuhanh.engine.boundary.CandidateGroups;
import vn.dieuhanh.engine.boundary.OpenTask;
import vn.dieuhanh.engine.boundary.TaskNotOpenException;
import vn.dieuhanh.engine.boundary.TaskNotYoursException;
import vn.dieuhanh.engine.boundary.Workflow;
import vn.dieuhanh.identity.control.Directory;
import vn.dieuhanh.persistence.control.UniqueConstraints;
import vn.dieuhanh.platform.control.CityOffice;

/**
 * Every person's action on a directive, each one transaction over the engine and our tables.
 * Each action names the task it completes; the task must be open, at the expected step, of this
 * directive (and unit), and offered to one of the caller's {@code UNIT:role} groups.
 */
@Stateless
public class Directives {

    public static final String PROCESS_KEY = "directive";
    static final String OPINION_STEP = "giveDirectingOpinion";

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    Workflow workflow;

    @PersistenceContext(unitName = "dieuhanh")
    EntityManager em;

    @Inject
    CityOffice cityOffice;

    @Inject
    Directory directory;

    Clock clock = Clock.system(ZONE);

    /** The leader's directing opinion on an incoming document starts a directive. */
    public Directive create(String opinionTaskId, Collection<String> callerGroups, NewDirective spec) {
        workflow.openTaskFor(opinionTaskId, OPINION_STEP, callerGroups);
        Directive directive;
        try {
            directive = new Directive(
                    spec.code(),
                    spec.subject(),
                    new DirectiveUnits(
                            spec.leadUnit(),
                            cityOffice.officeUnit(),
                            cityOffice.recordsUnit(),
                            spec.consolidatingUnit(),
                            spec.receiverUnit()),
                    spec.recipients(),
                    spec.targets(),
                    spec.cycle(),
                    (String) workflow.taskVariable(opinionTaskId, "incomingDocumentId"));
        } catch (IllegalArgumentException e) {
            throw new DirectiveProblem(DirectiveProblem.Kind.INVALID, e.getMessage());
        }
        workflow.complete(opinionTaskId, Map.of("opinion", spec.opinion(), "directiveCode", spec.code()));
        persist(
                directive,
                "uq_directive_code",
                "Mã văn bản chỉ đạo " + spec.code() + " đã được dùng. / The code " + spec.code()
                        + " is already taken.");
        directive.started(workflow.start(PROCESS_KEY, directive.code(), directive.processVariables()));
        return directive;
    }

    public void draft(String directiveId, String taskId, Collection<String> groups) {
        step(directiveId, null, taskId, "draftLetter", groups, Map.of());
    }

    public void review(String directiveId, String taskId, Collection<String> groups, boolean approved, String reason) {
        step(directiveId, null, taskId, "reviewDraft", groups, decision(approved, reason));
    }

    public void sign(String directiveId, String taskId, Collection<String> groups, boolean approved, String reason) {
        step(directiveId, null, taskId, "signLetter", groups, decision(approved, reason));
    }

    /** Issues the signed letter to every recipient at once: each gets its case in the same transaction. */
    public void issue(String directiveId, String taskId, Collection<String> groups) {
        Directive directive = find(directiveId);
        check(directiveId, null, taskId, "issueLetter", groups);
        directive.issued();
        directive.recipients().forEach(unit -> em.persist(new UnitAssignment(directiveId, unit, null)));
        workflow.complete(taskId, Map.of());
    }

    public void assign(String directiveId, String unitCode, String taskId, Collection<String> groups, String officer) {
        check(directiveId, unitCode, taskId, "assignOrForward", groups);
        assignment(directiveId, unitCode).assign(officer, OffsetDateTime.now(clock));
        workflow.complete(taskId, Map.of("forwarded", false, "officer", officer));
    }

    /** Forwards the task to sub-units; each runs the unit process, and their results roll up here. */
    public void forward(
            String directiveId, String unitCode, String taskId, Collection<String> groups, List<String> subUnits) {
        check(directiveId, unitCode, taskId, "assignOrForward", groups);
        if (subUnits.isEmpty() || subUnits.contains(unitCode)) {
            throw new DirectiveProblem(
                    DirectiveProblem.Kind.INVALID,
                    "Cần chọn ít nhất một đơn vị cấp dưới, khác đơn vị mình. / Choose at least one sub-unit,"
                            + " other than your own.");
        }
        Set<String> below = directory.subUnitsOf(unitCode);
        List<String> outside =
                subUnits.stream().filter(sub -> !below.contains(sub)).toList();
        if (!outside.isEmpty()) {
            throw new DirectiveProblem(
                    DirectiveProblem.Kind.FORBIDDEN,
                    "Chỉ chuyển được cho đơn vị cấp dưới của mình; không phải cấp dưới: " + String.join(", ", outside)
                            + " / Only your own sub-units can be forwarded to; not yours: "
                            + String.join(", ", outside));
        }
        subUnits.forEach(sub -> em.persist(new UnitAssignment(directiveId, sub, unitCode)));
        flush(
                "uq_unit_assignment",
                "Một đơn vị được chọn đã tham gia văn bản này. / A chosen unit already takes part in this directive.");
        workflow.complete(taskId, Map.of("forwarded", true));
    }

    public void report(String directiveId, String unitCode, String taskId, Collection<String> groups, String note) {
        step(directiveId, unitCode, taskId, "draftUnitReport", groups, Map.of("reportNote", note == null ? "" : note));
    }

    public void approveReport(
            String directiveId,
            String unitCode,
            String taskId,
            Collection<String> groups,
            boolean approved,
            String reason) {
        step(directiveId, unitCode, taskId, "approveUnitReport", groups, decision(approved, reason));
    }

    public void consolidate(String directiveId, String taskId, Collection<String> groups) {
        step(directiveId, null, taskId, "consolidateReports", groups, Map.of());
    }

    public void signConsolidated(
            String directiveId, String taskId, Collection<String> groups, boolean approved, String reason) {
        step(directiveId, null, taskId, "signConsolidatedReport", groups, decision(approved, reason));
    }

    public void acknowledge(String directiveId, String taskId, Collection<String> groups) {
        step(directiveId, null, taskId, "acknowledgeReceipt", groups, Map.of());
    }

    /** The leader ends a directive before its end date; every open case of it ends too. */
    public void close(String directiveId, Collection<String> groups, String reason) {
        if (!groups.contains(CandidateGroups.of(cityOffice.leaderUnit(), "city-leader"))) {
            throw new DirectiveProblem(
                    DirectiveProblem.Kind.FORBIDDEN,
                    "Chỉ lãnh đạo UBND thành phố được kết thúc văn bản chỉ đạo. / Only the city's leaders close"
                            + " a directive.");
        }
        Directive directive = find(directiveId);
        if (directive.status() != Directive.Status.IN_FORCE) {
            throw new DirectiveProblem(
                    DirectiveProblem.Kind.CONFLICT,
                    "Văn bản chỉ đạo không ở trạng thái đang thực hiện. / The directive is not in force.");
        }
        workflow.correlate("closeDirective", directive.processInstanceId(), Map.of("closingReason", reason));
    }

    /**
     * Where a directive stands, for those who take part in it (any of their units is a party or
     * was forwarded the task) and for auditors; for anyone else, as if it did not exist.
     */
    public DirectiveStatus status(String directiveId, Collection<String> callerUnits, boolean auditor) {
        Directive directive = find(directiveId);
        List<UnitAssignment> assignments = em.createQuery(
                        "select a from UnitAssignment a where a.directiveId = :id order by a.unitCode",
                        UnitAssignment.class)
                .setParameter("id", directiveId)
                .getResultList();
        var parties = new java.util.HashSet<>(directive.partyUnits());
        parties.add(cityOffice.leaderUnit());
        assignments.forEach(a -> parties.add(a.unitCode()));
        if (!auditor && callerUnits.stream().noneMatch(parties::contains)) {
            throw DirectiveProblem.notFound(directiveId);
        }
        var units = assignments.stream()
                .map(a -> new DirectiveStatus.UnitView(a.unitCode(), a.parentUnit(), a.officer()))
                .toList();
        var reports = em
                .createQuery(
                        "select r from UnitReport r where r.directiveId = :id order by r.periodIndex, r.unitCode",
                        UnitReport.class)
                .setParameter("id", directiveId)
                .getResultList()
                .stream()
                .map(r -> new DirectiveStatus.ReportView(r.unitCode(), r.periodIndex(), r.late()))
                .toList();
        var reminders = em
                .createQuery(
                        "select r from DirectiveReminder r where r.directiveId = :id order by r.createdAt",
                        DirectiveReminder.class)
                .setParameter("id", directiveId)
                .getResultList()
                .stream()
                .map(r -> new DirectiveStatus.ReminderView(
                        r.unitCode(), r.periodIndex(), r.kind().name()))
                .toList();
        List<OpenTask> open = workflow.openTasksWhere("directiveId", directiveId);
        return new DirectiveStatus(
                directive.id(),
                directive.code(),
                directive.subject(),
                directive.status().name(),
                directive.recipients(),
                units,
                reports,
                reminders,
                open,
                directive.closedAt(),
                directive.finalSummary());
    }

    /** The directive with this code (as officials name it, for example ISPEED-HP). */
    public String idOf(String code) {
        return em.createNamedQuery(Directive.BY_CODE, Directive.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .map(Directive::id)
                .orElseThrow(() -> DirectiveProblem.notFound(code));
    }

    public Directive find(String directiveId) {
        Directive directive = em.find(Directive.class, directiveId);
        if (directive == null) {
            throw DirectiveProblem.notFound(directiveId);
        }
        return directive;
    }

    private void step(
            String directiveId,
            String unitCode,
            String taskId,
            String stepKey,
            Collection<String> groups,
            Map<String, Object> variables) {
        check(directiveId, unitCode, taskId, stepKey, groups);
        workflow.complete(taskId, variables);
    }

    /** The task is open at this step, of this directive and unit, and offered to the caller. */
    private void check(String directiveId, String unitCode, String taskId, String stepKey, Collection<String> groups) {
        find(directiveId);
        workflow.openTaskFor(taskId, stepKey, groups);
        if (!directiveId.equals(workflow.taskVariable(taskId, "directiveId"))) {
            throw new TaskNotOpenException(taskId);
        }
        if (unitCode != null && !unitCode.equals(workflow.taskVariable(taskId, "unitCode"))) {
            throw new TaskNotYoursException(taskId);
        }
    }

    private static Map<String, Object> decision(boolean approved, String reason) {
        if (!approved && (reason == null || reason.isBlank())) {
            throw new DirectiveProblem(
                    DirectiveProblem.Kind.INVALID,
                    "Cần nêu lý do khi trả lại. / A reason is required to return a document.");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("approved", approved);
        variables.put("returnReason", approved ? "" : reason.strip());
        return variables;
    }

    private UnitAssignment assignment(String directiveId, String unitCode) {
        return em.createQuery(
                        "select a from UnitAssignment a where a.directiveId = :id and a.unitCode = :unit",
                        UnitAssignment.class)
                .setParameter("id", directiveId)
                .setParameter("unit", unitCode)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new TaskNotYoursException(unitCode));
    }

    private void persist(Object entity, String constraint, String message) {
        em.persist(entity);
        flush(constraint, message);
    }

    private void flush(String constraint, String message) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueConstraints.violated(e, constraint)) {
                throw new DirectiveProblem(DirectiveProblem.Kind.CONFLICT, message);
            }
            throw e;
        }
    }
}
