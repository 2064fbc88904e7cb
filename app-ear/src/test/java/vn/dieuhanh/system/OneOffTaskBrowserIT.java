package vn.dieuhanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dieuhanh.system.Cases.*;
import static vn.dieuhanh.system.SystemUnderTest.*;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import vn.dieuhanh.system.Cases.Cycle;

/**
 * A one-off task through the pages: the leader picks the template "Nhiệm vụ có thời hạn (một lần)"
 * on the opinion page (a yes/no and a text target, no consolidation), the City Office drafts,
 * signs and issues; the department's officer answers yes/no from a menu and writes the result,
 * the head signs; the report goes to the lead division, and no consolidation is waiting for it.
 */
class OneOffTaskBrowserIT {

    private static final String UNIT = "SO-TP";

    @BeforeAll
    static void ready() {
        awaitReady();
    }

    @Test
    void aOneOffTaskFromItsTemplateIsAnsweredYesOrNoAndReportedToTheLeadDivision() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String code = "NHIEMVU-E2E-" + suffix;
        OffsetDateTime now = OffsetDateTime.now(UnitPages.ZONE).truncatedTo(ChronoUnit.MINUTES);
        // Once, due in a day: the test ends long before, so nothing is late.
        Cycle cycle = Cycle.once(now, now.plusDays(1), 3, 0);
        var letter = new OfficePages.Letter(
                "Công văn về rà soát thủ tục hành chính " + suffix,
                code,
                suffix,
                List.of(UNIT),
                cycle,
                "Nhiệm vụ có thời hạn");

        try (Browser b = Browser.open(1280, 1400)) {
            b.numberScreenshots("one-off");
            try {
                String id = OfficePages.issueThroughPages(b, letter);
                JsonObject directive = object(get("/api/directives/" + id, tokenOf("lanhdao")));
                assertThat(directive.getJsonArray("targets").stream()
                                .map(t -> t.asJsonObject().getString("code")))
                        .as("the template's targets")
                        .containsExactly("done", "result");
                act(
                        "thutruong-so-tp",
                        "/api/directives/" + id + "/units/" + UNIT + "/assignment",
                        "{\"taskId\":\""
                                + Cases.awaitTask("thutruong-so-tp", "assignOrForward", code, Duration.ofSeconds(60))
                                + "\",\"officer\":\"canbo-so-tp\"}",
                        204);

                // The officer: yes/no from a menu, the result as text.
                b.openFromInbox(
                        "canbo-so-tp", Cases.awaitTask("canbo-so-tp", "draftUnitReport", code, Duration.ofSeconds(60)));
                new Select(b.byCss("select[data-target='done']")).selectByValue("true");
                b.typeTarget("result", "Đã rà soát 12 thủ tục, đề xuất sửa đổi 3 thủ tục.");
                b.screenshot("report");
                b.click("report:submit");
                assertThat(b.inboxMessage()).contains("Đã lập báo cáo kỳ");

                // The head reads the answer by its name, and signs.
                b.openFromInbox(
                        "thutruong-so-tp",
                        Cases.awaitTask("thutruong-so-tp", "approveUnitReport", code, Duration.ofSeconds(60)));
                assertThat(b.text("values"))
                        .contains("Đã hoàn thành nhiệm vụ")
                        .contains("Có")
                        .contains("Đã rà soát 12 thủ tục");
                b.type("approval:pin", DEMO_PIN);
                b.clickAndConfirm("approval:approve");
                assertThat(b.inboxMessage()).contains("Đã ký và gửi báo cáo kỳ");
            } catch (RuntimeException | AssertionError e) {
                b.saveFailure("one-off-99-failure");
                throw e;
            }
        }

        // The report is the lead division's to read; there is no consolidation to wait for.
        JsonObject status = object(get("/api/directives?code=" + code, tokenOf("chuyenvien")));
        assertThat(status.getJsonArray("reports").stream()
                        .map(JsonValue::asJsonObject)
                        .map(r -> r.getString("unitCode")))
                .containsExactly(UNIT);
        assertThat(count(
                        "select count(*) from act_hi_procinst where business_key_ = ? and proc_def_key_ = 'consolidation'",
                        code))
                .isZero();
    }
}
