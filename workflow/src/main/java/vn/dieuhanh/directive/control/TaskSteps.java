package vn.dieuhanh.directive.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import vn.dieuhanh.audit.boundary.AuditLog;
import vn.dieuhanh.delegation.boundary.Delegations;
import vn.dieuhanh.directive.boundary.Actor;
import vn.dieuhanh.directive.boundary.DirectiveProblem;
import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.dispatch.boundary.DocumentKind;
import vn.dieuhanh.dispatch.boundary.DocumentSummary;
import vn.dieuhanh.dispatch.boundary.Documents;
import vn.dieuhanh.engine.boundary.OpenTask;
import vn.dieuhanh.engine.boundary.TaskNotOpenException;
import vn.dieuhanh.engine.boundary.TaskNotYoursException;
import vn.dieuhanh.engine.boundary.Workflow;
import vn.dieuhanh.persistence.control.UniqueConstraints;

/**
 * What every person's step on a directive shares: the task checked before anything is written,
 * and the step recorded in the trail and completed in the engine, in the caller's transaction.
 */
@ApplicationScoped
public class TaskSteps {

    @Inject
    Delegations delegations;

    @Inject
    Workflow workflow;

    @PersistenceContext(unitName = "dieuhanh")
    EntityManager em;

    @Inject
    Documents documents;

    @Inject
    AuditLog audit;

    public Directive find(String directiveId) {
        Directive directive = em.find(Directive.class, directiveId);
        if (directive == null) {
            throw DirectiveProblem.notFound(directiveId);
        }
        return directive;
    }

    /** The task is open at this step, of this directive and unit, and offered to the caller. */
    public Directive check(
            String directiveId, String unitCode, String taskId, String stepKey, Collection<String> groups) {
        Directive directive = find(directiveId);
        workflow.openTaskFor(taskId, stepKey, groups);
        if (!directiveId.equals(workflow.taskVariable(taskId, "directiveId"))) {
            throw new TaskNotOpenException(taskId);
        }
        if (unitCode != null && !unitCode.equals(workflow.taskVariable(taskId, "unitCode"))) {
            throw new TaskNotYoursException(taskId);
        }
        return directive;
    }

    /**
     * A person's step done: recorded in the trail with their decision, then completed in the
     * engine, in the caller's transaction. A null actor is the signed-in caller.
     */
    public void finish(
            String directiveId,
            String taskId,
            Collection<String> groups,
            Actor actor,
            String decision,
            String reason,
            String detail,
            Map<String, Object> variables) {
        workflow.actingFor(taskId, groups)
                .ifPresent(acting -> delegations.used(
                        actor == null ? null : actor.user(),
                        acting.unit(),
                        acting.role(),
                        workflow.openTask(taskId).map(OpenTask::stepKey).orElse(null),
                        directiveId));
        audit.taskDone(
                directiveId,
                taskId,
                groups,
                actor == null ? null : actor.user(),
                actor == null ? null : actor.displayName(),
                decision,
                reason,
                detail);
        workflow.complete(taskId, variables);
    }

    public DocumentSummary letter(String directiveId) {
        return documents
                .of(directiveId, DocumentKind.LETTER, null, null)
                .orElseThrow(() -> notDrawn("công văn / the letter"));
    }

    /** The issued letter's number ("12/VP-KSTTHC"), which later documents cite. */
    public String letterNumber(String directiveId) {
        return documents
                .of(directiveId, DocumentKind.LETTER, null, null)
                .map(DocumentSummary::numberLabel)
                .orElse(null);
    }

    public int periodOf(String taskId) {
        Object period = workflow.taskVariable(taskId, "periodIndex");
        return period == null ? 0 : ((Number) period).intValue();
    }

    /** Written now, so that a unique constraint is refused with its reason rather than at commit. */
    public void flush(String constraint, String message) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueConstraints.violated(e, constraint)) {
                throw new DirectiveProblem(DirectiveProblem.Kind.CONFLICT, message);
            }
            throw e;
        }
    }

    public static DirectiveProblem notDrawn(String what) {
        return new DirectiveProblem(
                DirectiveProblem.Kind.CONFLICT,
                "Chưa có " + what + " để xử lý. / There is no " + what.substring(what.indexOf('/') + 2) + " yet.");
    }

    public static char[] requirePin(char[] pin) {
        if (pin == null || pin.length == 0) {
            throw new DirectiveProblem(
                    DirectiveProblem.Kind.INVALID,
                    "Cần nhập mã PIN của khóa ký số để ký. / Enter the PIN of your signing key to sign.");
        }
        return pin;
    }

    /** An approval or a return, which must say why. */
    public static Map<String, Object> decision(boolean approved, String reason) {
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
}
