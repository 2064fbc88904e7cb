package vn.dieuhanh.engine.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dieuhanh.engine.control.EngineLifecycle;
import vn.dieuhanh.platform.boundary.CityTime;

/**
 * Our boundary around the process engine. Every call joins the caller's JTA transaction, so
 * what a feature writes with JPA and what it does here commit or roll back together.
 */
@ApplicationScoped
public class Workflow {

    private static final ZoneId ZONE = CityTime.ZONE;

    @Inject
    EngineLifecycle lifecycle;

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

    /** The variable that keeps who last did a step, in the step's scope (a period's report). */
    static final String PERFORMER = "performerOf_";

    /** The extension property of a user task naming the step whose performer may not do it. */
    static final String NOT_BY_PERFORMER_OF = "notByPerformerOf";

    /**
     * Steps exempted from separation of duties by configuration (comma-separated step ids), for an
     * office too small to have two people; every approval and signature is separated by default.
     */
    @Inject
    @ConfigProperty(name = "dieuhanh.separation-of-duties.exempt")
    Optional<String> exemptSteps;

    private final Map<String, Optional<String>> separatedFrom = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Separation of duties, as the model declares it: a step with the property
     * {@code notByPerformerOf=draftUnitReport} is refused to whoever last did that step in the same
     * scope, checked as the task completes so it holds whatever page or call completes it. Every
     * completed step records its performer for the steps after it.
     */
    private void separateDuties(String taskId) {
        String user = actingUser();
        if (user == null) {
            return; // a timer or the job executor: nobody to separate
        }
        Task task = engine().getTaskService().createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return; // gone: the completion below answers as for any late click
        }
        String step = task.getTaskDefinitionKey();
        Optional<String> earlier = separatedFrom.computeIfAbsent(
                task.getProcessDefinitionId() + "#" + step, k -> earlierStepOf(task.getProcessDefinitionId(), step));
        if (earlier.isPresent() && !exempted(step)) {
            Object performer = engine().getTaskService().getVariable(taskId, PERFORMER + earlier.get());
            if (user.equals(performer)) {
                throw new SameHandsException(step, earlier.get());
            }
        }
        engine().getTaskService().setVariable(taskId, PERFORMER + step, user);
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

    private Optional<String> earlierStepOf(String processDefinitionId, String step) {
        var model = engine().getRepositoryService().getBpmnModelInstance(processDefinitionId);
        if (!(model.getModelElementById(step) instanceof UserTask userTask)
                || userTask.getExtensionElements() == null) {
            return Optional.empty();
        }
        return userTask.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> NOT_BY_PERFORMER_OF.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .filter(value -> value != null && !value.isBlank())
                .findFirst();
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
     * the decision it carried. Decisions are variables overwritten on every round of a loop (a
     * draft returned twice), so each step takes the values it wrote itself.
     */
    public List<FinishedStep> history(String processInstanceId) {
        var history = engine().getHistoryService();
        List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId)
                .finished()
                .orderByHistoricTaskInstanceEndTime()
                .asc()
                .list();
        List<HistoricVariableUpdate> updates = history
                .createHistoricDetailQuery()
                .processInstanceId(processInstanceId)
                .variableUpdates()
                .orderByTime()
                .asc()
                .list()
                .stream()
                .filter(HistoricVariableUpdate.class::isInstance)
                .map(HistoricVariableUpdate.class::cast)
                .toList();
        List<FinishedStep> steps = new ArrayList<>();
        for (HistoricTaskInstance task : tasks) {
            Boolean approved = null;
            String reason = null;
            String note = null;
            for (HistoricVariableUpdate update : updates) {
                if (!writtenBy(update, task)) {
                    continue;
                }
                switch (update.getVariableName()) {
                    case "approved" -> approved = update.getValue() instanceof Boolean b ? b : null;
                    case "returnReason" -> reason = blankToNull(update.getValue());
                    case "opinion" -> note = blankToNull(update.getValue());
                    default -> {
                        // Other variables are the engine's bookkeeping, not something a person decided.
                    }
                }
            }
            steps.add(new FinishedStep(
                    task.getTaskDefinitionKey(),
                    task.getName(),
                    task.getAssignee(),
                    toOffset(task.getStartTime()),
                    toOffset(task.getEndTime()),
                    approved,
                    reason,
                    note));
        }
        return steps;
    }

    private static boolean writtenBy(HistoricDetail update, HistoricTaskInstance task) {
        if (task.getId().equals(update.getTaskId())) {
            return true;
        }
        // Variables handed over on completion belong to the case (or the period's sub-process),
        // not the task, but the engine notes the activity instance that wrote them: with several
        // steps open at once in one case (a late period's report beside the current one's), that
        // and not the moment tells whose they are.
        if (update.getActivityInstanceId() != null && task.getActivityInstanceId() != null) {
            return update.getActivityInstanceId().equals(task.getActivityInstanceId());
        }
        // Otherwise they are the ones written at the moment the task ended.
        Date at = update.getTime();
        // Strictly after the start: a value written at the very moment the task was created was
        // handed over by the step before it.
        return at != null && task.getEndTime() != null && at.after(task.getStartTime()) && !at.after(task.getEndTime());
    }

    private static String blankToNull(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
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
        var history = engine().getHistoryService();
        Map<String, String> stepNames = new java.util.HashMap<>();
        history.createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId)
                .list()
                .forEach(t -> stepNames.put(t.getId(), t.getName()));
        return engine().getTaskService().getProcessInstanceComments(processInstanceId).stream()
                .sorted(Comparator.comparing(c -> c.getTime()))
                .map(c -> new TaskComment(
                        c.getUserId(), toOffset(c.getTime()), stepNames.get(c.getTaskId()), c.getFullMessage()))
                .toList();
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

    /**
     * A list of tasks with their cases' business keys and subjects read in two queries for the
     * whole list, not two per task: an inbox is read on every page and every API call.
     */
    private List<OpenTask> toOpenTasks(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, String> businessKeys = new HashMap<>();
        Map<String, String> subjects = new HashMap<>();
        List<String> instances =
                tasks.stream().map(Task::getProcessInstanceId).distinct().toList();
        for (int from = 0; from < instances.size(); from += CHUNK) {
            List<String> chunk = instances.subList(from, Math.min(instances.size(), from + CHUNK));
            engine().getRuntimeService()
                    .createProcessInstanceQuery()
                    .processInstanceIds(new HashSet<>(chunk))
                    .list()
                    .forEach(instance -> businessKeys.put(instance.getId(), instance.getBusinessKey()));
            // The subject is a variable of the case itself (set when it starts), not of a task.
            engine()
                    .getRuntimeService()
                    .createVariableInstanceQuery()
                    .processInstanceIdIn(chunk.toArray(String[]::new))
                    .variableName("subject")
                    .disableBinaryFetching()
                    .list()
                    .stream()
                    .filter(variable -> variable.getExecutionId().equals(variable.getProcessInstanceId()))
                    .forEach(variable -> subjects.put(
                            variable.getProcessInstanceId(),
                            variable.getValue() == null
                                    ? null
                                    : variable.getValue().toString()));
        }
        Map<String, String> definitionKeys = new HashMap<>();
        return tasks.stream()
                .map(task -> new OpenTask(
                        task.getId(),
                        task.getName(),
                        subjects.get(task.getProcessInstanceId()),
                        task.getTaskDefinitionKey(),
                        task.getProcessInstanceId(),
                        definitionKeys.computeIfAbsent(
                                task.getProcessDefinitionId(), id -> engine().getRepositoryService()
                                        .getProcessDefinition(id)
                                        .getKey()),
                        // Null when the case ended a moment ago; acting on the task then answers
                        // "no longer open".
                        businessKeys.get(task.getProcessInstanceId()),
                        task.getAssignee(),
                        toOffset(task.getCreateTime()),
                        toOffset(task.getDueDate())))
                .toList();
    }

    /** Ids per IN list of the batched reads: well under any database's limit. */
    private static final int CHUNK = 500;

    private OpenTask toOpenTask(Task task) {
        return toOpenTasks(List.of(task)).get(0);
    }

    private static OffsetDateTime toOffset(Date date) {
        return date == null ? null : date.toInstant().atZone(ZONE).toOffsetDateTime();
    }

    private ProcessEngine engine() {
        return lifecycle.engine();
    }
}
