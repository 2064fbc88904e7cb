package vn.dieuhanh.inbox.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import vn.dieuhanh.engine.boundary.OpenTask;
import vn.dieuhanh.engine.boundary.TaskComment;
import vn.dieuhanh.engine.boundary.TaskNotOpenException;
import vn.dieuhanh.engine.boundary.TaskNotYoursException;
import vn.dieuhanh.engine.boundary.Workflow;

/**
 * What the inbox and the task pages read: the tasks offered to the caller's {@code UNIT:role}
 * groups, one task checked as theirs, and its case's history and remarks. Reads only, outside any
 * transaction of ours as before; what changes a task goes through {@link InboxActions}, audited.
 */
@ApplicationScoped
public class Inbox {

    @Inject
    Workflow workflow;

    /** Open tasks offered to these groups (taken or not), oldest first. */
    public List<OpenTask> tasksFor(Collection<String> callerGroups) {
        return workflow.openTasksFor(callerGroups);
    }

    /** How many open tasks are offered to these groups: the number beside the inbox in the menu. */
    public long countFor(Collection<String> callerGroups) {
        return workflow.countOpenTasksFor(callerGroups);
    }

    /**
     * The open task at this step offered to one of the caller's groups; a {@link
     * TaskNotOpenException} if it is done or elsewhere, a {@link TaskNotYoursException} if it
     * belongs to another unit or role.
     */
    public OpenTask openTaskFor(String taskId, String stepKey, Collection<String> callerGroups) {
        return workflow.openTaskFor(taskId, stepKey, callerGroups);
    }

    /** A variable as the task sees it, such as the directive or the letter it is about. */
    public Object taskVariable(String taskId, String name) {
        return workflow.taskVariable(taskId, name);
    }

    /** The {@code UNIT:role} groups a task is offered to. */
    public List<String> candidateGroupsOf(String taskId) {
        return workflow.candidateGroupsOf(taskId);
    }

    /** A case's finished steps with the decisions they carried, oldest first. */
    public List<CaseStep> history(String processInstanceId) {
        return CaseStep.historyOf(workflow, processInstanceId);
    }

    /** The remarks left on a case's tasks, oldest first. */
    public List<TaskComment> comments(String processInstanceId) {
        return workflow.comments(processInstanceId);
    }
}
