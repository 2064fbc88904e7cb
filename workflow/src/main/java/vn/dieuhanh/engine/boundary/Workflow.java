package vn.dieuhanh.engine.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dieuhanh.engine.control.DutySeparation;
import vn.dieuhanh.engine.control.EngineLifecycle;
import vn.dieuhanh.engine.control.StepHistory;
import vn.dieuhanh.engine.control.TaskLists;

/**
 * Our boundary around the process engine. Every call joins the caller's JTA transaction, so
 * what a feature writes with JPA and what it does here commit or roll back together. Here are
 * starting and correlating, and the tasks with their typed refusals and races; reading tasks into
 * records, separation of duties and the history's reads are in {@code engine.control}.
 */
@ApplicationScoped
public class Workflow {

    @Inject
    EngineLifecycle lifecycle;

    /** Reads tasks into records, a list at a time. */
    private final TaskLists taskLists = new TaskLists(this::engine);

    /** Reads what a case's history keeps: the steps done, the remarks left. */
    private final StepHistory history = new StepHistory(this::engine);

    /** The person acting in this call, when there is one (none on timers and the job executor). */
    @Inject
    Instance<Principal> principal;

    /** Starts the latest version of a process and returns the new instance's id. */
    public String start(String processKey, String businessKey, Map<String, Object> variables) {
        return engine().getRuntimeService()
                .startProcessInstanceByKey(processKey, businessKey, variables)
                .getId();
    }

    /** Whether a process with this business key was ever started, running or ended. */
    public boolean hasCase(String processKey, String businessKey) {
        return engine().getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processDefinitionKey(processKey)
                        .processInstanceBusinessKey(businessKey)
                        .count()
                > 0;
    }

    /** Whether this process instance, running or ended, is a case of that process. */
    public boolean isCaseOf(String processKey, String processInstanceId) {
        return processInstanceId != null
                && engine().getHistoryService()
                                .createHistoricProcessInstanceQuery()
                                .processDefinitionKey(processKey)
                                .processInstanceId(processInstanceId)
                                .count()
                        > 0;
    }

    public Optional<OpenTask> openTask(String taskId) {
        Task task = engine().getTaskService().createTaskQuery().taskId(taskId).singleResult();
        return Optional.ofNullable(task).map(this::toOpenTask);
    }

    /**
     * The open task at this step, if it is offered to one of the caller's groups
     * ({@code UNIT:role}); a {@link TaskNotOpenException} if it is done or elsewhere in the
     * process, a {@link TaskNotYoursException} if it belongs to another unit or role.
     */
    public OpenTask openTaskFor(String taskId, String stepKey, Collection<String> callerGroups) {
        OpenTask open = toOpenTask(offeredTo(taskId, callerGroups));
        if (!open.stepKey().equals(stepKey)) {
            throw new TaskNotOpenException(taskId);
        }
        return open;
    }

    /**
     * The open task, if offered to one of these groups. One statement for "open and offered": a
     * colleague completing the task at the same moment makes it vanish whole, never half (which
     * would read as "not yours"). A task someone has taken is still offered to their unit's role
     * (the engine's candidate query leaves taken tasks out unless asked): taking marks who handles
     * it, it does not hide it from the one who took it.
     */
    private Task offeredTo(String taskId, Collection<String> callerGroups) {
        List<String> plain = plainGroups(callerGroups);
        Task task = plain.isEmpty()
                ? null
                : engine().getTaskService()
                        .createTaskQuery()
                        .taskId(taskId)
                        .taskCandidateGroupIn(plain)
                        .includeAssignedTasks()
                        .singleResult();
        if (task == null) {
            task = offeredActingFor(taskId, callerGroups).map(Map.Entry::getKey).orElse(null);
        }
        if (task == null) {
            if (openTask(taskId).isPresent()) {
                throw new TaskNotYoursException(taskId);
            }
            throw new TaskNotOpenException(taskId);
        }
        return task;
    }

    /** A variable as the task sees it (its own process instance, or inherited by a called one). */
    public Object taskVariable(String taskId, String name) {
        try {
            return engine().getTaskService().getVariable(taskId, name);
        } catch (NullValueException e) {
            // Completed by a colleague (or a second click) since it was found open: the same
            // answer as finding it done in the first place, not a failure of ours.
            throw new TaskNotOpenException(taskId);
        }
    }

    /** Delivers a message to a waiting process instance, such as the leader's decision to close. */
    public void correlate(String messageName, String processInstanceId, Map<String, Object> variables) {
        engine().getRuntimeService()
                .createMessageCorrelation(messageName)
                .processInstanceId(processInstanceId)
                .setVariables(variables)
                .correlate();
    }

    /**
     * Open tasks of every case whose process variable has this value: a directive's own case and
     * the unit and consolidation cases it called, which all carry its {@code directiveId}.
     */
    public List<OpenTask> openTasksWhere(String variable, String value) {
        return toOpenTasks(engine().getTaskService()
                .createTaskQuery()
                .processVariableValueEquals(variable, value)
                .orderByTaskCreateTime()
                .asc()
                .list());
    }

    public List<OpenTask> openTasksOf(String processInstanceId) {
        return toOpenTasks(engine().getTaskService()
                .createTaskQuery()
                .processInstanceId(processInstanceId)
                .list());
    }

    /**
     * Takes a task offered to one of the caller's groups, so colleagues see it is being handled.
     * Taken by someone else already: a {@link TaskNotOpenException}, as for a finished task.
     */
    public void claim(String taskId, Collection<String> callerGroups, String user) {
        offeredTo(taskId, callerGroups);
        try {
            engine().getTaskService().claim(taskId, user);
        } catch (TaskAlreadyClaimedException | NullValueException | OptimisticLockingException e) {
            throw new TaskNotOpenException(taskId);
        }
    }

    /** "Trả lại việc": the assignee puts the task back to their unit's list; only they may. */
    public void unclaim(String taskId, Collection<String> callerGroups, String user) {
        Task task = offeredTo(taskId, callerGroups);
        if (!user.equals(task.getAssignee())) {
            throw new TaskNotYoursException(taskId);
        }
        try {
            engine().getTaskService().setAssignee(taskId, null);
        } catch (NullValueException | OptimisticLockingException e) {
            throw new TaskNotOpenException(taskId);
        }
    }

    /**
     * "Chuyển cho đồng nghiệp": hands the task to a colleague, by the assignee or, when nobody has
     * taken it, by anyone it is offered to. Whether the colleague may take it (holds one of its
     * groups) is the caller's check, against the directory.
     */
    public void handOver(String taskId, Collection<String> callerGroups, String user, String colleague) {
        Task task = offeredTo(taskId, callerGroups);
        if (task.getAssignee() != null && !user.equals(task.getAssignee())) {
            throw new TaskNotYoursException(taskId);
        }
        try {
            engine().getTaskService().setAssignee(taskId, colleague);
        } catch (NullValueException | OptimisticLockingException e) {
            throw new TaskNotOpenException(taskId);
        }
    }

    /** The caller's groups held in their own right (not acting for someone). */
    private static List<String> plainGroups(Collection<String> callerGroups) {
        return callerGroups.stream()
                .filter(g -> CandidateGroups.acting(g).isEmpty())
                .toList();
    }

    private static List<CandidateGroups.Acting> actingGroups(Collection<String> callerGroups) {
        return callerGroups.stream()
                .map(CandidateGroups::acting)
                .flatMap(Optional::stream)
                .filter(a -> !a.steps().isEmpty())
                .toList();
    }

    /** The open task, if offered to a group the caller acts in for someone, at a step delegated. */
    private Optional<Map.Entry<Task, CandidateGroups.Acting>> offeredActingFor(
            String taskId, Collection<String> callerGroups) {
        for (CandidateGroups.Acting acting : actingGroups(callerGroups)) {
            Task task = engine().getTaskService()
                    .createTaskQuery()
                    .taskId(taskId)
                    .taskCandidateGroup(acting.group())
                    .taskDefinitionKeyIn(acting.steps().toArray(String[]::new))
                    .includeAssignedTasks()
                    .singleResult();
            if (task != null) {
                return Optional.of(Map.entry(task, acting));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the caller reaches this open task only by acting for someone (a delegation), and as
     * which group: a document signed then prints the authority line, the trail says for whom.
     */
    public Optional<CandidateGroups.Acting> actingFor(String taskId, Collection<String> callerGroups) {
        List<String> plain = plainGroups(callerGroups);
        if (!plain.isEmpty()
                && engine().getTaskService()
                                .createTaskQuery()
                                .taskId(taskId)
                                .taskCandidateGroupIn(plain)
                                .includeAssignedTasks()
                                .count()
                        > 0) {
            return Optional.empty();
        }
        return offeredActingFor(taskId, callerGroups).map(Map.Entry::getValue);
    }

    /** The {@code UNIT:role} groups a task is offered to. */
    public List<String> candidateGroupsOf(String taskId) {
        try {
            return engine().getTaskService().getIdentityLinksForTask(taskId).stream()
                    .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
                    .map(link -> link.getGroupId())
                    .toList();
        } catch (NullValueException e) {
            throw new TaskNotOpenException(taskId);
        }
    }

    /** How many open tasks are offered to these groups: the number beside the inbox in the menu. */
    public long countOpenTasksFor(Collection<String> candidateGroups) {
        if (candidateGroups.isEmpty()) {
            return 0;
        }
        if (!actingGroups(candidateGroups).isEmpty()) {
            return openTasksFor(candidateGroups).size();
        }
        return engine().getTaskService()
                .createTaskQuery()
                .taskCandidateGroupIn(List.copyOf(candidateGroups))
                .includeAssignedTasks()
                .count();
    }

    /**
     * Open tasks offered to any of these candidate groups (taken or not), oldest first; for a group
     * the caller acts in for someone, only at the steps delegated.
     */
    public List<OpenTask> openTasksFor(Collection<String> candidateGroups) {
        List<String> plain = plainGroups(candidateGroups);
        List<CandidateGroups.Acting> acting = actingGroups(candidateGroups);
        Map<String, Task> found = new java.util.LinkedHashMap<>();
        if (!plain.isEmpty()) {
            engine().getTaskService()
                    .createTaskQuery()
                    .taskCandidateGroupIn(plain)
                    .includeAssignedTasks()
                    .orderByTaskCreateTime()
                    .asc()
                    .list()
                    .forEach(task -> found.put(task.getId(), task));
        }
        for (CandidateGroups.Acting a : acting) {
            engine().getTaskService()
                    .createTaskQuery()
                    .taskCandidateGroup(a.group())
                    .taskDefinitionKeyIn(a.steps().toArray(String[]::new))
                    .includeAssignedTasks()
                    .list()
                    .forEach(task -> found.putIfAbsent(task.getId(), task));
        }
        if (found.isEmpty()) {
            return List.of();
        }
        List<Task> tasks = new ArrayList<>(found.values());
        if (!acting.isEmpty()) {
            tasks.sort(Comparator.comparing(Task::getCreateTime).thenComparing(Task::getId));
        }
        return toOpenTasks(tasks);
    }

    public void complete(String taskId, Map<String, Object> variables) {
        try {
            separateDuties(taskId);
            recordWhoActs(taskId);
            engine().getTaskService().complete(taskId, variables);
        } catch (NullValueException | OptimisticLockingException e) {
            // Gone, or completed by someone else a moment ago (a double click, a colleague).
            throw new TaskNotOpenException(taskId);
        } catch (ProcessEngineException e) {
            // Read committed: a click racing another reads the task before the other commits and
            // the case after, so the engine moves on from where the other left it and may fail
            // there (a gateway missing the other step's variables). The task is gone by now: the
            // same answer as any late click. Otherwise it is a real failure.
            if (openTask(taskId).isEmpty()) {
                throw new TaskNotOpenException(taskId);
            }
            throw e;
        }
    }

    /**
     * The history keeps a finished task's assignee as the person who did it: a task completed
     * without being claimed first (most are) is assigned to the person completing it, in the
     * same transaction, so the history says who did what.
     */
    private void recordWhoActs(String taskId) {
        String user = actingUser();
        if (user == null) {
            return;
        }
        Task task = engine().getTaskService().createTaskQuery().taskId(taskId).singleResult();
        if (task != null && !user.equals(task.getAssignee())) {
            engine().getTaskService().setAssignee(taskId, user);
        }
    }

    /**
     * Steps exempted from separation of duties by configuration (comma-separated step ids), for an
     * office too small to have two people; every approval and signature is separated by default.
     */
    @Inject
    @ConfigProperty(name = "dieuhanh.separation-of-duties.exempt")
    Optional<String> exemptSteps;

    private final DutySeparation duties = new DutySeparation(this::engine);

    /** See {@link DutySeparation}: nobody to separate on a timer or the job executor. */
    private void separateDuties(String taskId) {
        String user = actingUser();
        if (user != null) {
            duties.check(taskId, user, this::exempted);
        }
    }

    /** Sets the exempted steps; for tests, which run outside a container. */
    public void exemptSteps(Optional<String> steps) {
        this.exemptSteps = steps;
    }

    private boolean exempted(String step) {
        return exemptSteps != null
                && exemptSteps
                        .map(steps -> java.util.Arrays.stream(steps.split(","))
                                .map(String::strip)
                                .anyMatch(step::equals))
                        .orElse(false);
    }

    protected String actingUser() {
        try {
            if (principal == null || !principal.isResolvable()) {
                return null;
            }
            String name = principal.get().getName();
            // Liberty names a call without a person (a timer, the job executor) this way.
            return name == null || name.isBlank() || "UNAUTHENTICATED".equals(name) ? null : name;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The steps of a case done so far, in the order they were finished, each with who did it and
     * the last value it wrote of each of these variables; see {@link StepHistory}.
     */
    public List<FinishedStep> history(String processInstanceId, Collection<String> variables) {
        return history.steps(processInstanceId, variables);
    }

    /** Leaves a remark on an open task, in the name of the person who wrote it. */
    public void addComment(String taskId, String user, String text) {
        Task task = engine().getTaskService().createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new TaskNotOpenException(taskId);
        }
        var identity = engine().getIdentityService();
        // The engine takes a comment's author from the thread's authenticated user.
        identity.setAuthenticatedUserId(user);
        try {
            engine().getTaskService().createComment(taskId, task.getProcessInstanceId(), text);
        } finally {
            identity.clearAuthentication();
        }
    }

    /** Every remark left on a case's tasks, oldest first, with the name of the step it was left on. */
    public List<TaskComment> comments(String processInstanceId) {
        return history.comments(processInstanceId);
    }

    public void setVariable(String processInstanceId, String name, Object value) {
        engine().getRuntimeService().setVariable(processInstanceId, name, value);
    }

    public Object variable(String processInstanceId, String name) {
        return engine().getRuntimeService().getVariable(processInstanceId, name);
    }

    /** Whether the engine answers: used by the readiness check. */
    public boolean isRunning() {
        engine().getManagementService().getProperties();
        return true;
    }

    private List<OpenTask> toOpenTasks(List<Task> tasks) {
        return taskLists.toOpenTasks(tasks);
    }

    private OpenTask toOpenTask(Task task) {
        return taskLists.toOpenTask(task);
    }

    private ProcessEngine engine() {
        return lifecycle.engine();
    }
}
