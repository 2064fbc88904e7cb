package vn.dieuhanh.engine.boundary;

import jakarta.ejb.ApplicationException;

/**
 * Separation of duties: the person who did an earlier step (drafted a report or a letter) may not
 * do this one (approve or sign it). Refused, and nothing of the attempt stays.
 */
@ApplicationException(rollback = true)
public class SameHandsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String step;
    private final String earlierStep;

    public SameHandsException(String step, String earlierStep) {
        super("Người đã soạn không được tự duyệt hoặc ký chính văn bản đó; việc này cần một người khác giữ"
                + " chức vụ này. / The person who drafted it may not approve or sign it; someone else holding"
                + " this position must.");
        this.step = step;
        this.earlierStep = earlierStep;
    }

    /** The step refused. */
    public String step() {
        return step;
    }

    /** The step whose performer was refused here. */
    public String earlierStep() {
        return earlierStep;
    }
}
