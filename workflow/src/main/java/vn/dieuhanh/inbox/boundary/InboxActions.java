package vn.dieuhanh.inbox.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import vn.dieuhanh.audit.boundary.AuditLog;
import vn.dieuhanh.engine.boundary.Workflow;

/**
 * What an official does to a task without deciding it: take it ("Nhận việc"), give it back to the
 * unit ("Trả lại"), hand it to a colleague ("Chuyển"), leave a remark on it ("Ý kiến"). One
 * transaction each, recorded in the audit trail in that transaction: a refused one (not the
 * caller's, no longer open) rolls back and leaves no row. Whether the colleague may take it is the
 * page's check, against the directory.
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

    /** Leaves a remark on an open task in the caller's name; the trail keeps it with the step. */
    public void comment(String taskId, Collection<String> callerGroups, String user, String text) {
        workflow.addComment(taskId, user, text);
        audit.commented(taskId, callerGroups, text);
    }

    /**
     * A page's refused attempt on a task (another unit's, no longer open, the same hands twice): it
     * joins the audit trail in a transaction of its own, as the API's refusals do.
     */
    public void refused(String user, int status, String method, String path, String message) {
        audit.refused(user, status, method, path, message);
    }
}
