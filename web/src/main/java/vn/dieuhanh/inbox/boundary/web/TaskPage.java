package vn.dieuhanh.inbox.boundary.web;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import vn.dieuhanh.audit.boundary.AuditLog;
import vn.dieuhanh.directive.boundary.DirectiveProblem;
import vn.dieuhanh.directive.boundary.DirectiveStatus;
import vn.dieuhanh.directive.boundary.Directives;
import vn.dieuhanh.dispatch.boundary.DocumentProblem;
import vn.dieuhanh.dispatch.control.NoKeyException;
import vn.dieuhanh.dispatch.control.WrongPinException;
import vn.dieuhanh.engine.boundary.FinishedStep;
import vn.dieuhanh.engine.boundary.OpenTask;
import vn.dieuhanh.engine.boundary.SameHandsException;
import vn.dieuhanh.engine.boundary.TaskComment;
import vn.dieuhanh.engine.boundary.TaskNotOpenException;
import vn.dieuhanh.engine.boundary.TaskNotYoursException;
import vn.dieuhanh.engine.boundary.Workflow;
import vn.dieuhanh.identity.boundary.web.Caller;
import vn.dieuhanh.identity.boundary.web.CallerReader;
import vn.dieuhanh.identity.control.Directory;
import vn.dieuhanh.incoming.boundary.AlreadyRegisteredException;
import vn.dieuhanh.incoming.boundary.IncomingDocuments;
import vn.dieuhanh.platform.boundary.web.Text;

/**
 * What every task page shares (the template {@code WEB-INF/templates/task.xhtml} shows it): the
 * task opened for the signed-in official with the role and unit check of the API, the case's
 * history and comments, the document being worked on, and one way to report success or refusal.
 * A subclass is one BPMN step's page ({@code @Named @ViewScoped}) and does its action through
 * the feature's facade, one transaction.
 */
public abstract class TaskPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where the template hides the form and shows the "gone" notice; updated when a stale submit is refused. */
    static final String AREA = "task-area";

    @Inject
    protected Workflow workflow;

    @Inject
    protected Caller caller;

    @Inject
    protected CallerReader reader;

    @Inject
    protected Directives directives;

    @Inject
    IncomingDocuments incomingDocuments;

    @Inject
    Directory people;

    @Inject
    Notices notices;

    @Inject
    AuditLog audit;

    /** Full names already looked up for this page: each person once, not once per history row. */
    private final java.util.Map<String, String> names = new java.util.HashMap<>();

    private String taskId;
    private OpenTask task;
    private boolean gone;
    private String goneMessage;
    private DirectiveStatus directive;
    private List<FinishedStep> history = List.of();
    private List<TaskComment> comments = List.of();
    private String comment;

    /** The BPMN step (task definition key) this page does; a task of another step is refused. */
    protected abstract String stepKey();

    /**
     * The view action: loads the task if it is open, at this step and offered to one of the
     * caller's {@code UNIT:role} groups; otherwise the page says why and shows no form.
     */
    public String open() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return null;
        }
        if (taskId == null || taskId.isBlank()) {
            gone(new TaskNotOpenException(""), false);
            return null;
        }
        try {
            task = workflow.openTaskFor(taskId, stepKey(), caller.taskGroups());
            Object directiveId = workflow.taskVariable(taskId, "directiveId");
            if (directiveId != null) {
                try {
                    directive = directives.status(directiveId.toString(), reader.reader());
                } catch (DirectiveProblem | EJBException e) {
                    // Not a party to it (should not happen for a task offered to the caller's unit):
                    // the task still shows, without the directive's summary.
                    directive = null;
                }
            }
            loadCase();
            opened();
        } catch (TaskNotOpenException | TaskNotYoursException e) {
            gone(e, false);
        } catch (EJBException e) {
            if (e.getCause() instanceof RuntimeException cause
                    && (cause instanceof TaskNotOpenException || cause instanceof TaskNotYoursException)) {
                gone(cause, false);
            } else {
                throw e;
            }
        }
        return null;
    }

    /** Hook for a page's own loading once the task is known to be open and the caller's. */
    protected void opened() {}

    private void loadCase() {
        List<FinishedStep> steps = new ArrayList<>();
        // A directive's case starts from the incoming letter's own case: its register and opinion
        // steps are the first lines of the history.
        // A unit's case starts from the directive's own case (the letter drafted, signed, issued):
        // its steps come next, so the unit's first step shows who issued the letter to it.
        if (directive != null) {
            var found = directives.find(directive.id());
            String incomingId = found.incomingDocumentId();
            if (incomingId != null) {
                incomingDocuments
                        .find(incomingId)
                        .ifPresent(d -> steps.addAll(workflow.history(d.processInstanceId())));
            }
            String directiveCase = found.processInstanceId();
            if (directiveCase != null && !directiveCase.equals(task.processInstanceId())) {
                steps.addAll(workflow.history(directiveCase));
            }
        }
        steps.addAll(workflow.history(task.processInstanceId()));
        history = List.copyOf(steps);
        comments = workflow.comments(task.processInstanceId());
    }

    /**
     * The page shows no form, and says why. Another unit's or role's task (an id changed by hand) is
     * a refused attempt and joins the audit trail, as the API's refusals do; so is acting on a task
     * that closed meanwhile. Opening a link to a finished task is neither.
     */
    private void gone(RuntimeException e, boolean acting) {
        gone = true;
        task = null;
        boolean notYours = e instanceof TaskNotYoursException;
        goneMessage = notYours
                ? "Công việc này thuộc đơn vị hoặc vai trò khác. / This task belongs to another unit or role."
                : "Công việc này không còn mở: đã có người xử lý, hoặc không tồn tại. / This task is no longer"
                        + " open: someone has already done it, or it does not exist.";
        if (notYours || acting) {
            audit.refused(
                    caller.name(),
                    notYours ? 403 : 409,
                    acting ? "POST" : "GET",
                    "/tasks/" + stepKey() + ".xhtml?task=" + taskId,
                    goneMessage);
        }
    }

    /** Adds the typed comment to the task, in the caller's name. */
    public void addComment() {
        if (gone || task == null) {
            return;
        }
        String text = comment == null ? "" : Text.clean(comment);
        if (text.isBlank()) {
            message(FacesMessage.SEVERITY_WARN, "Chưa nhập nội dung ý kiến. / The comment is empty.");
            return;
        }
        if (text.length() > 2000) {
            message(FacesMessage.SEVERITY_WARN, "Ý kiến tối đa 2000 ký tự. / A comment has at most 2000 characters.");
            return;
        }
        try {
            workflow.addComment(task.id(), caller.name(), text);
            comment = null;
            comments = workflow.comments(task.processInstanceId());
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    /** After the action: back to the inbox, which shows the sentence. */
    protected String done(String messageVi) {
        notices.add(new FacesMessage(FacesMessage.SEVERITY_INFO, messageVi, null));
        return "/inbox.xhtml?faces-redirect=true";
    }

    /**
     * A refused action as a message above the form; what was typed stays. A task finished by
     * someone else meanwhile turns the page into the "no longer open" notice.
     */
    protected void fail(RuntimeException e) {
        RuntimeException cause = unwrap(e);
        if (cause instanceof TaskNotOpenException || cause instanceof TaskNotYoursException) {
            gone(cause, true);
            message(FacesMessage.SEVERITY_WARN, goneMessage);
            if (FacesContext.getCurrentInstance().getPartialViewContext().isAjaxRequest()) {
                PrimeFaces.current().ajax().update(AREA);
            }
            return;
        }
        if (cause instanceof ConstraintViolationException violations) {
            message(
                    FacesMessage.SEVERITY_ERROR,
                    violations.getConstraintViolations().stream()
                            .map(ConstraintViolation::getMessage)
                            .sorted()
                            .collect(Collectors.joining(" ")));
            return;
        }
        if (cause instanceof SameHandsException) {
            // Refused, like another unit's task: it joins the audit trail as the API's refusals do.
            audit.refused(
                    caller.name(), 403, "POST", "/tasks/" + stepKey() + ".xhtml?task=" + taskId, cause.getMessage());
            message(FacesMessage.SEVERITY_ERROR, cause.getMessage());
            return;
        }
        if (cause instanceof DirectiveProblem
                || cause instanceof DocumentProblem
                || cause instanceof WrongPinException
                || cause instanceof NoKeyException
                || cause instanceof AlreadyRegisteredException
                || cause instanceof IllegalArgumentException) {
            message(FacesMessage.SEVERITY_ERROR, cause.getMessage());
            return;
        }
        throw e;
    }

    private static RuntimeException unwrap(RuntimeException e) {
        Throwable t = e;
        while ((t instanceof EJBException || t instanceof jakarta.transaction.RollbackException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t instanceof RuntimeException r ? r : e;
    }

    protected static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    /** A message next to one field (its client id), for what only the facade can check. */
    protected static void messageFor(String clientId, String text) {
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        FacesContext.getCurrentInstance().validationFailed();
    }

    public boolean isOverdue() {
        return task != null && task.due() != null && task.due().isBefore(OffsetDateTime.now());
    }

    /** Who handed the task on: the person who finished the step before it, if the history knows. */
    public String getFromWhom() {
        return history.isEmpty() ? null : nameOf(history.get(history.size() - 1).by());
    }

    /**
     * A person's full name as officials know each other ("Nguyễn Thị Lan"), the user name when the
     * directory cannot say (it is down, or the person left).
     */
    public String nameOf(String user) {
        if (user == null) {
            return null;
        }
        return names.computeIfAbsent(user, u -> {
            try {
                return people.fullName(u);
            } catch (RuntimeException e) {
                return u;
            }
        });
    }

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public OpenTask getTask() {
        return task;
    }

    public boolean isGone() {
        return gone;
    }

    public String getGoneMessage() {
        return goneMessage;
    }

    public DirectiveStatus getDirective() {
        return directive;
    }

    /** The document the step works on, shown inline; null shows no document panel. */
    public String getDocumentId() {
        return null;
    }

    /**
     * Where the document panel loads its PDF from: the stored document's latest version by
     * default; a page may show something else (an incoming letter's file, a preview).
     */
    public String getDocumentUrl() {
        String id = getDocumentId();
        return id == null
                ? null
                : FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/pdf/" + id;
    }

    public List<FinishedStep> getHistory() {
        return history;
    }

    public List<TaskComment> getComments() {
        return comments;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
