package vn.dieuhanh.directive.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import vn.dieuhanh.inbox.boundary.web.TaskPage;
import vn.dieuhanh.platform.boundary.web.Text;

/** "Xem xét dự thảo": the division head reads the draft and approves it, or returns it with a reason. */
@Named
@ViewScoped
public class ReviewDraftView extends TaskPage {

    private static final long serialVersionUID = 1L;

    @Size(max = 2000, message = "Lý do tối đa 2000 ký tự. / The reason has at most 2000 characters.")
    private String reason;

    private String letterId;

    @Override
    protected String stepKey() {
        return "reviewDraft";
    }

    @Override
    protected void opened() {
        letterId = directives.letterId(getDirective().id()).orElse(null);
    }

    public String approve() {
        return decide(true);
    }

    /** Returning needs a reason: said next to the field, before the facade is asked. */
    public String sendBack() {
        if (reason == null || reason.isBlank()) {
            messageFor("review:reason", "Cần nêu lý do khi trả lại. / A reason is required to return a document.");
            return null;
        }
        return decide(false);
    }

    private String decide(boolean approved) {
        try {
            directives.review(
                    getDirective().id(),
                    getTaskId(),
                    caller.taskGroups(),
                    approved,
                    approved ? null : Text.clean(reason));
            return done(
                    approved
                            ? "Đã duyệt dự thảo, chuyển Chánh Văn phòng ký. / Draft approved and sent for signature."
                            : "Đã trả lại dự thảo cho chuyên viên. / The draft was returned to the specialist.");
        } catch (RuntimeException e) {
            fail(e);
            return null;
        }
    }

    @Override
    public String getDocumentId() {
        return letterId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
