package vn.dieuhanh.reporting.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.dieuhanh.directive.boundary.Reporting;

/** "Ký báo cáo tổng hợp": the DIC director signs the consolidated report with the PIN, or returns it. */
@Named
@ViewScoped
public class SignConsolidatedReportView extends SigningReportPage {

    private static final long serialVersionUID = 1L;

    private Reporting.Board board;

    @Override
    protected String stepKey() {
        return "signConsolidatedReport";
    }

    @Override
    protected void load() {
        board = reporting.board(getTaskId(), stepKey(), caller.taskGroups());
    }

    @Override
    protected String form() {
        return "signature";
    }

    @Override
    protected void signOrReturn(boolean approved, String why, char[] secret) {
        directives.signConsolidated(
                context.directiveId(), getTaskId(), caller.taskGroups(), actor(), approved, why, secret);
    }

    @Override
    protected String doneMessage(boolean approved) {
        return approved
                ? "Đã ký báo cáo tổng hợp và gửi Bộ Thông tin và Truyền thông."
                : "Đã trả lại báo cáo tổng hợp cho chuyên viên.";
    }

    @Override
    public String getDocumentId() {
        return board == null ? null : board.consolidatedDocumentId();
    }

    public Reporting.Board getBoard() {
        return board;
    }
}
