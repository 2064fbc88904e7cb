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
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The steps after the issued letter, done in the {@link Browser} by the people who do them: a unit
 * head assigns or forwards, the officer reports, the head signs, the DIC consolidates and
 * reminds, its director signs, the Ministry acknowledges. Each step opens the person's task from
 * their inbox. {@link #unitsAtWork} and {@link #dicConsolidates} are the whole half, with its bad
 * inputs, for a directive issued to {@link #RECIPIENTS} with {@link #shortCycle} after
 * {@link #importSamples}.
 */
final class UnitPages {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String DEPARTMENT = "SO-YTE";
    static final String DISTRICT = "QUAN-NGOQUYEN";
    static final List<String> WARDS = List.of("PHUONG-MAYTO", "PHUONG-LACHTRAY");
    static final String WARD = "PHUONG-MAYTO";
    /** Its head's page goes stale: the task is done through the API while the page is open. */
    static final String STALE = "SO-NV";
    /** The units the directive goes to, as the leader ticks them in the org chart. */
    static final List<String> RECIPIENTS = List.of(DEPARTMENT, DISTRICT, STALE);

    private static final Duration TIMERS = Duration.ofMinutes(3);

    final Browser b;
    final WebDriver browser;
    final WebDriverWait wait;

    UnitPages(Browser b) {
        this.b = b;
        this.browser = b.driver;
        this.wait = b.wait;
    }

    /**
     * One period that began half an hour before {@code now} and ends a minute after it, whole
     * minutes (as the leader's page takes them): the samples of {@link #importSamples} fall in
     * it, and the consolidation opens (its timer) while the units are at work.
     */
    static Cycle shortCycle(OffsetDateTime now) {
        OffsetDateTime start = now.atZoneSameInstant(ZONE)
                .toOffsetDateTime()
                .truncatedTo(ChronoUnit.MINUTES)
                .minusMinutes(30);
        // Chosen on the opinion page as a report made once, due at the end of those 31 minutes; the
        // reminder letter and the consolidation a day later, after the test.
        return Cycle.once(start, start.plusMinutes(31), 1, 1);
    }

    // ---- the browser, as the steps use it ----

    void as(String user) {
        b.as(user);
    }

    void openFromInbox(String user, String taskId) {
        b.openFromInbox(user, taskId);
    }

    void shot(String name) {
        b.screenshot(name);
    }

    void phoneShot(String name) {
        b.phoneScreenshot(name);
    }

    String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    String inboxMessage() {
        return b.inboxMessage();
    }

    void awaitText(String id, String text) {
        b.awaitText(id, text);
    }

    void click(String id) {
        b.click(id);
    }

    void type(String id, String value) {
        b.type(id, value);
    }

    void choose(String groupId, String value) {
        b.choose(groupId, value);
    }

    void pick(String menuId, String labelPart) {
        b.pick(menuId, labelPart);
    }

    void clickAndConfirm(String buttonId) {
        b.clickAndConfirm(buttonId);
    }

    // ---- the steps ----

    /** The unit head assigns one of the unit's officers (user name) on the page. */
    void assignOfficer(String head, String taskId, String officer, String shot) {
        openFromInbox(head, taskId);
        choose("assign:mode", "ASSIGN");
        pick("assign:officer", "(" + officer + ")");
        if (shot != null) {
            shot(shot);
        }
        click("assign:submit");
        assertThat(inboxMessage()).contains("Đã giao nhiệm vụ cho cán bộ");
    }

    /** The unit head forwards to these sub-units. */
    void forward(String head, String taskId, List<String> subUnits, String shot) {
        openFromInbox(head, taskId);
        choose("assign:mode", "FORWARD");
        subUnits.forEach(unit -> choose("assign:sub-units", unit));
        if (shot != null) {
            shot(shot);
        }
        click("assign:submit");
        assertThat(inboxMessage()).contains("Đã chuyển nhiệm vụ cho " + subUnits.size() + " đơn vị cấp dưới");
    }

    /** The officer opens the report page (for the caller to look at before {@link #submitReport}). */
    void openReport(String officer, String taskId) {
        openFromInbox(officer, taskId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report:submit")));
    }

    /** Types the figures and note, attaches the file (if any) and sends; returns nothing, the caller checks. */
    void fillReport(Long samples, String note, Path evidence) {
        if (samples != null) {
            b.typeValue("samples", samples.toString());
        }
        if (note != null) {
            type("report:note", note);
        }
        if (evidence != null) {
            browser.findElement(By.id("report:files"))
                    .sendKeys(evidence.toAbsolutePath().toString());
        }
        click("report:submit");
    }

    /** The officer drafts the report and it goes to the head. */
    void report(String officer, String taskId, long samples, String note, Path evidence, String shot) {
        openReport(officer, taskId);
        if (shot != null) {
            shot(shot);
        }
        fillReport(samples, note, evidence);
        assertThat(inboxMessage()).contains("Đã lập báo cáo kỳ");
    }

    /** The head signs the report with the PIN, confirming in the dialog. */
    void signReport(String head, String taskId, String pin, String shot) {
        openFromInbox(head, taskId);
        if (shot != null) {
            shot(shot);
        }
        type("approval:pin", pin);
        clickAndConfirm("approval:approve");
        assertThat(inboxMessage()).contains("Đã ký và gửi báo cáo kỳ");
    }

    /** The DIC officer opens the consolidation page. */
    void openConsolidation(String dicOfficer, String taskId) {
        openFromInbox(dicOfficer, taskId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("consolidation:standings")));
    }

    /** "Gửi nhắc nhở": returns the message the page shows. */
    String remind() {
        String before = browser.findElements(By.id("task-messages")).isEmpty() ? "" : text("task-messages");
        click("consolidation:remind");
        wait.until(d -> {
            String now = d.findElement(By.id("task-messages")).getText();
            return !now.isBlank() && !now.equals(before);
        });
        return wait.until(d -> d.findElement(By.id("task-messages")).getText());
    }

    /** Draws up the consolidated report; the page then shows it. */
    void consolidate() {
        click("consolidation:consolidate");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("consolidation:consolidated")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-pdf")));
    }

    void signConsolidated(String director, String taskId, String pin) {
        openFromInbox(director, taskId);
        type("signature:pin", pin);
        clickAndConfirm("signature:approve");
        assertThat(inboxMessage()).contains("Đã ký báo cáo tổng hợp");
    }

    void acknowledge(String ministryOfficer, String taskId, String shot) {
        openFromInbox(ministryOfficer, taskId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-pdf")));
        if (shot != null) {
            shot(shot);
        }
        click("receipt:acknowledge");
        assertThat(inboxMessage()).contains("Đã xác nhận nhận báo cáo tổng hợp");
    }

    /** 310 samples credited to the department (meets 300), 40 measured in a ward of the district. */
    static void importSamples(OffsetDateTime at) {
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

    /** The units' half, after the issued letter, with its bad inputs and a stale page. */
    void unitsAtWork(String id, String code) throws Exception {
        // The department head: must choose, then assigns an officer.
        String assign = awaitTask("thutruong-yte", "assignOrForward", code, TIMERS);
        openFromInbox("thutruong-yte", assign);
        assertThat(text("unit-name")).contains(DEPARTMENT);
        // The first step of a unit's case comes from whoever issued the letter to the unit (the
        // records clerk), not "from outside".
        assertThat(text("task-from")).isEqualTo("Nguyễn Thị Lan");
        assertThat(browser.findElements(By.id("task-pdf")))
                .as("the issued letter in view")
                .hasSize(1);
        // A department without sub-units can only assign: without an officer, it is said beside the list.
        click("assign:submit");
        awaitText("assign:officer-message", "Chọn một cán bộ đầu mối");
        assignOfficer("thutruong-yte", assign, "canbo-yte", "assign-officer");

        // The officer: the measured figure beside what they type; wrong and oversized evidence refused.
        String draft = awaitTask("canbo-yte", "draftUnitReport", code, TIMERS);
        openReport("canbo-yte", draft);
        assertThat(browser.findElement(By.id("figures")).getText())
                .contains("310")
                .contains("Đạt");
        shot("report-page");
        phoneShot("report-phone");
        Path notEvidence = Files.createTempFile("bao-cao-", ".pdf");
        Files.writeString(notEvidence, "<html><script>alert(1)</script></html>");
        String note = "Đã vận động 320 cán bộ, viên chức cài đặt và đo bằng i-Speed.";
        fillReport(320L, note, notEvidence);
        awaitText("report:files-message", "không phải PDF, PNG hoặc JPEG");
        assertThat(browser.findElement(By.id("report:note")).getAttribute("value"))
                .as("what was typed stays")
                .isEqualTo(note);
        shot("report-wrong-type");
        Path tooLarge = Files.createTempFile("anh-lon-", ".jpg");
        byte[] large = new byte[6 * 1024 * 1024];
        large[0] = (byte) 0xff;
        large[1] = (byte) 0xd8;
        large[2] = (byte) 0xff;
        Files.write(tooLarge, large);
        fillReport(null, null, tooLarge);
        awaitText("report:files-message", "quá lớn");
        assertThat(count("select count(*) from dh_report_evidence where directive_id = ?", id))
                .as("nothing refused is stored")
                .isZero();
        // The draft as it would be sent, before sending: drawn, shown, not stored.
        click("report:preview");
        awaitText("report:previewing", "Bản xem trước");
        assertThat(browser.findElement(By.id("task-pdf")).getAttribute("data")).contains("/pdf/preview/");
        assertThat(count("select count(*) from dh_document where directive_id = ? and kind = 'UNIT_REPORT'", id))
                .isZero();
        Path photo = Files.createTempFile("anh-hoi-nghi-", ".png");
        Files.write(photo, png());
        fillReport(null, null, photo);
        assertThat(inboxMessage()).contains("Đã lập báo cáo kỳ");
        assertThat(count("select count(*) from dh_report_evidence where directive_id = ?", id))
                .isEqualTo(1);

        // The head: sees reported against measured; no reason, no return; a wrong PIN signs nothing.
        String approval = awaitTask("thutruong-yte", "approveUnitReport", code, TIMERS);
        openFromInbox("thutruong-yte", approval);
        assertThat(browser.findElement(By.cssSelector("#values tr[data-target='samples']"))
                        .getText())
                .as("reported beside measured")
                .contains("320 (hệ thống: 310)")
                .contains("Đạt");
        assertThat(text("evidence")).contains(photo.getFileName().toString());
        shot("approve-report");
        click("approval:return");
        awaitText("approval:reason-message", "Cần nêu lý do khi trả lại");
        type("approval:pin", "000000");
        clickAndConfirm("approval:approve");
        awaitText("approval:pin-message", "Mã PIN không đúng");
        // The message speaks to the person: no user or key name in it.
        assertThat(browser.findElement(By.id("approval:pin-message")).getText()).doesNotContain("(thutruong-");
        shot("approve-wrong-pin");
        assertThat(reportsOf(id)).as("nothing signed, nothing sent").doesNotContain(DEPARTMENT);
        type("approval:pin", DEMO_PIN);
        clickAndConfirm("approval:approve");
        assertThat(inboxMessage()).contains("Đã ký và gửi báo cáo kỳ");
        assertThat(reportsOf(id)).contains(DEPARTMENT);
        assertThat(count(
                        "select count(*) from dh_document where directive_id = ? and kind = 'UNIT_REPORT'"
                                + " and unit_code = 'SO-YTE' and state = 'ISSUED'",
                        id))
                .isEqualTo(1);

        // The district head forwards to two of its wards; one ward carries it out on its pages.
        String district = awaitTask("thutruong-ngoquyen", "assignOrForward", code, TIMERS);
        openFromInbox("thutruong-ngoquyen", district);
        click("assign:submit");
        awaitText("assign:mode-message", "Chọn giao cho cán bộ đầu mối hoặc chuyển cho đơn vị cấp dưới");
        shot("assign-neither");
        forward("thutruong-ngoquyen", district, WARDS, "forward");
        assertThat(count(
                        "select count(*) from dh_unit_assignment where directive_id = ? and parent_unit = '" + DISTRICT
                                + "'",
                        id))
                .isEqualTo(WARDS.size());
        assignOfficer(
                "thutruong-mayto",
                awaitTask("thutruong-mayto", "assignOrForward", code, TIMERS),
                "canbo-mayto",
                "ward-assign-officer");
        report(
                "canbo-mayto",
                awaitTask("canbo-mayto", "draftUnitReport", code, TIMERS),
                40,
                "Phường đã tổ chức đo tại trụ sở và nhà văn hóa các tổ dân phố.",
                null,
                "ward-report-page");
        signReport(
                "thutruong-mayto",
                awaitTask("thutruong-mayto", "approveUnitReport", code, TIMERS),
                DEMO_PIN,
                "ward-approve-report");
        assertThat(reportsOf(id)).contains(WARD);

        // A stale page: the head of another department has it open while it is done elsewhere.
        String stale = awaitTask("thutruong-so-nv", "assignOrForward", code, TIMERS);
        openFromInbox("thutruong-so-nv", stale);
        choose("assign:mode", "ASSIGN");
        pick("assign:officer", "(canbo-so-nv)");
        act(
                "thutruong-so-nv",
                "/api/directives/" + id + "/units/" + STALE + "/assignment",
                "{\"taskId\":\"" + stale + "\",\"officer\":\"canbo-so-nv\"}",
                204);
        click("assign:submit");
        awaitText("task-messages", "không còn mở");
        shot("stale-page");
    }

    /** The DIC's half of the period: consolidate with reminders, sign, and the Ministry's receipt. */
    void dicConsolidates(String id, String code) {
        String consolidate = awaitTask("tonghop-tttt", "consolidateReports", code, TIMERS);
        openConsolidation("tonghop-tttt", consolidate);
        String table = text("consolidation:standings");
        assertThat(table)
                .contains(DEPARTMENT)
                .contains(DISTRICT)
                .contains(STALE)
                .contains("Chưa báo cáo");
        assertThat(row(DEPARTMENT))
                .doesNotContain("Chưa báo cáo")
                .doesNotContain("Chưa đạt")
                .contains("310 (tự báo cáo: 320)");
        assertThat(row(DISTRICT)).contains("Chưa báo cáo").contains("40").contains("Chưa đạt");
        assertThat(row(STALE)).contains("Chưa báo cáo");
        shot("consolidation");

        String first = remind();
        assertThat(first)
                .contains("Đã gửi nhắc nhở tới 2 đơn vị")
                .contains(DISTRICT)
                .contains(STALE);
        assertThat(first).doesNotContain(DEPARTMENT);
        assertThat(row(DISTRICT)).contains("Đã nhắc");
        shot("reminders-sent");
        String again = remind();
        assertThat(again).contains("Không có đơn vị nào cần nhắc thêm").contains("không gửi lại");
        assertThat(dicReminders(id)).containsExactlyInAnyOrder(DISTRICT + "#0", STALE + "#0");
        // The API's one action answers the same: no one reminded twice.
        HttpResponse<String> api =
                post("/api/directives/" + id + "/consolidation-reminders", tokenOf("tonghop-tttt"), task(consolidate));
        assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
        assertThat(object(api).getJsonArray("reminded")).isEmpty();
        assertThat(object(api).getJsonArray("alreadyReminded")).hasSize(2);
        assertThat(dicReminders(id)).hasSize(2);

        // A reminder reaches its unit: the district's head sees it above their tasks, report still due.
        as("thutruong-ngoquyen");
        assertThat(text("inbox-reminders"))
                .contains("Nhắc nhở của đơn vị tổng hợp")
                .contains(code + " (" + DISTRICT + ")")
                .as("the period by its label: one period of 31 minutes is the single one, due today")
                .contains("Kỳ báo cáo duy nhất (hạn ")
                .contains("Chưa nộp báo cáo kỳ này");
        shot("reminder-in-the-units-inbox");
        // Its directive opens from the line, at that period and unit.
        browser.findElement(By.cssSelector("#inbox-reminders a.dh-reference")).click();
        assertThat(text("directive-code")).isEqualTo(code);
        assertThat(text("period-summary")).isNotBlank();
        openConsolidation("tonghop-tttt", consolidate);
        consolidate();
        shot("consolidated");
        assertThat(count(
                        "select count(*) from dh_document where directive_id = ? and kind = 'CONSOLIDATED_REPORT'", id))
                .isEqualTo(1);

        String sign = awaitTask("giamdoc-tttt", "signConsolidatedReport", code, TIMERS);
        openFromInbox("giamdoc-tttt", sign);
        assertThat(text("signature:standings")).contains(DISTRICT);
        click("signature:return");
        awaitText("signature:reason-message", "Cần nêu lý do khi trả lại");
        shot("sign-consolidated");
        signConsolidated("giamdoc-tttt", sign, DEMO_PIN);

        String receipt = awaitTask("bo-tttt", "acknowledgeReceipt", code, TIMERS);
        acknowledge("bo-tttt", receipt, "acknowledge");
        assertThat(count(
                        "select count(*) from dh_document where directive_id = ? and kind = 'CONSOLIDATED_REPORT'"
                                + " and state = 'ISSUED'",
                        id))
                .isEqualTo(1);
        assertThat(findTask("bo-tttt", "acknowledgeReceipt", code)).isEmpty();
    }

    /** The text of the consolidation table's row of this unit. */
    private String row(String unit) {
        return browser.findElement(By.xpath("//tr[.//*[contains(@class,'dh-code') and text()='" + unit + "']]"))
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
