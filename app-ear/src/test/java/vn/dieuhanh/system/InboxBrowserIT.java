package vn.dieuhanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dieuhanh.system.Cases.*;
import static vn.dieuhanh.system.SystemUnderTest.*;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The inbox as a clerk uses it: the count in the menu, search without diacritics, taking a task,
 * giving it back, handing it to the other clerk of the records office, and the refusals on the way.
 */
class InboxBrowserIT {

    private static final String CLERK = "vanthu", OTHER_CLERK = "vanthu2";

    @BeforeAll
    static void ready() {
        awaitReady();
    }

    private static String receive(String subject) {
        return receive(subject, null);
    }

    /** A document received with its registration due at this moment (null: the default). */
    private static String receive(String subject, String registrationDue) {
        String body = registrationDue == null
                ? "{\"subject\":\"" + subject + "\"}"
                : "{\"subject\":\"" + subject + "\",\"registrationDue\":\"" + registrationDue + "\"}";
        var received = post("/api/incoming-documents/receipts", tokenOf(CLERK), body);
        assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
        return object(received).getString("registrationTaskId");
    }

    private static List<WebElement> rows(Browser b) {
        return b.driver.findElements(By.cssSelector("[id='inbox:tasks_data'] > tr:not(.ui-datatable-empty-message)"));
    }

    private static void awaitRows(Browser b, int count) {
        b.wait.until(d -> rows(b).size() == count);
    }

    private static JsonObject task(String user, String id) {
        return inbox(user).stream()
                .filter(t -> id.equals(t.getString("id")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(user + " does not see task " + id));
    }

    @Test
    void aClerkFindsTakesGivesBackAndHandsOverATask() {
        String mark = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String subject = "Báo cáo kiểm tra đường truyền " + mark;
        // Due at midnight: the inbox says the last minute of the day before, not "00:00".
        String wanted = receive(subject, "2031-03-15T00:00:00+07:00");
        receive("Công văn khác " + mark);

        try (Browser b = Browser.open()) {
            b.signIn(CLERK);
            // The menu's count is the number of tasks offered to the clerk's unit and role.
            long offered = inbox(CLERK).size();
            assertThat(Long.parseLong(b.text("inbox-count"))).isEqualTo(offered);

            // Typed without diacritics, the subject is still found; only that task remains.
            b.type("inbox:search", "bao cao kiem tra duong truyen " + mark.toLowerCase(Locale.ROOT));
            awaitRows(b, 1);
            assertThat(rows(b).get(0).getText()).contains(subject, "trước 23:59 ngày 14/03/2031");
            b.screenshot("40-inbox-search");

            // Handing over needs a colleague chosen.
            WebElement row = rows(b).get(0);
            row.findElement(By.cssSelector(".dh-handover-button")).click();
            b.awaitText("inbox:messages", "Chọn đồng nghiệp");

            // Take it: it is mine, "taken by me" shows it; give it back: nobody's.
            rows(b).get(0).findElement(By.cssSelector(".dh-claim")).click();
            b.awaitText("inbox:messages", "Đã nhận việc");
            assertThat(task(CLERK, wanted).getString("assignee", null)).isEqualTo(CLERK);
            b.driver
                    .findElement(By.xpath("//*[@id='inbox:show']//*[contains(text(),'Việc tôi đã nhận')]"))
                    .click();
            awaitRows(b, 1);
            b.screenshot("41-inbox-mine");
            rows(b).get(0).findElement(By.cssSelector(".dh-unclaim")).click();
            b.awaitText("inbox:messages", "Đã trả lại việc");
            awaitRows(b, 0);
            assertThat(task(CLERK, wanted).getString("assignee", null)).isNull();

            // Hand it to the other clerk of the records office, picked by name.
            b.driver
                    .findElement(By.xpath("//*[@id='inbox:show']//*[contains(text(),'Tất cả')]"))
                    .click();
            awaitRows(b, 1);
            // Picked as a person does: the list opens, the name is clicked, the list closes.
            b.pick("inbox:tasks:0:colleague", "Phạm Thu Hà");
            b.screenshot("42-inbox-hand-over");
            b.press("inbox:tasks:0:handover");
            b.awaitText("inbox:messages", "Đã chuyển việc cho Phạm Thu Hà");
            assertThat(task(OTHER_CLERK, wanted).getString("assignee", null)).isEqualTo(OTHER_CLERK);
            // The trail says who took it, gave it back and handed it, as what, and to whom, in that order.
            assertThat(count(
                            "select count(*) from dh_audit_entry c where c.kind = 'TASK_CLAIMED' and c.actor = 'vanthu'"
                                    + " and c.unit_code = 'VP-VT' and c.role_name = 'records-clerk' and c.task_id = ?"
                                    + " and exists (select 1 from dh_audit_entry r where r.kind = 'TASK_RELEASED'"
                                    + " and r.actor = 'vanthu' and r.task_id = c.task_id and r.seq > c.seq)",
                            wanted))
                    .isEqualTo(1);
            assertThat(count(
                            "select count(*) from dh_audit_entry where kind = 'TASK_HANDED_OVER' and actor = 'vanthu'"
                                    + " and unit_code = 'VP-VT' and role_name = 'records-clerk'"
                                    + " and step_key = 'registerIncoming' and detail like '%(vanthu2)' and task_id = ?",
                            wanted))
                    .isEqualTo(1);
            // Now someone else's: the first clerk can neither give it back nor hand it on.
            awaitRows(b, 1);
            assertThat(rows(b).get(0).findElements(By.cssSelector(".dh-handover-button")))
                    .isEmpty();
            assertThat(rows(b).get(0).findElements(By.cssSelector(".dh-unclaim")))
                    .isEmpty();
        }
    }

    @Test
    void aCommentOnATaskJoinsTheTrailWithTheStep() {
        String mark = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String taskId = receive("Công văn cần ý kiến " + mark);
        String remark = "Đề nghị kiểm tra lại số hiệu " + mark;

        try (Browser b = Browser.open()) {
            b.signIn(CLERK);
            b.openTask("registerIncoming", taskId);
            b.type("comments:comment-text", remark);
            b.press("comments:comment-add");
            b.awaitText("comments", remark);
        }
        // Written through the inbox's boundary, in the comment's own transaction: the trail has it.
        assertThat(count(
                        "select count(*) from dh_audit_entry where kind = 'TASK_COMMENTED' and actor = 'vanthu'"
                                + " and unit_code = 'VP-VT' and role_name = 'records-clerk'"
                                + " and step_key = 'registerIncoming' and detail = '" + remark + "' and task_id = ?",
                        taskId))
                .isEqualTo(1);
    }

    @Test
    void aDeadlineNearStandsOutAndTheFiltersCountTheirTasks() {
        String mark = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String soonDue = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                .plusDays(2)
                .atTime(10, 0)
                .atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                .toOffsetDateTime()
                .toString();
        receive("Sắp đến hạn " + mark, soonDue);
        receive("Còn lâu mới đến hạn " + mark, "2031-03-15T00:00:00+07:00");

        try (Browser b = Browser.open()) {
            b.signIn(CLERK);
            b.type("inbox:search", mark.toLowerCase(Locale.ROOT));
            awaitRows(b, 2);
            WebElement near = rows(b).stream()
                    .filter(r -> r.getText().contains("Sắp đến hạn " + mark))
                    .findFirst()
                    .orElseThrow();
            WebElement far = rows(b).stream()
                    .filter(r -> r.getText().contains("Còn lâu"))
                    .findFirst()
                    .orElseThrow();
            assertThat(near.findElements(By.cssSelector(".dh-due-soon"))).hasSize(1);
            assertThat(far.findElements(By.cssSelector(".dh-due-soon, .dh-due-today, .dh-overdue")))
                    .isEmpty();

            // Each filter says how many of my tasks it holds; the near one is among "due soon".
            String label = b.driver
                    .findElement(By.xpath("//*[@id='inbox:show']//*[contains(text(),'Sắp đến hạn')]"))
                    .getText();
            assertThat(label).matches(".*\\((\\d+)\\)");
            assertThat(Long.parseLong(label.replaceAll(".*\\((\\d+)\\)", "$1"))).isPositive();
            b.driver
                    .findElement(By.xpath("//*[@id='inbox:show']//*[contains(text(),'Sắp đến hạn')]"))
                    .click();
            awaitRows(b, 1);
            assertThat(rows(b).get(0).getText()).contains("Sắp đến hạn " + mark);
            b.screenshot("43-inbox-due-soon");
        }
    }
}
