package vn.dieuhanh.engine.boundary;

import jakarta.ejb.ApplicationException;

/** The task is offered to another unit or role than the caller's: refused, and nothing changes. */
@ApplicationException(rollback = true)
public class TaskNotYoursException extends RuntimeException {

    public TaskNotYoursException(String taskId) {
        super("Công việc " + taskId + " không thuộc đơn vị hoặc vai trò của bạn." + " / Task " + taskId
                + " belongs to another unit or role.");
    }
}
