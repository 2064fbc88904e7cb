package vn.dieuhanh.reporting.boundary.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.dieuhanh.directive.boundary.Reporting;

/**
 * "Tổng hợp báo cáo": the DIC officer sees every recipient's standing in the period, reminds the
 * lagging ones in one action, and draws up the consolidated report, which the page then shows.
 */
@Named
@ViewScoped
public class ConsolidateReportsView extends ReportingPage {

    private static final long serialVersionUID = 1L;

    private Reporting.Board board;
    private Reporting.Reminded reminded;
    private String consolidatedId;
    private boolean consolidated;

    @Override
    protected String stepKey() {
        return "consolidateReports";
    }

    @Override
    protected void load() {
        board = reporting.board(getTaskId(), stepKey(), caller.taskGroups());
        consolidatedId = board.consolidatedDocumentId();
    }

    /** "Gửi nhắc nhở": one action for every unit missing a report or under target; none twice. */
    public void remind() {
        if (context == null || consolidated) {
            return;
        }
        try {
            reminded = reporting.remindLagging(context.directiveId(), getTaskId(), caller.taskGroups(), actor());
            board = reporting.board(getTaskId(), stepKey(), caller.taskGroups());
            String sent = reminded.reminded().isEmpty()
                    ? "Không có đơn vị nào cần nhắc thêm."
                    : "Đã gửi nhắc nhở tới " + reminded.reminded().size() + " đơn vị: "
                            + String.join(", ", reminded.reminded()) + ".";
            String before = reminded.alreadyReminded().isEmpty()
                    ? ""
                    : " Đã nhắc trước đó trong kỳ (không gửi lại): " + String.join(", ", reminded.alreadyReminded())
                            + ".";
            message(FacesMessage.SEVERITY_INFO, sent + before);
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    /** Draws up the consolidated report; the page stays to show it, the task goes to the director. */
    public void consolidate() {
        if (context == null || consolidated) {
            return;
        }
        try {
            directives.consolidate(context.directiveId(), getTaskId(), caller.taskGroups(), actor());
            consolidated = true;
            consolidatedId = reporting.consolidatedDocumentIdOf(context.directiveId(), context.periodIndex());
            message(
                    FacesMessage.SEVERITY_INFO,
                    "Đã lập báo cáo tổng hợp " + lowerFirst(board.periodLabel())
                            + ", chuyển Giám đốc Sở ký. Xem báo cáo dưới đây.");
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    @Override
    public String getDocumentId() {
        return consolidatedId;
    }

    public Reporting.Board getBoard() {
        return board;
    }

    public Reporting.Reminded getReminded() {
        return reminded;
    }

    public boolean isConsolidated() {
        return consolidated;
    }

    public long getLagging() {
        return board == null
                ? 0
                : board.units().stream()
                        .filter(u -> u.lagging() && !u.reminded())
                        .count();
    }

    /** "quý IV/2026" in a sentence: a period label starts with a word (Tháng, Quý, Năm), never an acronym. */
    private static String lowerFirst(String label) {
        return label == null || label.isEmpty()
                ? ""
                : label.substring(0, 1).toLowerCase(java.util.Locale.forLanguageTag("vi")) + label.substring(1);
    }
}
