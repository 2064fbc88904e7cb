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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The directive page and the dashboard in a real Chromium: a directive with its own targets (5
 * samples per unit, 45 Mbps) over two monthly periods, a small sample file imported through the
 * API, a unit's signed report and a district forwarding to two wards. The pages must show exactly
 * what the API computes (the accessible tables), draw their charts with the directive's own target
 * lines, drill down, keep strangers out, and fit a phone. Screenshots go to
 * {@code target/screenshots/8x-*.png}.
 */
class DashboardBrowserIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String HEADER =
            "sample_id,measured_at,operator,technology,download_mbps,upload_mbps,ping_ms,jitter_ms,place_code,credited_unit\n";
    private static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");

    private static String code;
    private static String id;
    private static OffsetDateTime firstStart;

    private Browser session;
    private WebDriver browser;
    private WebDriverWait wait;

    /**
     * The directive's first period began a month and two days ago, so it has a finished period 0
     * and a current period 1; the samples fall in both.
     */
    @BeforeAll
    static void directiveWithSamplesAndAReport() {
        awaitReady();
        code = "DASH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        firstStart = OffsetDateTime.now(ZONE).minusMonths(1).minusDays(2).truncatedTo(ChronoUnit.DAYS);
        Cycle cycle = Cycle.monthly(firstStart, 6);
        // The directive's own targets, not the i-Speed letter's: the pages must draw these lines.
        String body = directiveBody(opinionTaskForNewLetter(), code, List.of("QUAN-NGOQUYEN", "SO-YTE", "SO-XD"), cycle)
                .replace("\"threshold\":300", "\"threshold\":5")
                .replace("\"threshold\":40", "\"threshold\":45");
        HttpResponse<String> created = post("/api/directives", tokenOf("lanhdao"), body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        id = object(created).getString("id");
        String base = "/api/directives/" + id;
        act("chuyenvien", base + "/draft", task(taskOf("chuyenvien", "draftLetter", code)), 204);
        act("truongphong", base + "/review", decision(taskOf("truongphong", "reviewDraft", code), true, null), 204);
        act("chanhvanphong", base + "/signature", signing(taskOf("chanhvanphong", "signLetter", code)), 204);
        act("vanthu", base + "/issue", task(taskOf("vanthu", "issueLetter", code)), 204);

        OffsetDateTime inPeriod0 = firstStart.plusDays(3).plusHours(9);
        OffsetDateTime inPeriod1 = OffsetDateTime.now(ZONE).minusHours(2);
        String p = code + "-";
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < 5; i++) {
            file.append(row(p + "a" + i, inPeriod1, "Viettel", "4G", 50 + i, "PHUONG-MAYTO", ""));
        }
        file.append(row(p + "b1", inPeriod1, "Vietnamobile", "4G", 25, "PHUONG-LACHTRAY", ""));
        file.append(row(p + "b2", inPeriod1, "Vietnamobile", "4G", 31, "PHUONG-LACHTRAY", ""));
        file.append(row(p + "c1", inPeriod1, "VinaPhone", "4G", 45, "QUAN-HAIAN", "SO-YTE"));
        file.append(row(p + "c2", inPeriod1, "VinaPhone", "5G", 210, "QUAN-HAIAN", "SO-YTE"));
        for (int i = 0; i < 3; i++) {
            file.append(row(p + "d" + i, inPeriod0, "Viettel", "4G", 60, "PHUONG-MAYTO", ""));
        }
        HttpResponse<String> imported =
                send(HttpRequest.newBuilder(URI.create(BASE_URL + "/api/measurements/imports?name=dashboard.csv"))
                        .header("Authorization", "Bearer " + tokenOf("tonghop-tttt"))
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString(file.toString(), StandardCharsets.UTF_8))
                        .build());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        assertThat(object(imported).getInt("rowsStored")).isEqualTo(12);

        // The Health Department reports 9 samples itself and its head signs; Ngô Quyền forwards to two wards.
        act(
                "thutruong-yte",
                base + "/units/SO-YTE/assignment",
                "{\"taskId\":\"" + taskOf("thutruong-yte", "assignOrForward", code) + "\",\"officer\":\"canbo-yte\"}",
                204);
        String draft = awaitTask("canbo-yte", "draftUnitReport", code, Duration.ofSeconds(30));
        act(
                "canbo-yte",
                base + "/units/SO-YTE/report",
                "{\"taskId\":\"" + draft + "\",\"note\":\"Đã vận động\",\"values\":{\"samples\":9}}",
                204);
        act(
                "thutruong-yte",
                base + "/units/SO-YTE/report-approval",
                signing(awaitTask("thutruong-yte", "approveUnitReport", code, Duration.ofSeconds(30))),
                204);
        act(
                "thutruong-ngoquyen",
                base + "/units/QUAN-NGOQUYEN/assignment",
                "{\"taskId\":\"" + taskOf("thutruong-ngoquyen", "assignOrForward", code)
                        + "\",\"forwardTo\":[\"PHUONG-MAYTO\",\"PHUONG-LACHTRAY\"]}",
                204);
    }

    private static String row(
            String sampleId,
            OffsetDateTime at,
            String operator,
            String technology,
            double download,
            String place,
            String credited) {
        return sampleId + "," + at.truncatedTo(ChronoUnit.SECONDS) + "," + operator + "," + technology + "," + download
                + ",10,20,3," + place + "," + credited + "\n";
    }

    @BeforeEach
    void openBrowser() {
        session = Browser.open();
        browser = session.driver;
        wait = new PageWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void theDashboardShowsWhatTheApiComputesWithTheDirectivesOwnTargetLines() throws Exception {
        signIn("tonghop-tttt");
        open("/dashboard.xhtml?code=" + code);
        assertThat(text("dashboard-code")).isEqualTo(code);

        JsonObject current = figures(1);
        assertThat(current.getInt("sampleTarget")).isEqualTo(5);
        // Samples per unit and the units under target, cell by cell against the API.
        for (JsonObject unit : objects(current, "units")) {
            WebElement tableRow = rowOf("samples", "data-unit", unit.getString("unitCode"));
            assertThat(cell(tableRow, "dh-measured"))
                    .isEqualTo(count(unit.getJsonNumber("total").longValue()));
        }
        List<String> shortfalls = objects(current, "shortfalls").stream()
                .map(s -> s.getString("unitCode") + "="
                        + count(s.getJsonNumber("missing").longValue()))
                .toList();
        assertThat(browser.findElements(By.cssSelector("#under tbody tr")).stream()
                        .map(r -> r.getAttribute("data-unit") + "=" + cell(r, "dh-missing"))
                        .toList())
                .containsExactlyElementsOf(shortfalls);
        assertOperatorsAsTheApi(current);

        // The charts are drawn, each with its target from the directive: 5 samples, 45 Mbps.
        for (String chart : List.of("samples-chart", "operators-chart", "trend-chart", "trend-units-chart")) {
            WebElement canvas = browser.findElement(By.id(chart + "_canvas"));
            assertThat(canvas.getAttribute("role")).isEqualTo("img");
            assertThat(canvas.getAttribute("aria-label")).isNotBlank();
            assertThat(canvas.getSize().getHeight()).as(chart).isPositive();
        }
        assertThat(targetLineOf("samples-chart")).isEqualTo(5.0);
        assertThat(targetLineOf("operators-chart")).isEqualTo(45.0);
        assertThat(targetLineOf("trend-chart")).isEqualTo(45.0);

        // The trend: this period and the one before, each as the API's figures of that period.
        JsonObject previous = figures(0);
        assertThat(cell(rowOf("trend", "data-period", "1"), "dh-total")).isEqualTo(count(total(current)));
        assertThat(cell(rowOf("trend", "data-period", "0"), "dh-total")).isEqualTo(count(total(previous)));
        for (JsonObject o : objects(previous, "operators")) {
            WebElement item = rowOf("trend", "data-period", "0")
                    .findElement(By.cssSelector(".dh-mean-item[data-operator='" + o.getString("operator")
                            + "'][data-technology='" + o.getString("technology") + "']"));
            assertThat(item.getText())
                    .endsWith(": " + mean(o.getJsonNumber("meanDownload").doubleValue()));
        }
        screenshot("80-dashboard");

        // The period picker: the period before, as the API has it.
        new Select(browser.findElement(By.id("period"))).selectByValue("0");
        browser.findElement(By.id("dashboard-show")).click();
        wait.until(d -> d.getCurrentUrl().contains("period=0"));
        assertOperatorsAsTheApi(previous);
        screenshot("81-dashboard-previous-period");
    }

    @Test
    void theDirectivePageShowsReportsBesideMeasuredFiguresAndDrillsDownToTheWards() throws Exception {
        signIn("tonghop-tttt");
        open("/directive.xhtml?code=" + code);
        assertThat(text("directive-code")).isEqualTo(code);
        String letterNumber =
                json(get("/api/documents?directive=" + id, tokenOf("tonghop-tttt"))
                                .body())
                        .asJsonArray()
                        .stream()
                        .map(JsonValue::asJsonObject)
                        .filter(d -> d.getString("kind").equals("LETTER"))
                        .findFirst()
                        .orElseThrow()
                        .getString("number");
        assertThat(text("letter-number")).isEqualTo(letterNumber);
        assertThat(browser.findElement(By.id("letter-preview")).getAttribute("src"))
                .endsWith("/documents/letter.pdf?directive=" + id);
        assertThat(browser.findElement(By.cssSelector("#targets tr[data-target='samples']"))
                        .getText())
                .contains("5 mẫu");

        JsonObject current = figures(1);
        for (JsonObject unit : objects(current, "units")) {
            WebElement tableRow = rowOf("units", "data-unit", unit.getString("unitCode"));
            long measured = unit.getJsonNumber("total").longValue();
            assertThat(cell(tableRow, "dh-measured")).isEqualTo(count(measured));
            assertThat(tableRow.getAttribute("class")).contains(unit.getBoolean("meetsTarget") ? "dh-met" : "dh-under");
        }
        // The Health Department's own 9 beside the measured count, the difference marked.
        WebElement health = rowOf("units", "data-unit", "SO-YTE");
        long healthMeasured = objects(current, "units").stream()
                .filter(u -> u.getString("unitCode").equals("SO-YTE"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("total")
                .longValue();
        assertThat(cell(health, "dh-self")).isEqualTo("9");
        assertThat(cell(health, "dh-difference"))
                .isEqualTo((9 - healthMeasured > 0 ? "+" : "") + count(9 - healthMeasured));
        assertThat(cell(health, "dh-report")).contains("Đã báo cáo");
        assertThat(cell(rowOf("units", "data-unit", "SO-XD"), "dh-report")).contains("Chưa báo cáo");
        assertThat(browser.findElement(By.id("samples-chart_canvas")).isDisplayed())
                .isTrue();
        assertThat(targetLineOf("samples-chart")).isEqualTo(5.0);
        assertOperatorsAsTheApi(current);
        screenshot("82-directive");

        // Drill down: Ngô Quyền and the two wards it forwarded to, each counted as the database has it.
        rowOf("units", "data-unit", "QUAN-NGOQUYEN")
                .findElement(By.className("dh-drill"))
                .click();
        wait.until(d -> d.getCurrentUrl().contains("unit=QUAN-NGOQUYEN"));
        assertThat(browser.findElements(By.cssSelector("#units tbody tr")).stream()
                        .map(r -> r.getAttribute("data-unit"))
                        .toList())
                .containsExactly("QUAN-NGOQUYEN", "PHUONG-LACHTRAY", "PHUONG-MAYTO");
        for (String ward : List.of("PHUONG-MAYTO", "PHUONG-LACHTRAY")) {
            WebElement tableRow = rowOf("units", "data-unit", ward);
            assertThat(cell(tableRow, "dh-measured")).isEqualTo(count(attributedInPeriod1(ward)));
            assertThat(tableRow.getText()).contains("QUAN-NGOQUYEN");
        }
        screenshot("83-directive-drill-down");
    }

    @Test
    void strangersFindNothingAndAPhoneSeesItAll() throws Exception {
        // A district head whose district has no part in this directive: as if it did not exist.
        signIn("thutruong-quan-haian");
        open("/directive.xhtml?code=" + code);
        assertThat(browser.findElements(By.id("directive-not-found"))).hasSize(1);
        assertThat(browser.getPageSource()).doesNotContain(code + "-");
        assertThat(browser.findElements(By.id("units"))).isEmpty();
        open("/dashboard.xhtml?code=" + code);
        assertThat(browser.findElements(By.id("dashboard-not-found"))).hasSize(1);
        assertThat(browser.findElements(By.id("samples"))).isEmpty();
        screenshot("84-directive-not-found");
        signOut();

        // A party (the Health Department's officer) reads the page, but the dashboard is not for units.
        signIn("canbo-yte");
        open("/directive.xhtml?code=" + code);
        assertThat(text("directive-code")).isEqualTo(code);
        open("/dashboard.xhtml?code=" + code);
        assertThat(browser.findElements(By.id("dashboard-not-found"))).hasSize(1);
        signOut();

        // The City Office's Chief on a phone: every section there, nothing wider than the screen.
        browser.manage().window().setSize(new Dimension(390, 844));
        signIn("chanhvanphong");
        open("/dashboard.xhtml?code=" + code);
        for (String part : List.of("samples-chart_canvas", "operators", "under", "samples", "trend")) {
            assertThat(browser.findElements(By.id(part))).as(part).hasSize(1);
        }
        assertNoHorizontalScroll();
        screenshot("85-dashboard-phone");
        open("/directive.xhtml?code=" + code);
        assertThat(text("directive-code")).isEqualTo(code);
        assertThat(browser.findElement(By.id("letter-open")).isDisplayed()).isTrue();
        assertNoHorizontalScroll();
        screenshot("86-directive-phone");
    }

    private void assertOperatorsAsTheApi(JsonObject figures) {
        List<JsonObject> operators = objects(figures, "operators");
        assertThat(browser.findElements(By.cssSelector("#operators tbody tr"))).hasSize(operators.size());
        for (JsonObject o : operators) {
            WebElement tableRow = browser.findElement(By.cssSelector("#operators tr[data-operator='"
                    + o.getString("operator") + "'][data-technology='" + o.getString("technology") + "']"));
            assertThat(cell(tableRow, "dh-count"))
                    .isEqualTo(count(o.getJsonNumber("count").longValue()));
            assertThat(cell(tableRow, "dh-mean"))
                    .isEqualTo(mean(o.getJsonNumber("meanDownload").doubleValue()));
            assertThat(tableRow.getAttribute("class"))
                    .contains(o.getJsonNumber("meanDownload").doubleValue() >= 45 ? "dh-met" : "dh-under");
        }
    }

    /** The page fits the screen's width: tables scroll inside their own box, not the page. */
    private void assertNoHorizontalScroll() {
        Object overflow = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(((Number) overflow).longValue())
                .as("page wider than the phone by")
                .isLessThanOrEqualTo(0);
    }

    /** The value of the chart's target line, as Chart.js holds it: the dataset drawn as a dashed line. */
    private double targetLineOf(String chart) {
        // PrimeFaces draws a chart once its widget is ready: wait for the chart, not for a time.
        Object value = wait.until(d -> ((JavascriptExecutor) d)
                .executeScript(
                        "const c = window.Chart && Chart.getChart(document.getElementById(arguments[0]));"
                                + "const line = c && c.data.datasets.find(d => d.borderDash);"
                                + "return line ? line.data[0] : null;",
                        chart + "_canvas"));
        return ((Number) value).doubleValue();
    }

    private static JsonObject figures(int period) {
        HttpResponse<String> response =
                get("/api/measurements/figures?directive=" + id + "&period=" + period, tokenOf("tonghop-tttt"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return object(response);
    }

    /** Every sample of the period: the per-place counts add up to it. */
    private static long total(JsonObject figures) {
        return objects(figures, "places").stream()
                .mapToLong(p -> p.getJsonNumber("count").longValue())
                .sum();
    }

    /** A ward's own samples in the current period, counted in the database: credited to it, or measured there uncredited. */
    private static long attributedInPeriod1(String ward) throws SQLException {
        try (Connection db = database();
                PreparedStatement query = db.prepareStatement("select count(*) from dh_sample where measured_at >= ?"
                        + " and measured_at < ? and coalesce(credited_unit, place_code) = ?")) {
            query.setObject(1, firstStart.plusMonths(1));
            query.setObject(2, firstStart.plusMonths(2));
            query.setString(3, ward);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static List<JsonObject> objects(JsonObject figures, String name) {
        return figures.getJsonArray(name).stream().map(JsonValue::asJsonObject).toList();
    }

    /** "1.234", as the pages write counts. */
    private static String count(long value) {
        return NumberFormat.getIntegerInstance(VI).format(value);
    }

    /** "52,1", as the pages write speeds. */
    private static String mean(double value) {
        return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(VI)).format(value);
    }

    private WebElement rowOf(String table, String attribute, String value) {
        return browser.findElement(By.cssSelector("#" + table + " tr[" + attribute + "='" + value + "']"));
    }

    private static String cell(WebElement row, String cssClass) {
        return row.findElement(By.className(cssClass)).getText().strip();
    }

    private String text(String elementId) {
        return browser.findElement(By.id(elementId)).getText().strip();
    }

    private void open(String path) {
        browser.get(BASE_URL + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("dh-main")));
    }

    private void signIn(String user) {
        browser.get(BASE_URL + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox-title")));
    }

    /** Signs out from the page's link, confirming at Keycloak where it asks. */
    private void signOut() {
        browser.findElement(By.linkText("Đăng xuất")).click();
        wait.until(d -> !d.findElements(By.id("kc-logout")).isEmpty()
                || !d.findElements(By.id("username")).isEmpty());
        if (!browser.findElements(By.id("kc-logout")).isEmpty()) {
            browser.findElement(By.id("kc-logout")).click();
        }
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        // The whole page, not only the window: set the window to the page's height for the shot.
        Dimension window = browser.manage().window().getSize();
        Object height = ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
        browser.manage()
                .window()
                .setSize(new Dimension(window.getWidth(), Math.min(6000, ((Number) height).intValue() + 140)));
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(window);
    }
}
