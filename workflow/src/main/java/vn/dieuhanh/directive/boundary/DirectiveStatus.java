package vn.dieuhanh.directive.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import vn.dieuhanh.engine.boundary.OpenTask;

/** Where a directive stands: every unit, every report and reminder so far, and what is still open. */
public record DirectiveStatus(
        String id,
        String code,
        String subject,
        String status,
        List<String> recipients,
        List<UnitView> units,
        List<ReportView> reports,
        List<ReminderView> reminders,
        List<OpenTask> openTasks,
        OffsetDateTime closedAt,
        String finalSummary) {

    /** A unit taking part, and the unit that forwarded the task to it, if any. */
    public record UnitView(String unitCode, String forwardedBy, String officer) {}

    /** A unit's report; the period by its index (from 0) and as people name it ("Tháng 11/2026"). */
    public record ReportView(String unitCode, int periodIndex, String periodLabel, boolean late) {}

    public record ReminderView(String unitCode, int periodIndex, String periodLabel, String kind) {}
}
