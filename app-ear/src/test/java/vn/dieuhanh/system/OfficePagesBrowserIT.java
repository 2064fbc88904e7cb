package vn.dieuhanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dieuhanh.system.Cases.*;
import static vn.dieuhanh.system.SystemUnderTest.*;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The City Office's part of a directive done in the browser by its people, one after another:
 * the records clerk registers the Ministry's letter with its PDF, the leader gives the opinion and
 * sets the directive, the specialist drafts, the division head returns it once and approves the
 * redraft, the Chief of Office signs with the PIN (a wrong one first), the clerk issues it. Each
 * page is checked for what its person must see, and saved as a screenshot.
 */
class OfficePagesBrowserIT {

    private static final String CLERK = "vanthu",
            LEADER = "lanhdao",
            SPECIALIST = "chuyenvien",
            HEAD = "truongphong",
            CHIEF = "chanhvanphong";

    @BeforeAll
    static void ready() {
        awaitReady();
    }

    /** A small valid PDF (one empty page), as a scanned letter would arrive. */
    static Path incomingPdf() throws Exception {
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
        var out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            out.writeBytes(((i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n").getBytes(StandardCharsets.US_ASCII));
        }
        int xref = out.size();
        var table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(o -> table.append(String.format(Locale.ROOT, "%010d 00000 n \n", o)));
        table.append("trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        out.writeBytes(table.toString().getBytes(StandardCharsets.US_ASCII));
        Path file = Files.createTempDirectory("incoming").resolve("4459-BTTTT-CVT.pdf");
        Files.write(file, out.toByteArray());
        return file;
    }

    private static String receive(String subject) {
        var received = post("/api/incoming-documents/receipts", tokenOf(CLERK), "{\"subject\":\"" + subject + "\"}");
        assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
        return object(received).getString("registrationTaskId");
    }

    /** The opinion task of the letter registered from this receipt, as the leader's inbox lists it. */
    private static String opinionTask(String subject) {
        return inbox(LEADER).stream()
                .filter(t -> "giveDirectingOpinion".equals(t.getString("stepKey")))
                .filter(t -> subject.equals(t.getString("subject", null)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the leader has no opinion task for " + subject))
                .getString("id");
    }

    private static void assertPdfPanel(Browser b) {
        WebElement pdf = b.byId("task-pdf");
        String url = pdf.getAttribute("data");
        assertThat(b.fetch(url)).as("the document panel's PDF").startsWith("200 application/pdf");
        assertThat(b.byId("task-pdf-download").isDisplayed()).isTrue();
    }

    /** Clicks a button that asks for confirmation, then confirms in the dialog. */
    private static void clickAndConfirm(Browser b, String buttonId) {
        b.byId(buttonId).click();
        b.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                .click();
    }

    @Test
    void theCityOfficeTakesALetterFromTheMinistryToAnIssuedDirectiveInTheBrowser() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String subject = "Công văn 4459/BTTTT-CVT về i-Speed " + suffix;
        String code = "WEB-" + suffix;
        String registrationTask = receive(subject);
        Path pdf = incomingPdf();
        Path notPdf = Files.createTempFile("ghi-chu", ".txt");
        Files.writeString(notPdf, "không phải PDF");

        try (Browser b = Browser.open()) {
            // 1. The records clerk: the inbox links the task; a wrong file type is refused, typed input stays.
            b.signIn(CLERK);
            b.screenshot("01-inbox-clerk");
            WebElement link = b.driver.findElement(By.xpath("//tr[.//*[contains(@class,'dh-subject') and text()='"
                    + subject + "']]//a[contains(@class,'dh-task-link')]"));
            assertThat(link.getText()).isEqualTo("Vào sổ văn bản đến");
            link.click();
            b.byId("task-title");
            assertThat(b.driver.getCurrentUrl()).contains("/tasks/registerIncoming.xhtml?task=" + registrationTask);
            assertThat(b.text("task-step")).isEqualTo("Vào sổ văn bản đến");
            assertThat(b.text("task-subject")).isEqualTo(subject);
            b.type("register:sender", "Bộ Thông tin và Truyền thông");
            b.type("register:reference", "4459/BTTTT-CVT-" + suffix);
            b.type("register:documentDate_input", "18/10/2024");
            b.byId("register:file").sendKeys(notPdf.toString());
            b.byId("register:submit").click();
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register"), "Chỉ nhận tệp PDF"));
            assertThat(b.byId("register:sender").getAttribute("value")).isEqualTo("Bộ Thông tin và Truyền thông");
            assertThat(b.byId("register:reference").getAttribute("value")).isEqualTo("4459/BTTTT-CVT-" + suffix);
            b.screenshot("02-registerIncoming-wrong-file");
            b.byId("register:file").sendKeys(pdf.toString());
            b.screenshot("03-registerIncoming");
            b.byId("register:submit").click();
            b.awaitText("inbox:messages", "Đã vào sổ văn bản đến số");

            // 2. The leader: reads the letter's PDF, gives the opinion, picks two units from the org chart.
            b.switchTo(LEADER);
            String opinion = opinionTask(subject);
            b.openTask("giveDirectingOpinion", opinion);
            assertPdfPanel(b);
            // Who did each step, by the name colleagues know them by.
            assertThat(b.text("task-history")).contains("Vào sổ văn bản đến").contains("Nguyễn Thị Lan");
            assertThat(b.text("task-from")).isEqualTo("Nguyễn Thị Lan");
            assertThat(b.text("opinion:recipient-count")).isEqualTo("45");
            b.byId("opinion:clear-recipients").click();
            b.awaitText("opinion:recipient-count", "0");
            for (String unit : List.of("SO-YTE", "SO-TP")) {
                b.byId("opinion:recipients")
                        .findElement(By.xpath(".//span[contains(@class,'ui-treenode-label') and contains(., '(" + unit
                                + ")')]/parent::*//div[contains(@class,'ui-chkbox-box')]"))
                        .click();
            }
            b.awaitText("opinion:recipient-count", "2");
            b.type("opinion:opinionText", "Giao Sở TT&TT tổng hợp; các đơn vị bảo đảm tối thiểu 300 mẫu đo mỗi tháng.");
            b.type("opinion:code", code);
            b.screenshot("04-giveDirectingOpinion");
            b.byId("opinion:submit").click();
            b.awaitText("inbox:messages", "Đã cho ý kiến chỉ đạo và tạo văn bản chỉ đạo " + code);
            String directiveId =
                    object(get("/api/directives?code=" + code, tokenOf(LEADER))).getString("id");
            assertThat(object(get("/api/directives/" + directiveId, tokenOf(LEADER)))
                            .getJsonArray("recipients"))
                    .hasSize(2);

            // 3. The specialist: the body is drafted from the opinion; the preview carries the draft mark.
            b.switchTo(SPECIALIST);
            b.openTask("draftLetter", taskOf(SPECIALIST, "draftLetter", code));
            assertThat(b.text("task-directive")).contains(code);
            assertThat(b.byId("draft:body").getAttribute("value")).contains("300");
            b.byId("draft:preview").click();
            String preview = b.byId("preview-pdf").getAttribute("data");
            assertThat(b.fetch(preview)).startsWith("200 application/pdf");
            b.screenshot("05-draftLetter");
            b.byId("draft:submit").click();
            b.awaitText("inbox:messages", "Đã gửi dự thảo");

            // 4. The division head: returning needs a reason; then returns with one.
            b.switchTo(HEAD);
            b.openTask("reviewDraft", taskOf(HEAD, "reviewDraft", code));
            assertPdfPanel(b);
            b.byId("review:return").click();
            b.awaitText("review", "Cần nêu lý do khi trả lại");
            b.screenshot("06-reviewDraft-reason-missing");
            b.type("review:reason", "Bổ sung thời hạn báo cáo ngày 15 hằng tháng.");
            b.byId("review:return").click();
            b.awaitText("inbox:messages", "Đã trả lại dự thảo");

            // 5. The specialist redrafts: the history says why it came back.
            b.switchTo(SPECIALIST);
            b.openTask("draftLetter", taskOf(SPECIALIST, "draftLetter", code));
            assertThat(b.text("task-history")).contains("Trả lại").contains("Bổ sung thời hạn báo cáo");
            assertPdfPanel(b);
            String body = b.byId("draft:body").getAttribute("value");
            b.type("draft:body", body + "\n\nCác đơn vị báo cáo kết quả trước ngày 15 hằng tháng.");
            b.screenshot("07-draftLetter-redraft");
            b.byId("draft:submit").click();
            b.awaitText("inbox:messages", "Đã gửi dự thảo");

            // 6. The division head approves the redraft.
            b.switchTo(HEAD);
            b.openTask("reviewDraft", taskOf(HEAD, "reviewDraft", code));
            b.screenshot("08-reviewDraft");
            b.byId("review:approve").click();
            b.awaitText("inbox:messages", "Đã duyệt dự thảo");

            // 7. The Chief of Office: a wrong PIN signs nothing; the right one signs, after confirming.
            b.switchTo(CHIEF);
            b.openTask("signLetter", taskOf(CHIEF, "signLetter", code));
            assertPdfPanel(b);
            b.type("sign:pin", "000000");
            clickAndConfirm(b, "sign:sign-button");
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("task-messages"), "PIN"));
            b.screenshot("09-signLetter-wrong-pin");
            assertThat(letterState(directiveId, CHIEF)).isNotEqualTo("SIGNED");
            b.type("sign:pin", DEMO_PIN);
            b.screenshot("10-signLetter");
            clickAndConfirm(b, "sign:sign-button");
            b.awaitText("task-messages", "Đã ký số công văn");
            assertThat(b.text("sign:signed")).contains("Đã ký số");
            assertPdfPanel(b);
            b.screenshot("11-signLetter-signed");
            assertThat(letterState(directiveId, CHIEF)).isEqualTo("SIGNED");

            // 8. The records clerk sees the number the register will give, confirms, sees the dispatch.
            b.switchTo(CLERK);
            b.openTask("issueLetter", taskOf(CLERK, "issueLetter", code));
            assertPdfPanel(b);
            String number = b.text("next-number");
            assertThat(number).matches("\\d{2,}/VP-KSTTHC");
            assertThat(b.text("next-date")).contains("ngày");
            b.screenshot("12-issueLetter");
            clickAndConfirm(b, "issue:issue-button");
            b.awaitText("task-messages", "Đã cấp số " + number);
            assertThat(b.text("issued-number")).isEqualTo(number);
            assertThat(b.text("issue:dispatch"))
                    .contains("SO-YTE")
                    .contains("SO-TP")
                    .contains("Đã gửi");
            b.screenshot("13-issueLetter-issued");
            assertThat(letterState(directiveId, CLERK)).isEqualTo("ISSUED");
            JsonObject letter = letter(directiveId, CLERK);
            assertThat(letter.getString("number")).isEqualTo(number);
        }
    }

    private static JsonObject letter(String directiveId, String user) {
        return json(get("/api/documents?directive=" + directiveId, tokenOf(user))
                        .body())
                .asJsonArray()
                .stream()
                .map(v -> v.asJsonObject())
                .filter(d -> "LETTER".equals(d.getString("kind")))
                .findFirst()
                .orElseThrow();
    }

    private static String letterState(String directiveId, String user) {
        return letter(directiveId, user).getString("state");
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

            b.byId("register:submit").click();
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
            b.screenshot("21-not-your-task");
            // The clerk's own task opened under another step's page is refused as not open there.
            b.switchTo(CLERK);
            b.openTask("reviewDraft", task);
            assertThat(b.driver.findElements(By.id("review"))).isEmpty();
            assertThat(b.text("task-gone-message")).contains("không còn mở");
        }
    }
}
