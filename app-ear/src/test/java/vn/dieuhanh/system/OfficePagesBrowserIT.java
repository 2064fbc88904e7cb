package vn.dieuhanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dieuhanh.system.Cases.*;
import static vn.dieuhanh.system.OfficePages.*;
import static vn.dieuhanh.system.SystemUnderTest.*;

import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The City Office's pages beyond the directive's own way through them (that, with its bad inputs,
 * is {@link OfficePages#issueThroughPages}, run whole by {@link DirectiveThroughPagesBrowserIT}):
 * a stale page, a phone-sized screen, a task opened by someone without its role.
 */
class OfficePagesBrowserIT {

    @BeforeAll
    static void ready() {
        awaitReady();
    }

    @Test
    void aStalePageSaysTheTaskIsGoneAndDoesNothing() throws Exception {
        String subject = "Công văn thử trang cũ " + UUID.randomUUID();
        String task = receive(subject);
        try (Browser b = Browser.open()) {
            b.signIn(CLERK);
            b.openTask("registerIncoming", task);
            b.type("register:sender", "Sở Nội vụ");
            b.type(
                    "register:reference",
                    "99/SNV-" + UUID.randomUUID().toString().substring(0, 6));
            b.type("register:documentDate_input", "01/10/2024");
            b.byId("register:file").sendKeys(incomingPdf().toString());

            // A colleague registers the same letter through the API meanwhile.
            String body =
                    """
                    {"taskId":"%s","sender":"Sở Nội vụ","senderReference":"98/SNV-%s",
                     "documentDate":"2024-10-01","subject":"%s"}"""
                            .formatted(task, UUID.randomUUID(), subject);
            act(CLERK, "/api/incoming-documents", body, 201);

            b.press("register:submit");
            b.awaitText("task-gone-message", "không còn mở");
            assertThat(b.driver.findElements(By.id("register"))).isEmpty();
            b.screenshot("20-stale-page");
        }
        // Registered once: the page's submit added nothing.
        var row = inbox(LEADER).stream()
                .filter(t -> subject.equals(t.getString("subject", null)))
                .count();
        assertThat(row).isEqualTo(1);
    }

    @Test
    void aPhoneSizedScreenShowsTheInboxAndATaskPageWithoutSidewaysScrolling() {
        String subject = "Công văn thử màn hình điện thoại " + UUID.randomUUID();
        String task = receive(subject);
        try (Browser b = Browser.open(390, 844)) {
            b.signIn(CLERK);
            assertThat(b.script("return window.innerWidth;")).isEqualTo(390L);
            b.screenshot("30-phone-inbox");
            assertThat(fitsTheWidth(b)).as("the inbox fits 390 px").isTrue();
            b.openTask("registerIncoming", task);
            b.screenshot("31-phone-registerIncoming");
            assertThat(fitsTheWidth(b)).as("the task page fits 390 px").isTrue();
            assertThat(b.byId("register:submit").isDisplayed()).isTrue();
        }
    }

    private static boolean fitsTheWidth(Browser b) {
        return (Boolean) b.script("return document.documentElement.scrollWidth <= window.innerWidth + 1;");
    }

    @Test
    void someoneWithoutTheRoleGetsNoForm() {
        String task = receive("Công văn thử vai trò " + UUID.randomUUID());
        try (Browser b = Browser.open()) {
            b.signIn(SPECIALIST);
            b.openTask("registerIncoming", task);
            assertThat(b.text("task-gone-message")).contains("thuộc đơn vị hoặc vai trò khác");
            assertThat(b.driver.findElements(By.id("register"))).isEmpty();
            // A refused attempt: in the audit trail, as the API's refusals are.
            assertThat(count(
                            "select count(*) from dh_audit_entry where kind = 'REFUSED' and actor = '" + SPECIALIST
                                    + "' and decision = '403' and detail = 'GET /tasks/registerIncoming.xhtml?task=' || ?",
                            task))
                    .isEqualTo(1);
            b.screenshot("21-not-your-task");
            // The clerk's own task opened under another step's page is refused as not open there.
            b.switchTo(CLERK);
            b.openTask("reviewDraft", task);
            assertThat(b.driver.findElements(By.id("review"))).isEmpty();
            assertThat(b.text("task-gone-message")).contains("không còn mở");
        }
    }
}
