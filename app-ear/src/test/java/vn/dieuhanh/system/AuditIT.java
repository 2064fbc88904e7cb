package vn.dieuhanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dieuhanh.system.Cases.*;
import static vn.dieuhanh.system.SystemUnderTest.*;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The audit against the deployed EAR on PostgreSQL: a directive with a return for revision, a
 * forward and an assignment; its trail in order with the right people, units and roles; an
 * auditor's attempt to act refused and recorded; a non-party seeing nothing; the CSV and PDF
 * exports' contents; one entry edited in the database and the verification pointing at it; and
 * the diagram view in a real Chromium.
 */
class AuditIT {

    private static final String REASON = "=HYPERLINK(\"http://x\") Sửa lại đoạn 2 cho rõ chỉ tiêu";
    private static final List<String> RECIPIENTS = List.of("SO-YTE", "QUAN-NGOQUYEN");

    private static String code;
    private static String id;

    @BeforeAll
    static void aDirectiveWithAReturnAForwardAndAnAssignment() {
        awaitReady();
        code = "AUDIT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        HttpResponse<String> created = post(
                "/api/directives",
                tokenOf("lanhdao"),
                directiveBody(
                        opinionTaskForNewLetter(),
                        code,
                        RECIPIENTS,
                        Cycle.monthly(OffsetDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")), 2)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        id = object(created).getString("id");
        String base = "/api/directives/" + id;
        act("chuyenvien", base + "/draft", task(taskOf("chuyenvien", "draftLetter", code)), 204);
        act("truongphong", base + "/review", decision(taskOf("truongphong", "reviewDraft", code), false, REASON), 204);
        act("chuyenvien", base + "/draft", task(taskOf("chuyenvien", "draftLetter", code)), 204);
        act("truongphong", base + "/review", decision(taskOf("truongphong", "reviewDraft", code), true, null), 204);
        act("chanhvanphong", base + "/signature", signing(taskOf("chanhvanphong", "signLetter", code)), 204);
        act("vanthu", base + "/issue", task(taskOf("vanthu", "issueLetter", code)), 204);
        act(
                "thutruong-ngoquyen",
                base + "/units/QUAN-NGOQUYEN/assignment",
                "{\"taskId\":\"" + taskOf("thutruong-ngoquyen", "assignOrForward", code)
                        + "\",\"forwardTo\":[\"PHUONG-MAYTO\"]}",
                204);
        act(
                "thutruong-yte",
                base + "/units/SO-YTE/assignment",
                "{\"taskId\":\"" + taskOf("thutruong-yte", "assignOrForward", code) + "\",\"officer\":\"canbo-yte\"}",
                204);
    }

    private static List<JsonObject> trail(String user) {
        HttpResponse<String> response = get("/api/audit/directives/" + id + "/trail?limit=2000", tokenOf(user));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return object(response).getJsonArray("events").stream()
                .map(JsonValue::asJsonObject)
                .toList();
    }

    private static int indexOf(List<JsonObject> events, String kind, String decision, String actor) {
        for (int i = 0; i < events.size(); i++) {
            JsonObject e = events.get(i);
            if (kind.equals(e.getString("kind"))
                    && (decision == null || decision.equals(e.getString("decision", null)))
                    && (actor == null || actor.equals(e.getString("actor", null)))) {
                return i;
            }
        }
        throw new AssertionError("no " + kind + " " + decision + " by " + actor + " in " + events);
    }

    @Test
    void theTrailHoldsEveryStepInOrderWithThePersonUnitAndRole() {
        // An auditor tries to act: refused by role, and the attempt is in the trail.
        HttpResponse<String> refused =
                post("/api/directives/" + id + "/closure", tokenOf("thanhtra"), "{\"reason\":\"Kiểm tra thử\"}");
        assertThat(refused.statusCode()).isEqualTo(403);

        List<JsonObject> events = trail("thanhtra");
        int created = indexOf(events, "DIRECTIVE_CREATED", null, "lanhdao");
        int returned = indexOf(events, "STEP_COMPLETED", "RETURNED", "truongphong");
        int approved = indexOf(events, "STEP_COMPLETED", "APPROVED", "truongphong");
        int signed = indexOf(events, "STEP_COMPLETED", "APPROVED", "chanhvanphong");
        int issued = indexOf(events, "STEP_COMPLETED", "ISSUED", "vanthu");
        int forwarded = indexOf(events, "STEP_COMPLETED", "FORWARDED", "thutruong-ngoquyen");
        int refusal = indexOf(events, "REFUSED", "403", "thanhtra");
        assertThat(List.of(created, returned, approved, signed, issued, forwarded, refusal))
                .as("in the order they happened")
                .isSorted();

        JsonObject ret = events.get(returned);
        assertThat(ret.getString("unitCode")).isEqualTo("VP-KSTTHC");
        assertThat(ret.getString("role")).isEqualTo("division-head");
        assertThat(ret.getString("reason")).isEqualTo(REASON);
        assertThat(ret.getString("stepKey")).isEqualTo("reviewDraft");
        JsonObject fwd = events.get(forwarded);
        assertThat(fwd.getString("unitCode")).isEqualTo("QUAN-NGOQUYEN");
        assertThat(fwd.getString("role")).isEqualTo("unit-head");
        assertThat(fwd.getString("detail")).contains("PHUONG-MAYTO");
        assertThat(events.get(refusal).getString("outcome")).isEqualTo("REFUSED");

        assertThat(events)
                .as("every version of the letter with its hash")
                .filteredOn(e -> "DOCUMENT_VERSION".equals(e.getString("kind")))
                .hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(e -> assertThat(e.getString("documentSha256")).matches("[0-9a-f]{64}"));
        assertThat(events)
                .as("the engine's side: the forwarded ward's step opened in its own case")
                .anySatisfy(e -> {
                    assertThat(e.getString("source")).isEqualTo("engine");
                    assertThat(e.getString("kind")).isEqualTo("TASK_OPENED");
                    assertThat(e.getString("unitCode", "")).isEqualTo("PHUONG-MAYTO");
                });
        // A party of the directive sees the same trail.
        assertThat(trail("thutruong-yte")).hasSameSizeAs(events);
    }

    @Test
    void someoneWhoTookNoPartSeesNothing() {
        String outsider = tokenOf("thutruong-so-nv");
        assertThat(get("/api/audit/directives/" + id + "/trail", outsider).statusCode())
                .isEqualTo(404);
        assertThat(get("/api/audit/directives/" + id + "/diagram", outsider).statusCode())
                .isEqualTo(404);
        assertThat(get("/api/audit/search?directive=" + code, outsider).statusCode())
                .isEqualTo(404);
        assertThat(get("/api/audit/search?kind=REFUSED", outsider).statusCode())
                .as("only auditors search across directives: anyone else names one")
                .isEqualTo(400);
        assertThat(get("/api/audit/verification", outsider).statusCode()).isEqualTo(403);
        assertThat(get("/api/audit/search?directive=" + code + "&from=15-10-2024", tokenOf("thanhtra"))
                        .body())
                .as("a bad date is a 400 in both languages")
                .contains("yyyy-MM-dd")
                .contains("Ngày");
    }

    @Test
    void searchFindsByPersonUnitAndKind() {
        String auditor = tokenOf("thanhtra");
        HttpResponse<String> byPerson = get("/api/audit/search?directive=" + code + "&person=truongphong", auditor);
        assertThat(byPerson.statusCode()).as(byPerson.body()).isEqualTo(200);
        assertThat(json(byPerson.body()).asJsonArray())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.asJsonObject().getString("actor")).isEqualTo("truongphong"));
        HttpResponse<String> byUnit = get("/api/audit/search?directive=" + code + "&unit=QUAN-NGOQUYEN", auditor);
        assertThat(json(byUnit.body()).asJsonArray()).isNotEmpty().allSatisfy(e -> assertThat(
                        e.asJsonObject().getString("unitCode"))
                .isEqualTo("QUAN-NGOQUYEN"));
        HttpResponse<String> byKind = get("/api/audit/search?kind=DIRECTIVE_CREATED&directive=" + code, auditor);
        assertThat(json(byKind.body()).asJsonArray()).hasSize(1);
    }

    @Test
    void theCsvAndPdfExportsHoldTheTrail() throws Exception {
        HttpResponse<String> csv = get("/api/audit/directives/" + id + "/trail.csv", tokenOf("thanhtra"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        String text = csv.body();
        assertThat(text).startsWith("\uFEFFat,source,seq,kind,");
        assertThat(text)
                .contains("RETURNED")
                .contains("truongphong")
                .contains("VP-KSTTHC")
                .as("a reason that looks like a formula is text")
                .contains("'=HYPERLINK")
                .doesNotContain(",\"=HYPERLINK")
                .doesNotContain(",=HYPERLINK");

        HttpResponse<String> jsonExport = get("/api/audit/directives/" + id + "/trail.json", tokenOf("thanhtra"));
        assertThat(jsonExport.statusCode()).isEqualTo(200);
        assertThat(object(jsonExport).getString("code")).isEqualTo(code);

        HttpResponse<byte[]> pdf =
                sendBytes(HttpRequest.newBuilder(URI.create(BASE_URL + "/api/audit/directives/" + id + "/report.pdf"))
                        .header("Authorization", "Bearer " + tokenOf("thanhtra"))
                        .GET()
                        .build());
        assertThat(pdf.statusCode()).isEqualTo(200);
        Path file = Files.createTempFile("audit-", ".pdf");
        Files.write(file, pdf.body());
        String pdfText = pdftotext(file);
        assertThat(pdfText)
                .contains("THANH TRA THÀNH PHỐ")
                .contains("BÁO CÁO")
                .contains(code)
                .contains("RETURNED")
                .contains("Sửa lại đoạn 2")
                .contains("Kết quả kiểm tra chuỗi băm");
        // Only auditors get the official report.
        assertThat(sendBytes(HttpRequest.newBuilder(
                                        URI.create(BASE_URL + "/api/audit/directives/" + id + "/report.pdf"))
                                .header("Authorization", "Bearer " + tokenOf("thutruong-yte"))
                                .GET()
                                .build())
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void anEntryEditedInTheDatabaseIsReportedByTheVerification() throws Exception {
        JsonObject before = object(get("/api/audit/verification", tokenOf("thanhtra")));
        assertThat(before.getBoolean("intact")).as(before.toString()).isTrue();

        long seq = trail("thanhtra").stream()
                .filter(e -> "RETURNED".equals(e.getString("decision", null)))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("seq")
                .longValue();
        update("UPDATE dh_audit_entry SET reason = 'Đồng ý' WHERE seq = ?", seq);
        try {
            JsonObject after = object(get("/api/audit/verification", tokenOf("thanhtra")));
            assertThat(after.getBoolean("intact")).isFalse();
            assertThat(after.getJsonNumber("brokenAt").longValue()).isEqualTo(seq);
            assertThat(after.getString("problem")).contains("was edited");
        } finally {
            // Put it back, so the chain verifies again for the tests that follow.
            try (Connection db = database();
                    PreparedStatement s = db.prepareStatement("UPDATE dh_audit_entry SET reason = ? WHERE seq = ?")) {
                s.setString(1, REASON);
                s.setLong(2, seq);
                s.executeUpdate();
            }
        }
        assertThat(object(get("/api/audit/verification", tokenOf("thanhtra"))).getBoolean("intact"))
                .isTrue();
    }

    @Test
    void theDiagramDataHasTheModelsRunsPerUnitAndOpenSteps() {
        HttpResponse<String> response = get("/api/audit/directives/" + id + "/diagram", tokenOf("thanhtra"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject diagram = object(response);
        assertThat(diagram.getJsonArray("models"))
                .extracting(m -> m.asJsonObject().getString("processKey"))
                .contains("directive", "unitTask");
        assertThat(diagram.getJsonArray("models").getJsonObject(0).getString("xml"))
                .contains("bpmn:definitions");
        List<JsonObject> counts = diagram.getJsonArray("counts").stream()
                .map(JsonValue::asJsonObject)
                .toList();
        assertThat(counts).as("the draft was reviewed twice").anySatisfy(c -> {
            assertThat(c.getString("activityId")).isEqualTo("reviewDraft");
            assertThat(c.getJsonNumber("runs").longValue()).isEqualTo(2);
        });
        assertThat(counts).as("the assigned officer's report is open, per unit").anySatisfy(c -> {
            assertThat(c.getString("activityId")).isEqualTo("draftUnitReport");
            assertThat(c.getString("unitCode", "")).isEqualTo("SO-YTE");
            assertThat(c.getJsonNumber("open").longValue()).isEqualTo(1);
        });
    }

    /**
     * The realm lets the web client return to the build's usual ports only; a run on other ports
     * (several builds on one machine) adds its own address, through Keycloak's admin API.
     */
    private static void allowSignInReturningTo(String baseUrl) {
        HttpResponse<String> admin =
                send(HttpRequest.newBuilder(URI.create(KEYCLOAK_URL + "/realms/master/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "grant_type=password&client_id=admin-cli&username=admin&password="
                                        + java.net.URLEncoder.encode(
                                                vn.dieuhanh.identity.control.ProvisionOrgChart.adminPassword(),
                                                java.nio.charset.StandardCharsets.UTF_8)))
                        .build());
        assertThat(admin.statusCode()).as(admin.body()).isEqualTo(200);
        String token = object(admin).getString("access_token");
        HttpResponse<String> clients = adminGet("/admin/realms/haiphong/clients?clientId=dieuhanh-web", token);
        JsonObject client = json(clients.body()).asJsonArray().getJsonObject(0);
        String wanted = baseUrl + "/*";
        if (client.getJsonArray("redirectUris").stream()
                .anyMatch(u -> u instanceof jakarta.json.JsonString uri
                        && uri.getString().equals(wanted))) {
            return;
        }
        var uris = jakarta.json.Json.createArrayBuilder(client.getJsonArray("redirectUris"))
                .add(wanted);
        String updated = jakarta.json.Json.createObjectBuilder(client)
                .add("redirectUris", uris)
                .build()
                .toString();
        HttpResponse<String> put = send(HttpRequest.newBuilder(
                        URI.create(KEYCLOAK_URL + "/admin/realms/haiphong/clients/" + client.getString("id")))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(updated, StandardCharsets.UTF_8))
                .build());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(204);
    }

    private static HttpResponse<String> adminGet(String path, String adminToken) {
        return send(HttpRequest.newBuilder(URI.create(KEYCLOAK_URL + path))
                .header("Authorization", "Bearer " + adminToken)
                .GET()
                .build());
    }

    @Test
    void anAuditorOpensTheDiagramViewInABrowser() throws Exception {
        allowSignInReturningTo(BASE_URL);
        // A taller window than the shared default: the diagram and its table in one screenshot.
        Browser session = Browser.open(1280, 1000);
        WebDriver browser = session.driver;
        try {
            var wait = new PageWait(browser, Duration.ofSeconds(30));
            browser.get(BASE_URL + "/");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            browser.findElement(By.id("username")).sendKeys("thanhtra");
            browser.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
            browser.findElement(By.id("kc-login")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox-title")));
            assertThat(browser.findElements(By.id("nav-audit")))
                    .as("the auditor's nav link")
                    .hasSize(1);

            browser.get(BASE_URL + "/audit-diagram.xhtml?directive=" + code);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-element-id=reviewDraft]")));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.className("dh-badge")));
            assertThat(browser.findElements(By.cssSelector(".dh-done"))).isNotEmpty();
            screenshot(browser, "90-audit-diagram");
            browser.findElement(By.cssSelector("[data-element-id=reviewDraft]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.className("dh-step-runs")));
            assertThat(browser.findElement(By.id("details")).getText())
                    .contains("2", "Duyệt dự thảo", "Bước xử lý của cán bộ")
                    .doesNotContain("bpmn:");
            // Tabs by the models' names, not their keys.
            assertThat(browser.findElement(By.id("models")).getText())
                    .contains("Chỉ đạo, điều hành thực hiện văn bản", "Đơn vị thực hiện nhiệm vụ")
                    .doesNotContain("unitTask");

            browser.findElement(By.id("model-unitTask")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".dh-open")));
            browser.findElement(By.cssSelector("[data-element-id=assignOrForward]"))
                    .click();
            wait.until(d -> d.findElement(By.id("details")).getText().contains("Ngô Quyền"));
            assertThat(browser.findElement(By.id("details")).getText()).doesNotContain("QUAN-NGOQUYEN");
            screenshot(browser, "91-audit-diagram-units");

            browser.get(BASE_URL + "/audit.xhtml?directive=" + code);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("trail")));
            assertThat(browser.findElement(By.id("trail")).getText()).contains("Sửa lại đoạn 2");
            // Names and words, not codes: steps as the models name them, outcomes in Vietnamese,
            // the engine's own lines as the system's, units by name.
            assertThat(browser.findElement(By.id("trail")).getText())
                    .contains("Cho ý kiến chỉ đạo", "Hệ thống", "Đã phát hành")
                    .doesNotContain("giveDirectingOpinion", "DIRECTED", "engine");
            browser.findElement(By.id("search:verify")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verification")));
            assertThat(browser.findElements(By.id("intact"))).hasSize(1);
            screenshot(browser, "92-audit-trail");
        } catch (RuntimeException | AssertionError e) {
            // What the browser showed when it failed, beside the test report.
            screenshot(browser, "99-audit-failure");
            Files.writeString(Path.of("target", "screenshots", "99-audit-failure.html"), browser.getPageSource());
            throw e;
        } finally {
            session.close();
        }
    }

    private static void screenshot(WebDriver browser, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static void update(String sql, long seq) throws SQLException {
        try (Connection db = database();
                PreparedStatement s = db.prepareStatement(sql)) {
            s.setLong(1, seq);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private static String pdftotext(Path file) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("pdftotext", "-layout", file.toString(), "-")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }
}
