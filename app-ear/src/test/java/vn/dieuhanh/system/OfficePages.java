package vn.dieuhanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dieuhanh.system.Cases.*;
import static vn.dieuhanh.system.SystemUnderTest.*;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The City Office's part of a directive done in the {@link Browser} by its people, one after
 * another: the records clerk registers the Ministry's letter with its PDF (a wrong file first),
 * the leader gives the opinion, picks the recipients in the org chart and sets the cycle, the
 * specialist drafts, the division head returns it once (a reason is required) and approves the
 * redraft, the Chief of Office signs with the PIN (a wrong one first), the clerk issues it. Each
 * page is checked for what its person must see, and saved as a screenshot.
 */
final class OfficePages {

    static final String CLERK = "vanthu",
            LEADER = "lanhdao",
            SPECIALIST = "chuyenvien",
            HEAD = "truongphong",
            CHIEF = "chanhvanphong";

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.ROOT);

    /** The frequencies as the opinion page's menu names them. */
    private static final java.util.Map<String, String> FREQUENCIES = java.util.Map.of(
            "MONTHLY", "Hằng tháng",
            "QUARTERLY", "Hằng quý",
            "HALF_YEARLY", "6 tháng",
            "YEARLY", "Hằng năm",
            "ONCE", "Một lần");

    private OfficePages() {}

    /** The i-Speed directive's opinion, which the letter drafted from it carries. */
    static final String ISPEED_OPINION = "Giao Sở TT&TT tổng hợp; các đơn vị bảo đảm tối thiểu 300 mẫu đo mỗi tháng.";

    /**
     * A letter and what the leader sets on the opinion page: the directive's code, the units ticked
     * in the org chart, the template picked by (part of) its name, or null for the page's first,
     * the cycle chosen (its {@link Cycle#choice()}: the page offers plain choices, not durations;
     * null keeps the template's) and the opinion's words (one line).
     */
    record Letter(
            String subject,
            String code,
            String suffix,
            List<String> recipients,
            Cycle cycle,
            String template,
            String opinion) {

        /** The i-Speed directive from the page's first template. */
        Letter(String subject, String code, String suffix, List<String> recipients, Cycle cycle) {
            this(subject, code, suffix, recipients, cycle, null, ISPEED_OPINION);
        }
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

    /** The Ministry's letter arrives at the City Office; returns the clerk's registration task. */
    static String receive(String subject) {
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

    static void assertPdfPanel(Browser b) {
        WebElement pdf = b.byId("task-pdf");
        String url = pdf.getAttribute("data");
        assertThat(b.fetch(url)).as("the document panel's PDF").startsWith("200 application/pdf");
        assertThat(b.byId("task-pdf-download").isDisplayed()).isTrue();
    }

    /** Types a moment into a date-and-time picker, as dd/MM/yyyy HH:mm in Vietnam's time, and closes its panel. */
    private static void typeMoment(Browser b, String id, OffsetDateTime moment) {
        b.typeDate(id, PICKER.format(moment.atZoneSameInstant(ZONE)));
    }

    /** The whole City Office half in the pages; returns the issued directive's id. */
    static String issueThroughPages(Browser b, Letter l) throws Exception {
        String subject = l.subject(), code = l.code(), suffix = l.suffix();
        String registrationTask = receive(subject);
        Path pdf = incomingPdf();
        Path notPdf = Files.createTempFile("ghi-chu", ".txt");
        Files.writeString(notPdf, "không phải PDF");

        // 1. The records clerk: the inbox links the task; a wrong file type is refused, typed input stays.
        b.as(CLERK);
        WebElement link = b.driver.findElement(By.xpath("//tr[.//*[contains(@class,'dh-subject') and text()='" + subject
                + "']]//a[contains(@class,'dh-task-link')]"));
        assertThat(link.getText()).isEqualTo("Vào sổ văn bản đến");
        link.click();
        b.byId("task-title");
        assertThat(b.driver.getCurrentUrl()).contains("/tasks/registerIncoming.xhtml?task=" + registrationTask);
        assertThat(b.text("task-step")).isEqualTo("Vào sổ văn bản đến");
        assertThat(b.text("task-subject")).isEqualTo(subject);
        // Every required field says so on its label, the document's date too.
        for (String field : List.of("sender", "reference", "documentDate", "subject")) {
            assertThat(b.driver.findElements(By.cssSelector("label[for='register:" + field
                            + (field.equals("documentDate") ? "_input" : "") + "'] .ui-outputlabel-rfi")))
                    .as("the asterisk of " + field)
                    .isNotEmpty();
        }
        b.type("register:sender", "Bộ Thông tin và Truyền thông");
        b.type("register:reference", "4459/BTTTT-CVT-" + suffix);
        b.typeDate("register:documentDate_input", "18/10/2024");
        b.byId("register:file").sendKeys(notPdf.toString());
        b.press("register:submit");
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register"), "Chỉ nhận tệp PDF"));
        assertThat(b.byId("register:sender").getAttribute("value")).isEqualTo("Bộ Thông tin và Truyền thông");
        assertThat(b.byId("register:reference").getAttribute("value")).isEqualTo("4459/BTTTT-CVT-" + suffix);
        b.screenshot("registerIncoming-wrong-file");
        b.byId("register:file").sendKeys(pdf.toString());
        b.screenshot("registerIncoming");
        b.press("register:submit");
        b.awaitText("inbox:messages", "Đã vào sổ văn bản đến số");

        // 2. The leader: reads the letter's PDF, gives the opinion, picks the units from the org chart, sets the cycle.
        b.switchTo(LEADER);
        String opinion = opinionTask(subject);
        b.openTask("giveDirectingOpinion", opinion);
        assertPdfPanel(b);
        // Who did each step, by the name colleagues know them by.
        assertThat(b.text("task-history")).contains("Vào sổ văn bản đến").contains("Nguyễn Thị Lan");
        assertThat(b.text("task-from")).isEqualTo("Nguyễn Thị Lan");
        assertThat(b.text("opinion:recipient-count")).isEqualTo("45");
        b.press("opinion:clear-recipients");
        b.awaitText("opinion:recipient-count", "0");
        int ticked = 0;
        for (String unit : l.recipients()) {
            b.byId("opinion:recipients")
                    .findElement(By.xpath(".//span[contains(@class,'ui-treenode-label') and contains(., '(" + unit
                            + ")')]/parent::*//div[contains(@class,'ui-chkbox-box')]"))
                    .click();
            b.awaitText("opinion:recipient-count", String.valueOf(++ticked));
        }
        b.type("opinion:opinionText", l.opinion());
        b.type("opinion:code", code);
        if (l.template() != null) {
            // The template first: it fills the targets, the cycle and the consolidating units.
            String before = b.text("opinion:template-description");
            b.pick("opinion:template", l.template());
            assertThat(eventually(java.time.Duration.ofSeconds(20), () -> !b.text("opinion:template-description")
                            .equals(before)))
                    .as("the template's description shows")
                    .isTrue();
        }
        Cycle cycle = l.cycle();
        if (cycle != null) {
            Choice choice = cycle.choice();
            assertThat(choice)
                    .as("the opinion page takes plain choices, not durations")
                    .isNotNull();
            // The frequency first: choosing it redraws the field for the number of periods or the deadline.
            b.pick("opinion:frequency", FREQUENCIES.get(choice.frequency()));
            typeMoment(b, "opinion:firstStart_input", cycle.start());
            if (choice.deadline() != null) {
                typeMoment(b, "opinion:deadline_input", choice.deadline());
            } else {
                b.type("opinion:periods", String.valueOf(choice.periods()));
            }
            b.type("opinion:reportDueDays", String.valueOf(choice.reportDueDays()));
            b.type("opinion:reminderLetterDays", String.valueOf(choice.reminderLetterDays()));
            b.type("opinion:consolidationDueDays", String.valueOf(choice.consolidationDueDays()));
        }
        b.screenshot("giveDirectingOpinion");
        b.press("opinion:submit");
        b.awaitText("inbox:messages", "Đã cho ý kiến chỉ đạo và tạo văn bản chỉ đạo " + code);
        String directiveId =
                object(get("/api/directives?code=" + code, tokenOf(LEADER))).getString("id");
        JsonObject directive = object(get("/api/directives/" + directiveId, tokenOf(LEADER)));
        assertThat(directive.getJsonArray("recipients")).hasSize(l.recipients().size());
        if (cycle != null) {
            assertThat(count(
                            "select count(*) from dh_directive where id = ? and first_period_start = timestamptz '"
                                    + cycle.start() + "' and end_at = timestamptz '" + cycle.end()
                                    + "' and period_length = '" + cycle.periodLength()
                                    + "' and unit_deadline_offset = '"
                                    + cycle.unitDeadline() + "' and reminder_letter_offset = '"
                                    + cycle.reminderLetter() + "' and consolidation_offset = '"
                                    + cycle.consolidation() + "'",
                            directiveId))
                    .as("the cycle the leader chose, as the server runs it")
                    .isEqualTo(1);
        }

        // 3. The specialist: the body is drafted from the opinion; the preview carries the draft mark.
        b.switchTo(SPECIALIST);
        b.openTask("draftLetter", taskOf(SPECIALIST, "draftLetter", code));
        assertThat(b.text("task-directive")).contains(code);
        assertThat(b.byId("draft:body").getAttribute("value")).contains(l.opinion());
        b.press("draft:preview");
        String preview = b.byId("preview-pdf").getAttribute("data");
        assertThat(b.fetch(preview)).startsWith("200 application/pdf");
        b.screenshot("draftLetter");
        b.press("draft:submit");
        b.awaitText("inbox:messages", "Đã gửi dự thảo");

        // 4. The division head: returning needs a reason; then returns with one.
        b.switchTo(HEAD);
        b.openTask("reviewDraft", taskOf(HEAD, "reviewDraft", code));
        assertPdfPanel(b);
        b.press("review:return");
        b.awaitText("review", "Cần nêu lý do khi trả lại");
        b.screenshot("reviewDraft-reason-missing");
        b.type("review:reason", "Bổ sung thời hạn báo cáo ngày 15 hằng tháng.");
        b.press("review:return");
        b.awaitText("inbox:messages", "Đã trả lại dự thảo");

        // 5. The specialist redrafts: the history says why it came back.
        b.switchTo(SPECIALIST);
        b.openTask("draftLetter", taskOf(SPECIALIST, "draftLetter", code));
        assertThat(b.text("task-history")).contains("Trả lại").contains("Bổ sung thời hạn báo cáo");
        assertPdfPanel(b);
        String body = b.byId("draft:body").getAttribute("value");
        b.type("draft:body", body + "\n\nCác đơn vị báo cáo kết quả trước ngày 15 hằng tháng.");
        b.screenshot("draftLetter-redraft");
        b.press("draft:submit");
        b.awaitText("inbox:messages", "Đã gửi dự thảo");

        // 6. The division head approves the redraft.
        b.switchTo(HEAD);
        b.openTask("reviewDraft", taskOf(HEAD, "reviewDraft", code));
        b.screenshot("reviewDraft");
        b.press("review:approve");
        b.awaitText("inbox:messages", "Đã duyệt dự thảo");

        // 7. The Chief of Office: a wrong PIN signs nothing; the right one signs, after confirming.
        b.switchTo(CHIEF);
        b.openTask("signLetter", taskOf(CHIEF, "signLetter", code));
        assertPdfPanel(b);
        b.type("sign:pin", "000000");
        b.clickAndConfirm("sign:sign-button");
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("task-messages"), "PIN"));
        b.screenshot("signLetter-wrong-pin");
        assertThat(letterState(directiveId, CHIEF)).isNotEqualTo("SIGNED");
        b.type("sign:pin", DEMO_PIN);
        b.screenshot("signLetter");
        b.clickAndConfirm("sign:sign-button");
        b.awaitText("task-messages", "Đã ký số công văn");
        assertThat(b.text("sign:signed")).contains("Đã ký số");
        assertPdfPanel(b);
        b.screenshot("signLetter-signed");
        assertThat(letterState(directiveId, CHIEF)).isEqualTo("SIGNED");

        // 8. The records clerk sees the number the register will give, confirms, sees the dispatch.
        b.switchTo(CLERK);
        b.openTask("issueLetter", taskOf(CLERK, "issueLetter", code));
        assertPdfPanel(b);
        String number = b.text("next-number");
        assertThat(number).matches("\\d{2,}/VP-KSTTHC");
        assertThat(b.text("next-date")).contains("ngày");
        b.screenshot("issueLetter");
        b.clickAndConfirm("issue:issue-button");
        b.awaitText("task-messages", "Đã cấp số " + number);
        assertThat(b.text("issued-number")).isEqualTo(number);
        assertThat(b.text("issue:dispatch")).contains(l.recipients()).contains("Đã gửi");
        b.screenshot("issueLetter-issued");
        assertThat(letterState(directiveId, CLERK)).isEqualTo("ISSUED");
        assertThat(letter(directiveId, CLERK).getString("number")).isEqualTo(number);
        return directiveId;
    }

    static JsonObject letter(String directiveId, String user) {
        return json(get("/api/documents?directive=" + directiveId, tokenOf(user))
                        .body())
                .asJsonArray()
                .stream()
                .map(v -> v.asJsonObject())
                .filter(d -> "LETTER".equals(d.getString("kind")))
                .findFirst()
                .orElseThrow();
    }

    static String letterState(String directiveId, String user) {
        return letter(directiveId, user).getString("state");
    }
}
