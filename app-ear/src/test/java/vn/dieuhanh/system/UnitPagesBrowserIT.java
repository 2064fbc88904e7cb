package vn.dieuhanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dieuhanh.system.Cases.*;
import static vn.dieuhanh.system.SystemUnderTest.*;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The second half of the i-Speed directive in the browser: the City Office's half is done
 * through the API; from the issued letter on, every step is done on its page by its person, and
 * what each person sees is checked, the results through the API and the database.
 */
class UnitPagesBrowserIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String DEPARTMENT = "SO-YTE";
    private static final String DISTRICT = "QUAN-NGOQUYEN";
    private static final List<String> WARDS = List.of("PHUONG-MAYTO", "PHUONG-LACHTRAY");
    private static final String WARD = "PHUONG-MAYTO";
    /** Its head's page goes stale: the task is done through the API while the page is open. */
    private static final String STALE = "SO-NV";

    private static final Duration TIMERS = Duration.ofMinutes(3);

    private UnitPages pages;

    @BeforeAll
    static void ready() {
        awaitReady();
    }

    @BeforeEach
    void openBrowser() {
        pages = new UnitPages();
    }

    @AfterEach
    void closeBrowser() {
        if (pages != null) {
            pages.close();
        }
    }

    @Test
    void unitsReportAndTheDicConsolidatesRemindsAndSendsOnThePages() throws Exception {
        String code =
                "ISPEED-UNITS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        OffsetDateTime now = OffsetDateTime.now(ZONE).truncatedTo(ChronoUnit.SECONDS);
        // One period that began half an hour ago and ends in a minute: the samples below fall in
        // it, and the consolidation opens (its timer) while the units are at work.
        importSamples(now.minusMinutes(10));
        var cycle = new Cycle(now.minusMinutes(30), "PT31M", "PT0S", "PT2H", "PT2H", now.plusMinutes(1));
        String id = issuedDirective(code, List.of(DEPARTMENT, DISTRICT, STALE), cycle);

        try {
            unitsAtWork(id, code);
            dicConsolidates(id, code);
        } catch (RuntimeException | AssertionError e) {
            // What the browser showed when it went wrong, for whoever reads the build's artifacts.
            pages.shot("99-failure");
            Files.writeString(UnitPages.SCREENSHOTS.resolve("99-failure.html"), pages.browser.getPageSource());
            throw e;
        }
    }

    /** 310 samples credited to the department (meets 300), 40 measured in a ward of the district. */
    private static void importSamples(OffsetDateTime at) {
        String p = "UNITS-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        StringBuilder csv = new StringBuilder(
                "sample_id,measured_at,operator,technology,download_mbps,upload_mbps,ping_ms,jitter_ms,place_code,"
                        + "credited_unit\n");
        for (int i = 0; i < 310; i++) {
            csv.append(p)
                    .append("yte-")
                    .append(i)
                    .append(',')
                    .append(at)
                    .append(",Viettel,4G,55.5,10,20,3,")
                    .append("PHUONG-GIAVIEN,SO-YTE\n");
        }
        for (int i = 0; i < 40; i++) {
            csv.append(p)
                    .append("mayto-")
                    .append(i)
                    .append(',')
                    .append(at)
                    .append(",MobiFone,4G,35.5,8,30,4,")
                    .append("PHUONG-MAYTO,\n");
        }
        HttpResponse<String> imported =
                send(HttpRequest.newBuilder(URI.create(BASE_URL + "/api/measurements/imports?name=units-it.csv"))
                        .header("Authorization", "Bearer " + tokenOf("tonghop-tttt"))
                        .header("Content-Type", "text/csv; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(csv.toString(), StandardCharsets.UTF_8))
                        .build());
        assertThat(imported.statusCode()).as(imported.body()).isIn(200, 201);
        assertThat(object(imported).getInt("rowsStored")).isEqualTo(350);
    }

    /** The units' half, after the issued letter: reusable by an end-to-end test through the pages. */
    void unitsAtWork(String id, String code) throws Exception {
        // The department head: must choose, then assigns an officer.
        String assign = awaitTask("thutruong-yte", "assignOrForward", code, TIMERS);
        pages.openFromInbox("thutruong-yte", assign);
        assertThat(pages.text("unit-name")).contains(DEPARTMENT);
        assertThat(pages.browser.findElements(By.id("task-pdf")))
                .as("the issued letter in view")
                .hasSize(1);
        // A department without sub-units can only assign: without an officer, it is said beside the list.
        pages.click("assign:submit");
        pages.awaitText("assign:officer-message", "Chọn một cán bộ đầu mối");
        pages.assignOfficer("thutruong-yte", assign, "canbo-yte", "51-assign-officer");

        // The officer: the measured figure beside what they type; wrong and oversized evidence refused.
        String draft = awaitTask("canbo-yte", "draftUnitReport", code, TIMERS);
        pages.openReport("canbo-yte", draft);
        assertThat(pages.browser.findElement(By.id("figures")).getText())
                .contains("310")
                .contains("Đạt");
        pages.shot("52-report-page");
        pages.phoneShot("53-report-phone");
        Path notEvidence = Files.createTempFile("bao-cao-", ".pdf");
        Files.writeString(notEvidence, "<html><script>alert(1)</script></html>");
        String note = "Đã vận động 320 cán bộ, viên chức cài đặt và đo bằng i-Speed.";
        pages.fillReport(320L, note, notEvidence);
        pages.awaitText("report:files-message", "không phải PDF, PNG hoặc JPEG");
        assertThat(pages.browser.findElement(By.id("report:note")).getAttribute("value"))
                .as("what was typed stays")
                .isEqualTo(note);
        pages.shot("54-report-wrong-type");
        Path tooLarge = Files.createTempFile("anh-lon-", ".jpg");
        byte[] large = new byte[6 * 1024 * 1024];
        large[0] = (byte) 0xff;
        large[1] = (byte) 0xd8;
        large[2] = (byte) 0xff;
        Files.write(tooLarge, large);
        pages.fillReport(null, null, tooLarge);
        pages.awaitText("report:files-message", "quá lớn");
        assertThat(count("select count(*) from dh_report_evidence where directive_id = ?", id))
                .as("nothing refused is stored")
                .isZero();
        // The draft as it would be sent, before sending: drawn, shown, not stored.
        pages.click("report:preview");
        pages.awaitText("report:previewing", "Bản xem trước");
        assertThat(pages.browser.findElement(By.id("task-pdf")).getAttribute("data"))
                .contains("/pdf/preview/");
        assertThat(count("select count(*) from dh_document where directive_id = ? and kind = 'UNIT_REPORT'", id))
                .isZero();
        Path photo = Files.createTempFile("anh-hoi-nghi-", ".png");
        Files.write(photo, png());
        pages.fillReport(null, null, photo);
        assertThat(pages.inboxMessage()).contains("Đã lập báo cáo kỳ");
        assertThat(count("select count(*) from dh_report_evidence where directive_id = ?", id))
                .isEqualTo(1);

        // The head: sees reported against measured; no reason, no return; a wrong PIN signs nothing.
        String approval = awaitTask("thutruong-yte", "approveUnitReport", code, TIMERS);
        pages.openFromInbox("thutruong-yte", approval);
        assertThat(pages.text("reported")).contains("320");
        assertThat(pages.text("measured")).contains("310").contains("+10");
        assertThat(pages.text("evidence")).contains(photo.getFileName().toString());
        pages.shot("55-approve-report");
        pages.click("approval:return");
        pages.awaitText("approval:reason-message", "Cần nêu lý do khi trả lại");
        pages.type("approval:pin", "000000");
        pages.clickAndConfirm("approval:approve", "approval:confirm-yes");
        pages.awaitText("approval:pin-message", "Mã PIN không đúng");
        pages.shot("56-approve-wrong-pin");
        assertThat(reportsOf(id)).as("nothing signed, nothing sent").doesNotContain(DEPARTMENT);
        pages.type("approval:pin", DEMO_PIN);
        pages.clickAndConfirm("approval:approve", "approval:confirm-yes");
        assertThat(pages.inboxMessage()).contains("Đã ký và gửi báo cáo kỳ");
        assertThat(reportsOf(id)).contains(DEPARTMENT);
        assertThat(count(
                        "select count(*) from dh_document where directive_id = ? and kind = 'UNIT_REPORT'"
                                + " and unit_code = 'SO-YTE' and state = 'ISSUED'",
                        id))
                .isEqualTo(1);

        // The district head forwards to two of its wards; one ward carries it out on its pages.
        String district = awaitTask("thutruong-ngoquyen", "assignOrForward", code, TIMERS);
        pages.openFromInbox("thutruong-ngoquyen", district);
        pages.click("assign:submit");
        pages.awaitText("assign:mode-message", "Chọn giao cho cán bộ đầu mối hoặc chuyển cho đơn vị cấp dưới");
        pages.shot("50-assign-neither");
        pages.forward("thutruong-ngoquyen", district, WARDS, "57-forward");
        assertThat(count(
                        "select count(*) from dh_unit_assignment where directive_id = ? and parent_unit = '" + DISTRICT
                                + "'",
                        id))
                .isEqualTo(WARDS.size());
        pages.assignOfficer(
                "thutruong-mayto", awaitTask("thutruong-mayto", "assignOrForward", code, TIMERS), "canbo-mayto", null);
        pages.report(
                "canbo-mayto",
                awaitTask("canbo-mayto", "draftUnitReport", code, TIMERS),
                40,
                "Phường đã tổ chức đo tại trụ sở và nhà văn hóa các tổ dân phố.",
                null);
        pages.signReport("thutruong-mayto", awaitTask("thutruong-mayto", "approveUnitReport", code, TIMERS), DEMO_PIN);
        assertThat(reportsOf(id)).contains(WARD);

        // A stale page: the head of another department has it open while it is done elsewhere.
        String stale = awaitTask("thutruong-so-nv", "assignOrForward", code, TIMERS);
        pages.openFromInbox("thutruong-so-nv", stale);
        pages.choose("assign:mode", "ASSIGN");
        pages.pick("assign:officer", "(canbo-so-nv)");
        act(
                "thutruong-so-nv",
                "/api/directives/" + id + "/units/" + STALE + "/assignment",
                "{\"taskId\":\"" + stale + "\",\"officer\":\"canbo-so-nv\"}",
                204);
        pages.click("assign:submit");
        pages.awaitText("task-messages", "không còn mở");
        pages.shot("58-stale-page");
    }

    /** The DIC's half of the period: consolidate with reminders, sign, and the Ministry's receipt. */
    void dicConsolidates(String id, String code) {
        String consolidate = awaitTask("tonghop-tttt", "consolidateReports", code, TIMERS);
        pages.openConsolidation("tonghop-tttt", consolidate);
        String table = pages.text("consolidation:standings");
        assertThat(table)
                .contains(DEPARTMENT)
                .contains(DISTRICT)
                .contains(STALE)
                .contains("Chưa báo cáo");
        assertThat(row(DEPARTMENT))
                .doesNotContain("Chưa báo cáo")
                .doesNotContain("Chưa đạt")
                .contains("320 (+10)");
        assertThat(row(DISTRICT)).contains("Chưa báo cáo").contains("40 / 300").contains("Chưa đạt");
        assertThat(row(STALE)).contains("Chưa báo cáo");
        pages.shot("59-consolidation");

        String first = pages.remind();
        assertThat(first)
                .contains("Đã gửi nhắc nhở tới 2 đơn vị")
                .contains(DISTRICT)
                .contains(STALE);
        assertThat(first).doesNotContain(DEPARTMENT);
        assertThat(row(DISTRICT)).contains("Đã nhắc");
        pages.shot("60-reminders-sent");
        String again = pages.remind();
        assertThat(again).contains("Không có đơn vị nào cần nhắc thêm").contains("không gửi lại");
        assertThat(dicReminders(id)).containsExactlyInAnyOrder(DISTRICT + "#0", STALE + "#0");
        // The API's one action answers the same: no one reminded twice.
        HttpResponse<String> api =
                post("/api/directives/" + id + "/consolidation-reminders", tokenOf("tonghop-tttt"), task(consolidate));
        assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
        assertThat(object(api).getJsonArray("reminded")).isEmpty();
        assertThat(object(api).getJsonArray("alreadyReminded")).hasSize(2);
        assertThat(dicReminders(id)).hasSize(2);

        pages.consolidate();
        pages.shot("61-consolidated");
        assertThat(count(
                        "select count(*) from dh_document where directive_id = ? and kind = 'CONSOLIDATED_REPORT'", id))
                .isEqualTo(1);

        String sign = awaitTask("giamdoc-tttt", "signConsolidatedReport", code, TIMERS);
        pages.openFromInbox("giamdoc-tttt", sign);
        assertThat(pages.text("signature:standings")).contains(DISTRICT);
        pages.click("signature:return");
        pages.awaitText("signature:reason-message", "Cần nêu lý do khi trả lại");
        pages.shot("62-sign-consolidated");
        pages.signConsolidated("giamdoc-tttt", sign, DEMO_PIN);

        String receipt = awaitTask("bo-tttt", "acknowledgeReceipt", code, TIMERS);
        pages.acknowledge("bo-tttt", receipt, "63-acknowledge");
        assertThat(count(
                        "select count(*) from dh_document where directive_id = ? and kind = 'CONSOLIDATED_REPORT'"
                                + " and state = 'ISSUED'",
                        id))
                .isEqualTo(1);
        assertThat(findTask("bo-tttt", "acknowledgeReceipt", code)).isEmpty();
    }

    /** The text of the consolidation table's row of this unit. */
    private String row(String unit) {
        return pages.browser
                .findElement(By.xpath("//tr[.//*[contains(@class,'dh-code') and text()='" + unit + "']]"))
                .getText();
    }

    private static List<String> reportsOf(String id) {
        return status(id).getJsonArray("reports").stream()
                .map(JsonValue::asJsonObject)
                .map(r -> r.getString("unitCode"))
                .toList();
    }

    private static List<String> dicReminders(String id) {
        return status(id).getJsonArray("reminders").stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> r.getString("kind").equals("DIC_REMINDER"))
                .map(r -> r.getString("unitCode") + "#" + r.getInt("periodIndex"))
                .toList();
    }

    private static JsonObject status(String id) {
        HttpResponse<String> response = get("/api/directives/" + id, tokenOf("tonghop-tttt"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return object(response);
    }

    /** A real one-pixel PNG, as a phone photo would be (small, so the test stays fast). */
    private static byte[] png() {
        return java.util.Base64.getDecoder()
                .decode(
                        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    }
}
