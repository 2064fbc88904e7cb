package vn.dieuhanh.inbox.boundary.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.dieuhanh.engine.boundary.Workflow;
import vn.dieuhanh.identity.boundary.web.Caller;

/** The number beside "Hộp công việc" in the menu: one count query per page, not the task list. */
@Named
@RequestScoped
public class InboxCount {

    @Inject
    Workflow workflow;

    @Inject
    Caller caller;

    private Long value;

    public long getValue() {
        if (value == null) {
            value = workflow.countOpenTasksFor(caller.taskGroups());
        }
        return value;
    }
}
