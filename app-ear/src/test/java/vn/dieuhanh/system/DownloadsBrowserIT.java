package vn.dieuhanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dieuhanh.system.Cases.*;
import static vn.dieuhanh.system.SystemUnderTest.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Downloads from where the person stands: the links of a page, followed with the page's session
 * (the links failed with the API's 401 when they pointed at /api, which takes bearer tokens only).
 */
class DownloadsBrowserIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private Browser session;

    @BeforeAll
    static void ready() {
        awaitReady();
    }

    @BeforeEach
    void openBrowser() {
        session = Browser.open();
    }

    @AfterEach
    void closeBrowser() {
        if (session != null) {
            session.close();
        }
    }

    /**
     * What the browser gets for this link of the page, with the page's cookies and nothing more:
     * status, content type, and the first bytes as text.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> follow(String linkId) {
        String href = session.driver.findElement(By.id(linkId)).getAttribute("href");
        assertThat(href).doesNotContain("/api/");
        return (Map<String, Object>) ((JavascriptExecutor) session.driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'same-origin', redirect: 'manual'})"
                                + ".then(r => r.text().then(t => done({status: r.status,"
                                + " type: r.headers.get('content-type') || '', disposition:"
                                + " r.headers.get('content-disposition') || '', text: t.substring(0, 4000)})))"
                                + ".catch(e => done({status: -1, type: '', disposition: '', text: String(e)}));",
                        href);
    }

    private static java.util.Optional<Path> savedCsv(Path dir) {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".csv")).findFirst();
        } catch (java.io.IOException e) {
            return java.util.Optional.empty();
        }
    }

    @Test
    void theAuditorsExportsOpenFromTheAuditPage() throws Exception {
        String code = "TAI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String id = issuedDirective(code, List.of("SO-XD"), Cycle.monthly(OffsetDateTime.now(ZONE), 1));

        session.signIn("thanhtra");
        session.driver.get(BASE_URL + "/audit.xhtml?directive=" + code);
        session.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("trail")));

        Map<String, Object> csv = follow("export-csv");
        assertThat(csv.get("status")).as(csv.toString()).isEqualTo(200L);
        assertThat((String) csv.get("type")).startsWith("text/csv");
        assertThat((String) csv.get("text")).contains("directive_id", id);

        Map<String, Object> json = follow("export-json");
        assertThat(json.get("status")).as(json.toString()).isEqualTo(200L);
        assertThat((String) json.get("type")).startsWith("application/json");
        assertThat((String) json.get("text")).contains("\"events\"");

        Map<String, Object> pdf = follow("export-pdf");
        assertThat(pdf.get("status")).as(pdf.toString()).isEqualTo(200L);
        assertThat((String) pdf.get("type")).startsWith("application/pdf");
        assertThat((String) pdf.get("text")).startsWith("%PDF-");

        // Clicked as a person would: the browser saves the file, and it is the trail.
        Path downloads = Files.createTempDirectory("downloads-");
        ((ChromeDriver) session.driver)
                .executeCdpCommand(
                        "Browser.setDownloadBehavior",
                        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        session.driver.findElement(By.id("export-csv")).click();
        assertThat(eventually(Duration.ofSeconds(30), () -> savedCsv(downloads).isPresent()))
                .as("the CSV saved by the browser")
                .isTrue();
        assertThat(Files.readString(savedCsv(downloads).orElseThrow())).contains("directive_id", id);

        // The downloads path reads only: a POST with the page's session is refused.
        @SuppressWarnings("unchecked")
        Map<String, Object> post = (Map<String, Object>) ((JavascriptExecutor) session.driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {method: 'POST', credentials: 'same-origin',"
                                + " headers: {'Content-Type': 'application/json'}, body: '{}'})"
                                + ".then(r => done({status: r.status})).catch(e => done({status: -1}));",
                        BASE_URL + "/downloads/measurements/imports");
        assertThat(post.get("status")).isEqualTo(405L);
        // Nothing of the API but the downloads: the directives' list is not reachable this way.
        @SuppressWarnings("unchecked")
        Map<String, Object> other = (Map<String, Object>) ((JavascriptExecutor) session.driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'same-origin'})"
                                + ".then(r => done({status: r.status})).catch(e => done({status: -1}));",
                        BASE_URL + "/downloads/directives");
        assertThat(other.get("status")).isEqualTo(404L);
    }

    @Test
    void theRefusedRowsOfAnImportDownloadFromTheImportPage() throws Exception {
        String p = "TAI-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String yesterday = OffsetDateTime.now(ZONE)
                .minusDays(1)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        Path file = Files.createTempFile("ispeed-", ".csv");
        Files.writeString(
                file,
                "sample_id,measured_at,operator,technology,download_mbps,upload_mbps,ping_ms,jitter_ms,place_code,"
                        + "credited_unit\n"
                        + p + "1," + yesterday + ",Viettel,4G,61.5,12,21,3,PHUONG-GIAVIEN,\n"
                        + p + "2," + yesterday + ",MobiFone,4G,-7.25,1,20,3,PHUONG-GIAVIEN,\n");
        session.signIn("tonghop-tttt");
        session.driver.get(BASE_URL + "/measurements.xhtml");
        session.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-title")));
        session.driver.findElement(By.id("upload:file")).sendKeys(file.toString());
        session.driver.findElement(By.id("upload:submit")).click();
        session.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rows-refused")));

        Map<String, Object> csv = follow("errors:download");
        assertThat(csv.get("status")).as(csv.toString()).isEqualTo(200L);
        assertThat((String) csv.get("type")).startsWith("text/csv");
        assertThat((String) csv.get("disposition")).contains("attachment");
        // The refused row only, by its row number in the file, with the value and the reason.
        assertThat(((String) csv.get("text")).lines())
                .hasSize(2)
                .last()
                .asString()
                .startsWith("2,download_mbps,")
                .contains("-7.25");
        // The page is still there with its result after the download.
        assertThat(session.driver.findElements(By.id("rows-refused"))).hasSize(1);
    }
}
