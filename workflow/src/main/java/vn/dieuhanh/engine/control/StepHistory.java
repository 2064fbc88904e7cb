package vn.dieuhanh.engine.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import vn.dieuhanh.engine.boundary.FinishedStep;
import vn.dieuhanh.engine.boundary.TaskComment;

/**
 * A case's past as the engine's history keeps it: the steps finished, with the values each wrote,
 * and the remarks left on its tasks. What the values mean is the business of the feature that
 * asks; the engine only knows which step wrote which.
 */
public final class StepHistory {

    private final Supplier<ProcessEngine> engine;

    public StepHistory(Supplier<ProcessEngine> engine) {
        this.engine = engine;
    }

    /**
     * The steps of a case done so far, in the order they were finished, each with who did it and
     * the last value it wrote of each variable named. Variables are overwritten on every round of
     * a loop (a draft returned twice), so each step takes the values it wrote itself.
     */
    public List<FinishedStep> steps(String processInstanceId, Collection<String> variables) {
        var history = engine.get().getHistoryService();
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
                // Only the values asked for are read: the others are bookkeeping, some of it binary.
                .filter(update -> variables.contains(update.getVariableName()))
                .toList();
        List<FinishedStep> steps = new ArrayList<>();
        for (HistoricTaskInstance task : tasks) {
            Map<String, Object> written = new LinkedHashMap<>();
            for (HistoricVariableUpdate update : updates) {
                if (writtenBy(update, task)) {
                    written.put(update.getVariableName(), update.getValue());
                }
            }
            steps.add(new FinishedStep(
                    task.getTaskDefinitionKey(),
                    task.getName(),
                    task.getAssignee(),
                    TaskLists.toOffset(task.getStartTime()),
                    TaskLists.toOffset(task.getEndTime()),
                    written));
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

    /** Every remark left on a case's tasks, oldest first, with the name of the step it was left on. */
    public List<TaskComment> comments(String processInstanceId) {
        var history = engine.get().getHistoryService();
        Map<String, String> stepNames = new HashMap<>();
        history.createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId)
                .list()
                .forEach(t -> stepNames.put(t.getId(), t.getName()));
        return engine.get().getTaskService().getProcessInstanceComments(processInstanceId).stream()
                .sorted(Comparator.comparing(c -> c.getTime()))
                .map(c -> new TaskComment(
                        c.getUserId(),
                        TaskLists.toOffset(c.getTime()),
                        stepNames.get(c.getTaskId()),
                        c.getFullMessage()))
                .toList();
    }
}
