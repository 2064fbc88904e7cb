package vn.dieuhanh.inbox.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import vn.dieuhanh.audit.boundary.AuditLog;
import vn.dieuhanh.engine.boundary.Workflow;

/**
 * What an official does to a task from the inbox without deciding it: take it ("Nhận việc"), give
 * it back to the unit ("Trả lại"), hand it to a colleague ("Chuyển"). One transaction each, recorded
 * in the audit trail in that transaction, since each changes who answers for the step: a refused
 * one (not the caller's, no longer open) rolls back and leaves no row. Whether the colleague may
 * take it is the page's check, against the directory.
 */
@Stateless
public class InboxActions {

    @Inject
    Workflow workflow;

    @Inject
    AuditLog audit;

    public void claim(String taskId, Collection<String> callerGroups, String user) {
        workflow.claim(taskId, callerGroups, user);
        audit.claimed(taskId, callerGroups);
    }

    public void unclaim(String taskId, Collection<String> callerGroups, String user) {
        workflow.unclaim(taskId, callerGroups, user);
        audit.released(taskId, callerGroups);
    }

    public void handOver(String taskId, Collection<String> callerGroups, String user, String colleague) {
        // Recorded first, while the task is still the caller's to describe (unit and role).
        audit.handedOver(taskId, callerGroups, colleague);
        workflow.handOver(taskId, callerGroups, user, colleague);
    }
}
