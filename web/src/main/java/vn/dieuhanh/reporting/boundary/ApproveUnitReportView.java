package vn.dieuhanh.reporting.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.dieuhanh.directive.boundary.Reporting;
import vn.dieuhanh.platform.boundary.Text;
import vn.dieuhanh.signing.control.WrongPinException;

/** "Duyệt, ký báo cáo": the unit head reads the report, signs it with the PIN, or returns it with a reason. */
@Named
@ViewScoped
public class ApproveUnitReportView extends ReportingPage {

    private static final long serialVersionUID = 1L;

    private Reporting.UnitPeriod period;
    private String pin;
    private String reason;

    @Override
    protected String stepKey() {
        return "approveUnitReport";
    }

    @Override
    protected void load() {
        period = reporting.unitPeriod(getTaskId(), stepKey(), caller.taskGroups());
    }

    public String approve() {
        if (context == null) {
            return null;
        }
        if (blank(pin)) {
            messageFor("approval:pin", "Cần nhập mã PIN để ký. / Enter your PIN to sign.");
            return null;
        }
        return decide(true, null);
    }

    public String returnReport() {
        if (context == null) {
            return null;
        }
        if (blank(reason)) {
            messageFor("approval:reason", "Cần nêu lý do khi trả lại. / A reason is required to return the report.");
            return null;
        }
        return decide(false, Text.clean(reason));
    }

    private String decide(boolean approved, String why) {
        char[] secret = approved ? pin.toCharArray() : null;
        // The PIN is used once and not kept in the view.
        pin = null;
        try {
            directives.approveReport(
                    context.directiveId(),
                    context.unitCode(),
                    getTaskId(),
                    caller.taskGroups(),
                    actor(),
                    approved,
                    why,
                    secret);
            return done(
                    approved
                            ? "Đã ký và gửi báo cáo kỳ tới đơn vị tổng hợp."
                            : "Đã trả lại báo cáo cho cán bộ đầu mối.");
        } catch (RuntimeException e) {
            if (cause(e) instanceof WrongPinException wrong) {
                messageFor("approval:pin", wrong.getMessage());
                return null;
            }
            fail(e);
            return null;
        } finally {
            if (secret != null) {
                java.util.Arrays.fill(secret, '\0');
            }
        }
    }

    @Override
    public String getDocumentId() {
        return period == null ? null : period.reportDocumentId();
    }

    public Reporting.UnitPeriod getPeriod() {
        return period;
    }

    public String getPin() {
        return pin;
    }

    public void setPin(String pin) {
        this.pin = pin;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
