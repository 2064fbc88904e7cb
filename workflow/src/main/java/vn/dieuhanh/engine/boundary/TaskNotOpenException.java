package vn.dieuhanh.engine.boundary;

import jakarta.ejb.ApplicationException;

/** The task is finished, belongs to another step, or never existed: the page the user acted on is stale. */
@ApplicationException(rollback = true)
public class TaskNotOpenException extends RuntimeException {

    public TaskNotOpenException(String taskId) {
        super("Công việc " + taskId + " không còn mở (đã được xử lý hoặc không tồn tại)." + " / Task " + taskId
                + " is no longer open (already done or unknown).");
    }
}
