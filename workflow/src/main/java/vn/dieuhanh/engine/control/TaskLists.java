package vn.dieuhanh.engine.control;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import vn.dieuhanh.engine.boundary.OpenTask;
import vn.dieuhanh.platform.boundary.CityTime;

/**
 * Turns the engine's tasks into {@link OpenTask}s, with their cases' business keys and subjects
 * read in two queries for the whole list, not two per task: an inbox is read on every page and
 * every API call.
 */
public final class TaskLists {

    /** Ids per IN list of the batched reads: well under any database's limit. */
    private static final int CHUNK = 500;

    private final Supplier<ProcessEngine> engine;

    /** The engine is asked for when a list is read (a test sets it after building the facade). */
    public TaskLists(Supplier<ProcessEngine> engine) {
        this.engine = engine;
    }

    public List<OpenTask> toOpenTasks(List<Task> tasks) {
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

    public OpenTask toOpenTask(Task task) {
        return toOpenTasks(List.of(task)).get(0);
    }

    /** A moment the engine keeps as a {@link Date}, in the city's time. */
    public static OffsetDateTime toOffset(Date date) {
        return date == null ? null : date.toInstant().atZone(CityTime.ZONE).toOffsetDateTime();
    }

    private ProcessEngine engine() {
        return engine.get();
    }
}
