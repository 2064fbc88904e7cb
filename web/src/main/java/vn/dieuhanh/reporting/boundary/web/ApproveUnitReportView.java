package vn.dieuhanh.reporting.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.dieuhanh.directive.boundary.Reporting;

/** "Duyệt, ký báo cáo": the unit head reads the report, signs it with the PIN, or returns it with a reason. */
@Named
@ViewScoped
public class ApproveUnitReportView extends SigningReportPage {

    private static final long serialVersionUID = 1L;

    private Reporting.UnitPeriod period;

    @Override
    protected String stepKey() {
        return "approveUnitReport";
    }

    @Override
    protected void load() {
        period = reporting.unitPeriod(getTaskId(), stepKey(), caller.taskGroups());
    }

    @Override
    protected String form() {
        return "approval";
    }

    @Override
    protected void signOrReturn(boolean approved, String why, char[] secret) {
        directives.approveReport(
                context.directiveId(),
                context.unitCode(),
                getTaskId(),
                caller.taskGroups(),
                actor(),
                approved,
                why,
                secret);
    }

    @Override
    protected String doneMessage(boolean approved) {
        return approved ? "Đã ký và gửi báo cáo kỳ tới đơn vị tổng hợp." : "Đã trả lại báo cáo cho cán bộ đầu mối.";
    }

    @Override
    public String getDocumentId() {
        return period == null ? null : period.reportDocumentId();
    }

    public Reporting.UnitPeriod getPeriod() {
        return period;
    }
}
