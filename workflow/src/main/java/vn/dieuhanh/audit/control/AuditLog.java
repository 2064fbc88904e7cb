package vn.dieuhanh.audit.control;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.dieuhanh.audit.entity.AuditFacts;
import vn.dieuhanh.audit.entity.AuditKind;
import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.engine.boundary.EngineHistory;
import vn.dieuhanh.identity.control.Directory;
import vn.dieuhanh.platform.boundary.CityTime;
import vn.dieuhanh.reporting.boundary.TargetValues;

/**
 * Appends to the audit chain inside the caller's transaction: an action that rolls back leaves
 * no entry, and an action whose entries cannot be written does not commit. Just before commit the
 * head row is locked, so appends queue one behind the other and each takes the next number and
 * the previous hash; the chain never forks.
 */
@Stateless
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());
    private static final ZoneId ZONE = CityTime.ZONE;

    @Resource
    TransactionSynchronizationRegistry registry;

    @Resource(lookup = "jdbc/dieuhanh")
    DataSource dataSource;

    @Resource
    SessionContext session;

    @Inject
    EngineHistory engine;

    @Inject
    Directory directory;

    Clock clock = Clock.system(ZONE);

    public AuditLog() {}

    /** For process tests: the engine's facts from an in-memory engine, no container. */
    public AuditLog(EngineHistory engine) {
        this.engine = engine;
    }

    /**
     * Appends in the caller's transaction (a delegate's, or a facade's action). The entry takes its
     * place in the chain when the transaction is about to commit (see {@link ChainWriter}): the head
     * row is locked for milliseconds, not for the rest of a long action such as signing a PDF.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void append(AuditFacts facts) {
        if (facts.at() == null) {
            // The moment it happened, not the moment it was chained.
            facts.at(OffsetDateTime.now(clock));
        }
        ChainWriter.of(registry, dataSource).add(facts);
    }

    /**
     * Appends in a transaction of its own: for refusals, whose action rolled back or never had a
     * transaction, and must still leave a trace.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void appendAlone(AuditFacts facts) {
        append(facts);
    }

    /**
     * A person's completion of a task: who (the acting user, else the signed-in caller), in which
     * unit and role (the task's candidate group among theirs), which step of which directive.
     */
    public void taskDone(
            String directiveId,
            String taskId,
            Collection<String> callerGroups,
            String actingUser,
            String displayName,
            String decision,
            String reason,
            String detail) {
        EngineHistory.TaskFacts task = engine.task(taskId, callerGroups);
        String user = actingUser != null ? actingUser : caller();
        append(AuditFacts.of(AuditKind.STEP_COMPLETED, user)
                .actorName(displayName == null ? nameOf(user) : displayName)
                .as(task.unit(), task.role())
                .directive(directiveId)
                .caseRef(task.businessKey())
                .step(task.stepKey(), taskId)
                .period(task.periodIndex())
                .decision(decision, reason)
                .detail(detail));
    }

    /**
     * A task handed to a colleague ("Chuyển việc"): who handed it, in which unit and role, which
     * step of which case, and to whom. Not a decision on the matter, but who answers for it now.
     */
    public void handedOver(String taskId, Collection<String> callerGroups, String colleague) {
        taskAction(
                AuditKind.TASK_HANDED_OVER,
                taskId,
                callerGroups,
                "Chuyển cho " + nameOf(colleague) + " (" + colleague + ")");
    }

    /** "Nhận việc": the caller takes a task offered to their unit and role. */
    public void claimed(String taskId, Collection<String> callerGroups) {
        taskAction(AuditKind.TASK_CLAIMED, taskId, callerGroups, null);
    }

    /** "Trả lại việc": the caller puts a task they held back on their unit's list. */
    public void released(String taskId, Collection<String> callerGroups) {
        taskAction(AuditKind.TASK_RELEASED, taskId, callerGroups, null);
    }

    /** Who answers for an open step changed; described while the task is still open to the caller. */
    private void taskAction(AuditKind kind, String taskId, Collection<String> callerGroups, String detail) {
        EngineHistory.TaskFacts task = engine.task(taskId, callerGroups);
        String user = caller();
        append(AuditFacts.of(kind, user)
                .actorName(nameOf(user))
                .as(task.unit(), task.role())
                .directive(task.directiveId())
                .caseRef(task.businessKey())
                .step(task.stepKey(), taskId)
                .period(task.periodIndex())
                .detail(detail));
    }

    /** An administrator's change of who holds which role in a unit, written to the identity server. */
    public void roleChanged(String unitCode, String username, String role, boolean held) {
        String user = caller();
        append(AuditFacts.of(held ? AuditKind.ROLE_GRANTED : AuditKind.ROLE_REVOKED, user)
                .actorName(nameOf(user))
                .as(unitCode, "admin")
                .decision(held ? "GRANTED" : "REVOKED", null)
                .detail((held ? "Gán vai trò " : "Bỏ vai trò ") + role + " - " + nameOf(username) + " (" + username
                        + ") - " + unitCode));
    }

    /** A new directive and its parameters: recipients, targets, cycle, as the leader set them. */
    public void directiveCreated(Directive directive, String user, String displayName, String leaderUnit) {
        append(AuditFacts.of(AuditKind.DIRECTIVE_CREATED, user)
                .actorName(displayName)
                .as(leaderUnit, "city-leader")
                .directive(directive.id())
                .caseRef(directive.code())
                .detail("Mã " + directive.code() + "; đơn vị nhận: " + String.join(", ", directive.recipients())
                        + "; chỉ tiêu: "
                        + directive.targets().stream()
                                .map(t -> t.code() + " (" + TargetValues.requirement(t) + ")")
                                .toList()
                        + "; chu kỳ: " + directive.cycle()
                        + (directive.consolidates()
                                ? "; đơn vị tổng hợp " + directive.consolidatingUnit() + ", nhận báo cáo "
                                        + (directive.reportsOutside()
                                                ? directive.receiverUnit()
                                                : "Lãnh đạo UBND thành phố")
                                : "; không tổng hợp, các đơn vị báo cáo " + directive.leadUnit())));
    }

    /** The leader's request to end a directive early (the closure itself is recorded when it happens). */
    public void closureRequested(Directive directive, String reason, String leaderUnit) {
        String user = caller();
        append(AuditFacts.of(AuditKind.CLOSURE_REQUESTED, user)
                .actorName(nameOf(user))
                .as(leaderUnit, "city-leader")
                .directive(directive.id())
                .caseRef(directive.code())
                .decision("CLOSE", reason));
    }

    /** A directive closed, at its end or early: the change of its state and its summary. */
    public void directiveClosed(Directive directive, OffsetDateTime at) {
        append(AuditFacts.of(AuditKind.DIRECTIVE_CLOSED, "system")
                .actorName("Hệ thống")
                .directive(directive.id())
                .caseRef(directive.code())
                .at(at)
                .decision("CLOSED", null)
                .detail(directive.finalSummary()));
    }

    /** Every version of every document: its hash, the step and person that made it, its signatures' state. */
    public void documentVersion(
            String directiveId,
            String unitCode,
            Integer periodIndex,
            String documentId,
            String documentKind,
            int version,
            String sha256,
            String stage,
            String stepKey,
            String taskId,
            String person) {
        append(AuditFacts.of(AuditKind.DOCUMENT_VERSION, person)
                .actorName("system".equals(person) ? "Hệ thống" : null)
                .unit(unitCode)
                .directive(directiveId)
                .step(stepKey, taskId)
                .period(periodIndex)
                .document(documentId, version, sha256)
                .decision(stage, null)
                .detail(documentKind + " " + stage
                        + ("DRAFT".equals(stage)
                                ? " (chưa ký / unsigned)"
                                : " (đã ký hoặc" + " đóng dấu số / signed or sealed)")));
    }

    /** A timer's reminder to a unit whose report is late (the first, or the letter later). */
    public void reminder(AuditKind kind, String directiveId, String unitCode, int periodIndex, OffsetDateTime at) {
        append(AuditFacts.of(kind, "system")
                .actorName("Hệ thống")
                .unit(unitCode)
                .directive(directiveId)
                .period(periodIndex)
                .at(at));
    }

    /** The values a unit's officer entered for the targets in a period's report, as drawn. */
    public void reportValues(
            String directiveId,
            String unitCode,
            int periodIndex,
            String user,
            String displayName,
            java.util.List<String> values) {
        append(AuditFacts.of(AuditKind.REPORT_VALUES, user)
                .actorName(displayName)
                .as(unitCode, "unit-officer")
                .directive(directiveId)
                .period(periodIndex)
                .detail(values.isEmpty() ? "Không nhập số liệu / no values" : String.join("; ", values)));
    }

    /** A unit's signed report reaching the consolidating unit, on time or late. */
    public void reportSubmitted(
            String directiveId, String unitCode, int periodIndex, boolean late, OffsetDateTime at, String deadline) {
        append(AuditFacts.of(AuditKind.REPORT_SUBMITTED, "system")
                .actorName("Hệ thống")
                .unit(unitCode)
                .directive(directiveId)
                .period(periodIndex)
                .at(at)
                .decision(late ? "LATE" : "ON_TIME", null)
                .detail("Hạn / deadline " + deadline));
    }

    /** An incoming document received (its case starts) or registered by the records clerk. */
    public void incoming(AuditKind kind, String caseRef, String unitCode, String detail) {
        String user = caller();
        append(AuditFacts.of(kind, user)
                .actorName(nameOf(user))
                .unit(unitCode)
                .caseRef(caseRef)
                .detail(detail));
    }

    /**
     * An attempt refused (401, 403, 409): the action rolled back or never ran, so this is written
     * in a transaction of its own. Never fails the answer: a refusal that cannot be recorded is logged.
     */
    public void refused(String user, int status, String method, String path, String message) {
        try {
            // "directives/{id}/..." names the directive: the refusal then shows in its trail.
            String[] parts = path.startsWith("/") ? path.substring(1).split("/") : path.split("/");
            String directiveId = parts.length > 1 && "directives".equals(parts[0]) ? parts[1] : null;
            self().appendAlone(AuditFacts.of(AuditKind.REFUSED, user == null ? "anonymous" : user)
                    .directive(directiveId != null && directiveId.length() <= 36 ? directiveId : null)
                    .refused()
                    .decision(Integer.toString(status), message)
                    .detail(method + " " + path));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Refusal not recorded: " + user + " " + method + " " + path, e);
        }
    }

    /**
     * A signature refused for a wrong PIN: nothing was signed and the action rolled back, so the
     * attempt is written in a transaction of its own. Never fails the answer.
     */
    public void signingRefused(String directiveId, String unitCode, Integer periodIndex, String user, String stepKey) {
        try {
            AuditFacts facts = AuditFacts.of(AuditKind.SIGNING_REFUSED, user)
                    .actorName(nameOf(user))
                    .unit(unitCode)
                    .directive(directiveId)
                    .refused()
                    .decision("WRONG_PIN", "Mã PIN không đúng / wrong PIN")
                    .detail("Bước / step " + stepKey);
            if (periodIndex != null) {
                facts.period(periodIndex);
            }
            self().appendAlone(facts);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Refused signature not recorded: " + user, e);
        }
    }

    /** The consolidating unit's officer reminding a lagging unit from the consolidation page. */
    public void consolidationReminder(
            String directiveId, String unitCode, int periodIndex, String user, String displayName, String actorUnit) {
        append(AuditFacts.of(AuditKind.CONSOLIDATION_REMINDER, user)
                .actorName(displayName)
                .as(actorUnit, "dic-officer")
                .directive(directiveId)
                .period(periodIndex)
                .detail("Nhắc đơn vị / reminded " + unitCode));
    }

    /** This bean through the container, so a call to itself gets its transaction attribute. */
    private AuditLog self() {
        return session.getBusinessObject(AuditLog.class);
    }

    /** "APPROVED" or "RETURNED", as the trail and the report print decisions. */
    public static String approval(boolean approved) {
        return approved ? "APPROVED" : "RETURNED";
    }

    /** The signed-in caller of this EJB call; "system" for the job executor's timers. */
    public String caller() {
        try {
            var principal = session.getCallerPrincipal();
            String name = principal == null ? null : principal.getName();
            return name == null || name.isBlank() || "UNAUTHENTICATED".equals(name) ? "system" : name;
        } catch (IllegalStateException e) {
            return "system";
        }
    }

    /** The full name the identity server knows; the user name if it cannot say. */
    public String nameOf(String user) {
        if ("system".equals(user)) {
            return "Hệ thống";
        }
        try {
            return directory.fullName(user);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "No full name for " + user, e);
            return user;
        }
    }
}
