package vn.dieuhanh.engine.control;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import vn.dieuhanh.engine.boundary.SameHandsException;

/**
 * Separation of duties, as the model declares it: a step with the property
 * {@code notByPerformerOf=draftUnitReport} is refused to whoever last did that step in the same
 * scope, checked as the task completes so it holds whatever page or call completes it. Every
 * completed step records its performer for the steps after it.
 */
public final class DutySeparation {

    /** The variable that keeps who last did a step, in the step's scope (a period's report). */
    static final String PERFORMER = "performerOf_";

    /** The extension property of a user task naming the step whose performer may not do it. */
    static final String NOT_BY_PERFORMER_OF = "notByPerformerOf";

    private final Supplier<ProcessEngine> engine;

    /** Per process definition and step: the earlier step whose performer may not do it. */
    private final Map<String, Optional<String>> separatedFrom = new ConcurrentHashMap<>();

    public DutySeparation(Supplier<ProcessEngine> engine) {
        this.engine = engine;
    }

    /**
     * Refuses the open task to this user with a {@link SameHandsException} if they did the step it
     * is separated from (unless the step is exempted), and records them as its performer.
     */
    public void check(String taskId, String user, Predicate<String> exempted) {
        Task task =
                engine.get().getTaskService().createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return; // gone: the completion answers as for any late click
        }
        String step = task.getTaskDefinitionKey();
        Optional<String> earlier = separatedFrom.computeIfAbsent(
                task.getProcessDefinitionId() + "#" + step, k -> earlierStepOf(task.getProcessDefinitionId(), step));
        if (earlier.isPresent() && !exempted.test(step)) {
            Object performer = engine.get().getTaskService().getVariable(taskId, PERFORMER + earlier.get());
            if (user.equals(performer)) {
                throw new SameHandsException(step, earlier.get());
            }
        }
        engine.get().getTaskService().setVariable(taskId, PERFORMER + step, user);
    }

    private Optional<String> earlierStepOf(String processDefinitionId, String step) {
        var model = engine.get().getRepositoryService().getBpmnModelInstance(processDefinitionId);
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
}
