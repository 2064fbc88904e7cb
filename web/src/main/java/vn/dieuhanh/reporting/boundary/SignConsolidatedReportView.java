package vn.dieuhanh.reporting.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.dieuhanh.directive.boundary.Reporting;
import vn.dieuhanh.platform.boundary.Text;
import vn.dieuhanh.signing.control.WrongPinException;

/** "Ký báo cáo tổng hợp": the DIC director signs the consolidated report with the PIN, or returns it. */
@Named
@ViewScoped
public class SignConsolidatedReportView extends ReportingPage {

    private static final long serialVersionUID = 1L;

    private Reporting.Board board;
    private String pin;
    private String reason;

    @Override
    protected String stepKey() {
        return "signConsolidatedReport";
    }

    @Override
    protected void load() {
        board = reporting.board(getTaskId(), stepKey(), caller.taskGroups());
    }

    public String approve() {
        if (context == null) {
            return null;
        }
        if (blank(pin)) {
            messageFor("signature:pin", "Cần nhập mã PIN để ký. / Enter your PIN to sign.");
            return null;
        }
        return decide(true, null);
    }

    public String returnReport() {
        if (context == null) {
            return null;
        }
        if (blank(reason)) {
            messageFor("signature:reason", "Cần nêu lý do khi trả lại. / A reason is required to return the report.");
            return null;
        }
        return decide(false, Text.clean(reason));
    }

    private String decide(boolean approved, String why) {
        char[] secret = approved ? pin.toCharArray() : null;
        pin = null;
        try {
            directives.signConsolidated(
                    context.directiveId(), getTaskId(), caller.taskGroups(), actor(), approved, why, secret);
            return done(
                    approved
                            ? "Đã ký báo cáo tổng hợp và gửi Bộ Thông tin và Truyền thông."
                            : "Đã trả lại báo cáo tổng hợp cho chuyên viên.");
        } catch (RuntimeException e) {
            if (cause(e) instanceof WrongPinException wrong) {
                messageFor("signature:pin", wrong.getMessage());
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
        return board == null ? null : board.consolidatedDocumentId();
    }

    public Reporting.Board getBoard() {
        return board;
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
