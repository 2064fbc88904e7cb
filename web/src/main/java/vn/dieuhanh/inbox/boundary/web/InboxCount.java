package vn.dieuhanh.inbox.boundary.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.dieuhanh.identity.boundary.web.Caller;
import vn.dieuhanh.inbox.boundary.Inbox;

/** The number beside "Hộp công việc" in the menu: one count query per page, not the task list. */
@Named
@RequestScoped
public class InboxCount {

    @Inject
    Inbox inbox;

    @Inject
    Caller caller;

    private Long value;

    public long getValue() {
        if (value == null) {
            value = inbox.countFor(caller.taskGroups());
        }
        return value;
    }
}
