package vn.dieuhanh.directive.boundary.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.dieuhanh.directive.boundary.DirectiveBoard;
import vn.dieuhanh.directive.boundary.DirectiveProblem;
import vn.dieuhanh.directive.boundary.Directives;
import vn.dieuhanh.identity.boundary.web.Caller;
import vn.dieuhanh.platform.boundary.web.Text;

/**
 * The city leader's decision to end a directive before its end date, on the directive's page:
 * a reason is required and the page asks for confirmation; the process then closes it with a
 * final summary. {@link Directives#close} checks the role in the city's leadership again.
 */
@Named
@ViewScoped
public class ClosureView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Directives directives;

    @Inject
    Caller caller;

    private String reason;
    private String directiveId;
    private boolean offered;
    private boolean closed;

    /**
     * On the page's first rendering: whether to offer the closing, and for which directive. Kept
     * in the view, because the page's own data is read per request and is not there yet when a
     * postback decides which forms to process.
     */
    public void offer(DirectiveBoard.Overview overview) {
        offered = overview != null
                && "IN_FORCE".equals(overview.status())
                && FacesContext.getCurrentInstance().getExternalContext().isUserInRole("city-leader");
        directiveId = overview == null ? null : overview.id();
    }

    public void close() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String cleaned = Text.clean(reason);
        if (cleaned == null || cleaned.isBlank()) {
            faces.addMessage(
                    "closure:reason",
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR, "Cần nêu lý do kết thúc. / The reason is required.", null));
            return;
        }
        try {
            directives.close(directiveId, caller.taskGroups(), cleaned);
            closed = true;
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO,
                            "Đã kết thúc văn bản chỉ đạo; báo cáo tổng kết được lập. / The directive is closed.",
                            null));
            reason = null;
        } catch (DirectiveProblem e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public boolean isOffered() {
        return offered;
    }

    public boolean isClosed() {
        return closed;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
