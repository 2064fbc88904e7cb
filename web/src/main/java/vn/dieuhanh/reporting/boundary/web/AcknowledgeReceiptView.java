package vn.dieuhanh.reporting.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** "Xác nhận đã nhận báo cáo": the Ministry's officer reads the signed consolidated report and confirms receipt. */
@Named
@ViewScoped
public class AcknowledgeReceiptView extends ReportingPage {

    private static final long serialVersionUID = 1L;

    private String documentId;
    private String periodLabel;

    @Override
    protected String stepKey() {
        return "acknowledgeReceipt";
    }

    @Override
    protected void load() {
        documentId = reporting.consolidatedDocumentId(getTaskId(), stepKey(), caller.taskGroups());
        periodLabel = context == null ? "" : reporting.periodLabel(context);
    }

    public String acknowledge() {
        if (context == null) {
            return null;
        }
        try {
            directives.acknowledge(context.directiveId(), getTaskId(), caller.taskGroups());
            return done("Đã xác nhận nhận báo cáo tổng hợp.");
        } catch (RuntimeException e) {
            fail(e);
            return null;
        }
    }

    @Override
    public String getDocumentId() {
        return documentId;
    }

    public String getPeriodLabel() {
        return periodLabel;
    }
}
