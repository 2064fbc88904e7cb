package vn.dieuhanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dieuhanh.system.Cases.*;
import static vn.dieuhanh.system.SystemUnderTest.*;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import vn.dieuhanh.system.Cases.Cycle;

/**
 * A one-off task through the pages: the leader picks the template "Nhiệm vụ có thời hạn (một lần)"
 * on the opinion page (a yes/no and a text target, no consolidation), the City Office drafts,
 * signs and issues; the department's officer answers yes/no from a menu and writes the result
 * (evidence that is not a PDF or picture refused first, the answers kept), the head reads the
 * answers by their names and signs; the report goes to the lead division, and there is no
 * consolidation for anyone.
 */
class OneOffTaskBrowserIT {

    private static final String UNIT = "SO-TP";
    private static final String OFFICER = "canbo-so-tp", HEAD = "thutruong-so-tp";
    /** The lead division (the opinion page's) and one of its specialists, who read what units send it. */
    private static final String LEAD_DIVISION = "VP-KSTTHC", LEAD_READER = "chuyenvien";

    private static final Duration WAIT = Duration.ofSeconds(60);

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
                "Nhiệm vụ có thời hạn",
                "Giao Sở Tư pháp rà soát các thủ tục hành chính thuộc thẩm quyền, đề xuất sửa đổi và báo cáo kết quả.");
        JsonObject template = oneOffTemplate();
        List<String> targetNames = template.getJsonArray("targets").stream()
                .map(t -> t.asJsonObject().getString("name"))
                .toList();
        String result = "Đã rà soát 12 thủ tục, đề xuất sửa đổi 3 thủ tục.";
        String id;

        try (Browser b = Browser.open(1280, 1400)) {
            b.numberScreenshots("one-off");
            try {
                id = OfficePages.issueThroughPages(b, letter);

                // What the leader picked is what the directive holds: the template's targets, no one consolidating.
                assertThat(targetsOf(id))
                        .as("the directive's targets, code and kind")
                        .containsExactlyInAnyOrderElementsOf(template.getJsonArray("targets").stream()
                                .map(JsonValue::asJsonObject)
                                .map(t -> t.getString("code") + ":" + t.getString("kind"))
                                .toList());
                assertThat(count(
                                "select count(*) from dh_directive where id = ? and consolidating_unit is null"
                                        + " and receiver_unit is null",
                                id))
                        .isEqualTo(1);
                // The issued letter names the targets and has the units report to the lead division.
                String letterText =
                        documentText(OfficePages.letter(id, LEAD_READER).getString("id"), LEAD_READER);
                assertThat(letterText)
                        .contains(targetNames)
                        .contains("báo cáo kết quả về Văn phòng Ủy ban nhân dân thành phố (qua Phòng Kiểm soát"
                                + " thủ tục hành chính)")
                        .doesNotContain("Mbps")
                        .doesNotContain("mẫu đo");

                act(
                        HEAD,
                        "/api/directives/" + id + "/units/" + UNIT + "/assignment",
                        "{\"taskId\":\"" + Cases.awaitTask(HEAD, "assignOrForward", code, WAIT) + "\",\"officer\":\""
                                + OFFICER + "\"}",
                        204);

                // The officer: yes/no from a menu, the result as text; a file that is not a PDF or a
                // picture is refused beside the files, nothing is stored and the answers stay.
                b.openFromInbox(OFFICER, Cases.awaitTask(OFFICER, "draftUnitReport", code, WAIT));
                assertThat(b.text("figures")).contains(targetNames);
                new Select(b.byCss("select[data-target='done']")).selectByValue("true");
                b.typeTarget("result", result);
                Path notEvidence = Files.createTempFile("bien-ban-", ".pdf");
                Files.writeString(notEvidence, "<html><body>không phải PDF</body></html>");
                b.driver.findElement(By.id("report:files")).sendKeys(notEvidence.toString());
                b.click("report:submit");
                b.awaitText("report:files-message", "không phải PDF, PNG hoặc JPEG");
                b.screenshot("report-wrong-file");
                assertThat(count(
                                "select count(*) from dh_document where directive_id = ? and kind = 'UNIT_REPORT'", id))
                        .as("nothing refused is stored")
                        .isZero();
                assertThat(count("select count(*) from dh_report_value where directive_id = ?", id))
                        .isZero();
                assertThat(new Select(b.byCss("select[data-target='done']"))
                                .getFirstSelectedOption()
                                .getAttribute("value"))
                        .as("the answer chosen stays")
                        .isEqualTo("true");
                assertThat(b.byCss("textarea[data-target='result']").getAttribute("value"))
                        .as("the result typed stays")
                        .isEqualTo(result);
                b.screenshot("report");
                b.click("report:submit");
                assertThat(b.inboxMessage()).contains("Đã lập báo cáo kỳ");

                // The head reads each answer by its target's name, and signs.
                b.openFromInbox(HEAD, Cases.awaitTask(HEAD, "approveUnitReport", code, WAIT));
                assertThat(b.text("values")).contains(targetNames);
                assertThat(b.byCss("#values tr[data-target='done']").getText())
                        .contains(targetNames.get(0))
                        .contains("Có");
                assertThat(b.byCss("#values tr[data-target='result']").getText())
                        .contains(result);
                b.screenshot("approval");
                b.type("approval:pin", DEMO_PIN);
                b.clickAndConfirm("approval:approve");
                assertThat(b.inboxMessage()).contains("Đã ký và gửi báo cáo kỳ");
            } catch (RuntimeException | AssertionError e) {
                b.saveFailure("one-off-99-failure");
                throw e;
            }
        }

        // The signed report is addressed to the lead division, which reads it: the targets by their
        // names, the answers, nothing of i-Speed.
        JsonObject report = documentOf(id, "UNIT_REPORT", UNIT, 0, LEAD_READER);
        assertThat(report.getString("state")).isEqualTo("ISSUED");
        assertThat(report.getJsonArray("recipients").getValuesAs(JsonString::getString))
                .containsExactly(LEAD_DIVISION);
        String reportText = documentText(report.getString("id"), LEAD_READER);
        assertThat(reportText)
                .contains("Phòng Kiểm soát thủ tục hành chính")
                .contains(targetNames)
                .contains("Có")
                .contains(result)
                .doesNotContain("Mbps")
                .doesNotContain("mẫu đo")
                .doesNotContain("i-Speed");
        JsonObject status = object(get("/api/directives?code=" + code, tokenOf(LEAD_READER)));
        assertThat(status.getJsonArray("reports").stream()
                        .map(JsonValue::asJsonObject)
                        .map(r -> r.getString("unitCode")))
                .containsExactly(UNIT);

        // No consolidation for anyone: the directive's case and the unit's, no consolidation case or task.
        assertThat(count(
                        "select count(*) from act_hi_procinst where business_key_ = ? and proc_def_key_ = 'unitTask'",
                        code))
                .as("the unit's case, found by the same columns")
                .isEqualTo(1);
        assertThat(count("select count(*) from act_hi_procinst where business_key_ = ?", code))
                .as("the directive and the unit, nothing else")
                .isEqualTo(2);
        assertThat(count(
                        "select count(*) from act_hi_procinst where business_key_ = ? and proc_def_key_ = 'consolidation'",
                        code))
                .isZero();
        assertThat(count(
                        "select count(*) from act_hi_taskinst t join act_hi_procinst p on p.id_ = t.proc_inst_id_"
                                + " where p.business_key_ = ? and t.task_def_key_ in"
                                + " ('consolidateReports', 'signConsolidatedReport', 'acknowledgeReceipt')",
                        code))
                .isZero();
    }

    /** The one-off task's template, as the leader's client reads it. */
    private static JsonObject oneOffTemplate() {
        HttpResponse<String> templates = get("/api/directive-templates", tokenOf(OfficePages.LEADER));
        assertThat(templates.statusCode()).as(templates.body()).isEqualTo(200);
        return json(templates.body()).asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(t -> "one-off-task".equals(t.getString("code")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no one-off-task template: " + templates.body()));
    }

    /** The directive's targets as stored, "code:kind". */
    private static List<String> targetsOf(String directiveId) throws SQLException {
        try (Connection db = database();
                PreparedStatement statement =
                        db.prepareStatement("select code, kind from dh_directive_target where directive_id = ?")) {
            statement.setString(1, directiveId);
            List<String> targets = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    targets.add(rows.getString(1) + ":" + rows.getString(2));
                }
            }
            return targets;
        }
    }
}
