package vn.dieuhanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dieuhanh.system.Cases.*;
import static vn.dieuhanh.system.SystemUnderTest.*;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import vn.dieuhanh.system.Cases.Cycle;

/**
 * Official documents on the real server: the letter drawn, signed with the Chief of Office's key
 * and PIN, numbered, dated and sealed by the records clerk; checked by independent tools
 * (poppler's pdfsig and pdftotext, veraPDF) and by our public verification.
 */
class DocumentsIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final List<String> RECIPIENTS = List.of("SO-YTE", "QUAN-NGOQUYEN");

    @BeforeAll
    static void ready() {
        awaitReady();
    }

    private static String newCode() {
        return "DOC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static Cycle oneMonth() {
        return Cycle.monthly(OffsetDateTime.now(ZONE), 1);
    }

    private static JsonObject document(String directiveId, String kind, String user) {
        HttpResponse<String> list = get("/api/documents?directive=" + directiveId, tokenOf(user));
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return json(list.body()).asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(d -> d.getString("kind").equals(kind))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + list.body()));
    }

    private static byte[] pdf(String documentId, String user) {
        HttpResponse<byte[]> response = SystemUnderTest.sendBytes(
                HttpRequest.newBuilder(URI.create(BASE_URL + "/api/documents/" + documentId + "/pdf"))
                        .header("Authorization", "Bearer " + tokenOf(user))
                        .GET()
                        .build());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        return response.body();
    }

    private static HttpResponse<String> postPdf(byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(BASE_URL + "/api/verify"))
                .header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    private static String run(Path file, String... command) throws IOException, InterruptedException {
        List<String> line = new java.util.ArrayList<>(List.of(command));
        line.add(file.toString());
        if (command[0].equals("pdftotext")) {
            line.add("-");
        }
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void theLetterIsSignedNumberedSealedAndAnyoneCanVerifyIt() throws Exception {
        String code = newCode();
        String id = signedDirective(code, RECIPIENTS, oneMonth());
        JsonObject signed = document(id, "LETTER", "vanthu");
        assertThat(signed.getString("state")).isEqualTo("SIGNED");
        assertThat(signed.containsKey("number"))
                .as("no number before the records clerk")
                .isFalse();

        String issueTask = taskOf("vanthu", "issueLetter", code);
        act("vanthu", "/api/directives/" + id + "/issue", task(issueTask), 204);
        act("vanthu", "/api/directives/" + id + "/issue", task(issueTask), 409);

        JsonObject letter = document(id, "LETTER", "vanthu");
        assertThat(letter.getString("state")).isEqualTo("ISSUED");
        String number = letter.getString("number");
        assertThat(number).matches("\\d{2,}/VP-KSTTHC");
        List<JsonObject> versions = letter.getJsonArray("versions").stream()
                .map(JsonValue::asJsonObject)
                .toList();
        assertThat(versions.stream().map(v -> v.getString("stage"))).containsExactly("DRAFT", "SIGNED", "ISSUED");
        assertThat(versions.stream().map(v -> v.getString("producedBy")))
                .containsExactly("chuyenvien", "chanhvanphong", "vanthu");
        assertThat(versions.stream().map(v -> v.getString("sha256")).distinct()).hasSize(3);

        byte[] issued = pdf(letter.getString("id"), "chanhvanphong");
        assertThat(sha256(issued)).isEqualTo(versions.get(2).getString("sha256"));
        Path file = Files.createTempFile("letter-", ".pdf");
        Files.write(file, issued);

        // An independent verifier: both signatures valid, the seal's the last.
        String pdfsig = run(file, "pdfsig");
        assertThat(pdfsig).contains("Signature #1", "Signature #2").doesNotContain("Signature #3");
        assertThat(pdfsig.split("Signature is Valid", -1)).as(pdfsig).hasSize(3);
        assertThat(pdfsig).contains("chuky", "condau");

        // The text as a reader sees it, in the order of Decree 30.
        String text = run(file, "pdftotext", "-layout");
        assertThat(text)
                .containsSubsequence(
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc",
                        "Số:",
                        "Kính gửi",
                        "Nơi nhận",
                        "CHÁNH VĂN PHÒNG",
                        "Trần Huy Kiên");
        assertThat(text.replaceAll("\\s+", " ")).contains(number.substring(0, number.indexOf('/')));
        assertThat(text).containsPattern("Hải Phòng, ngày \\d{2} tháng (0[12]|[3-9]|1[012]) năm \\d{4}");

        // PDF/A-2b by veraPDF, signatures and filled fields included.
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance()
                        .createParser(new ByteArrayInputStream(issued), PDFAFlavour.PDFA_2_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            assertThat(validator.validate(parser).isCompliant()).isTrue();
        }

        // Public verification, without signing in: by id, by the short code, and of the file.
        HttpResponse<String> byId = get("/api/verify/" + letter.getString("id"), null);
        assertThat(byId.statusCode()).as(byId.body()).isEqualTo(200);
        JsonObject verification = object(byId);
        assertThat(verification.getString("verdict")).isEqualTo("VALID");
        assertThat(verification.getJsonObject("register").getString("number")).isEqualTo(number);
        assertThat(verification.getJsonArray("signatures")).hasSize(2);
        assertThat(verification.getJsonArray("signatures").stream()
                        .map(s -> s.asJsonObject().getBoolean("intact")))
                .containsOnly(true);
        String verifyUrl = letter.getString("verifyUrl");
        String shortCode = verifyUrl.substring(verifyUrl.lastIndexOf('/') + 1);
        assertThat(object(get("/api/verify/" + shortCode, null)).getString("verdict"))
                .isEqualTo("VALID");
        HttpResponse<String> shortLink = get("/v/" + shortCode, null);
        assertThat(shortLink.statusCode()).isEqualTo(302);
        assertThat(shortLink.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/verify.xhtml?id=" + shortCode));
        HttpResponse<String> page = get("/verify.xhtml?id=" + shortCode, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(number);
        // Names and words, not codes: the issuer and recipients by name, the state in Vietnamese.
        assertThat(page.body())
                .contains("Văn phòng UBND thành phố", "Sở Y tế, UBND quận Ngô Quyền", "Đã phát hành")
                .doesNotContain(">ISSUED<", ">VP-KSTTHC<");
        HttpResponse<String> uploaded = postPdf(issued);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        assertThat(object(uploaded).getString("verdict")).isEqualTo("VALID");

        // One byte changed in the signed part (a binary comment byte: the file still opens).
        byte[] tampered = issued.clone();
        int at = new String(issued, 0, 64, StandardCharsets.ISO_8859_1).indexOf('\n') + 2;
        tampered[at] = (byte) (tampered[at] ^ 0x01);
        Path tamperedFile = Files.createTempFile("tampered-", ".pdf");
        Files.write(tamperedFile, tampered);
        HttpResponse<String> changed = postPdf(tampered);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(object(changed).getString("verdict")).isEqualTo("INVALID");
        assertThat(object(changed).getJsonArray("signatures").stream()
                        .map(s -> s.asJsonObject().getBoolean("intact")))
                .containsOnly(false);
        assertThat(run(tamperedFile, "pdfsig")).doesNotContain("Signature is Valid");
    }

    @Test
    void verificationRefusesWhatIsNotASafePdf() {
        HttpResponse<String> unknown = get("/api/verify/" + UUID.randomUUID(), null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Không tìm thấy văn bản");

        HttpResponse<String> notPdf = postPdf("Kính gửi: không phải PDF".getBytes(StandardCharsets.UTF_8));
        assertThat(notPdf.statusCode()).isEqualTo(400);
        assertThat(notPdf.body()).contains("không phải PDF");

        String script = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
                + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n"
                + "4 0 obj\n<< /S /JavaScript /JS (app.alert\\('x'\\)) >>\nendobj\n"
                + "trailer\n<< /Root 1 0 R /Size 5 >>\n%%EOF\n";
        HttpResponse<String> javascript = postPdf(script.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(javascript.statusCode()).as(javascript.body()).isEqualTo(400);
        assertThat(javascript.body()).contains("JavaScript", "OpenAction");

        byte[] huge = new byte[21 * 1024 * 1024];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1), 0, huge, 0, 9);
        HttpResponse<String> tooLarge = postPdf(huge);
        assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("Tệp quá lớn");
    }

    @Test
    void aWrongPinSignsNothingAndSigningNeedsApproval() {
        String code = newCode();
        HttpResponse<String> created = post(
                "/api/directives",
                tokenOf("lanhdao"),
                directiveBody(opinionTaskForNewLetter(), code, RECIPIENTS, oneMonth()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = object(created).getString("id");
        String base = "/api/directives/" + id;
        act("chuyenvien", base + "/draft", task(taskOf("chuyenvien", "draftLetter", code)), 204);
        String review = taskOf("truongphong", "reviewDraft", code);

        // Not yet approved: there is no signing task, and the letter cannot be signed.
        act("chanhvanphong", base + "/signature", signing(review), 403);
        assertThat(document(id, "LETTER", "chanhvanphong").getString("state")).isEqualTo("DRAFT");

        act("truongphong", base + "/review", decision(review, true, null), 204);
        String sign = taskOf("chanhvanphong", "signLetter", code);
        act("chanhvanphong", base + "/signature", signing(sign, true, null, "000000"), 400);
        act("chanhvanphong", base + "/signature", signing(sign, true, null, ""), 400);
        JsonObject letter = document(id, "LETTER", "chanhvanphong");
        assertThat(letter.getString("state")).isEqualTo("APPROVED");
        assertThat(letter.getJsonArray("versions"))
                .as("no signed version stored")
                .hasSize(1);
        assertThat(findTask("chanhvanphong", "signLetter", code))
                .as("still waiting for the signature")
                .isPresent();

        act("chanhvanphong", base + "/signature", signing(sign), 204);
        assertThat(document(id, "LETTER", "chanhvanphong").getString("state")).isEqualTo("SIGNED");
    }

    @Test
    void documentsAreShownToTheirPartiesOnly() {
        String code = newCode();
        String id = issuedDirective(code, RECIPIENTS, oneMonth());
        HttpResponse<String> outsider = get("/api/documents?directive=" + id, tokenOf("thutruong-so-xd"));
        assertThat(outsider.statusCode()).as(outsider.body()).isEqualTo(404);
        String letterId = document(id, "LETTER", "vanthu").getString("id");
        assertThat(get("/api/documents/" + letterId, tokenOf("thutruong-so-xd")).statusCode())
                .isEqualTo(404);
        assertThat(get("/api/documents/" + letterId + "/pdf", null).statusCode())
                .isEqualTo(401);
        assertThat(document(id, "LETTER", "thanhtra").getString("state"))
                .as("auditors read")
                .isEqualTo("ISSUED");
        assertThat(document(id, "LETTER", "thutruong-yte").getString("state"))
                .as("a recipient reads the letter")
                .isEqualTo("ISSUED");
    }

    /** The unit's head gives the task to its officer, who reports; the head signs and sends the report. */
    private static void reportAs(String id, String code, String unit, String head, String officer) {
        String assign = awaitTask(head, "assignOrForward", code, Duration.ofSeconds(60));
        act(
                head,
                "/api/directives/" + id + "/units/" + unit + "/assignment",
                "{\"taskId\":\"" + assign + "\",\"officer\":\"" + officer + "\"}",
                204);
        String draft = awaitTask(officer, "draftUnitReport", code, Duration.ofSeconds(60));
        act(
                officer,
                "/api/directives/" + id + "/units/" + unit + "/report",
                "{\"taskId\":\"" + draft + "\",\"note\":\"Đạt 320 mẫu đo trong kỳ\"}",
                204);
        String approval = awaitTask(head, "approveUnitReport", code, Duration.ofSeconds(60));
        act(head, "/api/directives/" + id + "/units/" + unit + "/report-approval", signing(approval), 204);
    }

    private static List<String> unitReports(String directiveId, String user) {
        HttpResponse<String> list = get("/api/documents?directive=" + directiveId, tokenOf(user));
        assertThat(list.statusCode())
                .as("%s lists the documents: %s", user, list.body())
                .isEqualTo(200);
        return json(list.body()).asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(d -> d.getString("kind").equals("UNIT_REPORT"))
                .map(d -> d.getString("unitCode"))
                .toList();
    }

    private static int pdfStatus(String documentId, String user) {
        return SystemUnderTest.sendBytes(
                        HttpRequest.newBuilder(URI.create(BASE_URL + "/api/documents/" + documentId + "/pdf"))
                                .header("Authorization", "Bearer " + tokenOf(user))
                                .GET()
                                .build())
                .statusCode();
    }

    /**
     * The i-Speed shape: the department that consolidates (SO-TTTT in every directive of these
     * tests) is a recipient too, so it issues its own report, addressed to itself. Its people read
     * the directive's documents and their report; another recipient does not read it; auditors
     * read everything.
     */
    @Test
    void theConsolidatingUnitThatAlsoReportsReadsItsOwnReportAndOtherRecipientsDoNot() {
        String code = newCode();
        String id = issuedDirective(code, List.of("SO-TTTT", "SO-YTE"), oneMonth());
        reportAs(id, code, "SO-TTTT", "thutruong-so-tttt", "canbo-so-tttt");
        reportAs(id, code, "SO-YTE", "thutruong-yte", "canbo-yte");

        for (String consolidator : List.of("tonghop-tttt", "giamdoc-tttt")) {
            assertThat(unitReports(id, consolidator)).as(consolidator).containsExactlyInAnyOrder("SO-TTTT", "SO-YTE");
        }
        String ownReport =
                documentOf(id, "UNIT_REPORT", "SO-TTTT", 0, "giamdoc-tttt").getString("id");
        String healthReport =
                documentOf(id, "UNIT_REPORT", "SO-YTE", 0, "tonghop-tttt").getString("id");
        for (String own : List.of("tonghop-tttt", "giamdoc-tttt", "thutruong-so-tttt", "canbo-so-tttt")) {
            assertThat(pdf(ownReport, own)).as(own).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
            assertThat(get("/api/documents/" + ownReport, tokenOf(own)).statusCode())
                    .as(own)
                    .isEqualTo(200);
        }

        // Another recipient: the letter and its own report, not the department's.
        assertThat(unitReports(id, "thutruong-yte")).containsExactly("SO-YTE");
        assertThat(document(id, "LETTER", "canbo-yte").getString("state")).isEqualTo("ISSUED");
        for (String other : List.of("thutruong-yte", "canbo-yte")) {
            assertThat(pdfStatus(ownReport, other)).as(other).isIn(403, 404);
            assertThat(get("/api/documents/" + ownReport, tokenOf(other)).statusCode())
                    .as(other)
                    .isIn(403, 404);
            assertThat(pdfStatus(healthReport, other)).as(other).isEqualTo(200);
        }
        // A unit with no part in it reads none of it.
        assertThat(pdfStatus(healthReport, "thutruong-so-xd")).isEqualTo(404);

        // The auditor reads every document of it.
        assertThat(unitReports(id, "thanhtra")).containsExactlyInAnyOrder("SO-TTTT", "SO-YTE");
        assertThat(pdfStatus(ownReport, "thanhtra")).isEqualTo(200);
        assertThat(pdfStatus(healthReport, "thanhtra")).isEqualTo(200);
    }

    @Test
    void slipsAreRecordsSealedByTheirUnitNamingWhoActedAndVerifyValid() throws Exception {
        String code = newCode();
        String id = issuedDirective(code, List.of("SO-XD"), oneMonth());
        String assign = awaitTask("thutruong-so-xd", "assignOrForward", code, Duration.ofSeconds(30));
        act(
                "thutruong-so-xd",
                "/api/directives/" + id + "/units/SO-XD/assignment",
                "{\"taskId\":\"" + assign + "\",\"officer\":\"canbo-so-xd\"}",
                204);

        for (String kind : List.of("OPINION_SLIP", "ASSIGNMENT_SLIP")) {
            JsonObject slip = document(id, kind, "thanhtra");
            Path file = Files.createTempFile("slip-", ".pdf");
            Files.write(file, pdf(slip.getString("id"), "thanhtra"));
            // One signature, the unit's seal, over the whole file; no field for a person's signature.
            String pdfsig = run(file, "pdfsig");
            assertThat(pdfsig).as(pdfsig).contains("Signature #1", "condau").doesNotContain("Signature #2", "chuky");
            assertThat(pdfsig.split("Signature is Valid", -1)).as(pdfsig).hasSize(2);
            // Who gave the opinion or the assignment is written in the record, not signed under it.
            String text = run(file, "pdftotext", "-layout").replaceAll("\\s+", " ");
            assertThat(text)
                    .containsPattern(
                            kind.equals("OPINION_SLIP") ? "Người cho ý kiến: đồng chí" : "Người giao việc: đồng chí");
            assertThat(text).doesNotContain("KT. CHỦ TỊCH");

            JsonObject verification = object(get("/api/verify/" + slip.getString("id"), null));
            assertThat(verification.getString("verdict"))
                    .as(kind + ": " + verification)
                    .isEqualTo("VALID");
            assertThat(verification.getJsonArray("signatures")).hasSize(1);
        }
    }
}
