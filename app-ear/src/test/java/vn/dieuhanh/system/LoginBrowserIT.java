package vn.dieuhanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dieuhanh.system.SystemUnderTest.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An official opens the application in a real Chromium, signs in at Keycloak and lands on the inbox. */
class LoginBrowserIT {

    private Browser session;
    private WebDriver browser;

    @BeforeAll
    static void ready() {
        awaitReady();
    }

    @BeforeEach
    void openBrowser() {
        session = Browser.open();
        browser = session.driver;
    }

    @AfterEach
    void closeBrowser() {
        if (session != null) {
            session.close();
        }
    }

    /** Signs out from the page's link, confirming at Keycloak where it asks. */
    private void signOut(WebDriverWait wait) {
        session.signOut();
    }

    /** Opens the application, is sent to Keycloak, signs in and waits for the inbox. */
    private void signIn(WebDriverWait wait, String user) {
        session.signIn(user);
    }

    @Test
    void theRecordsClerkSignsInAndLandsOnTheInboxWithTheWaitingDocument() {
        String subject = "Công văn chờ vào sổ " + UUID.randomUUID();
        var received = post("/api/incoming-documents/receipts", tokenOf("vanthu"), "{\"subject\":\"" + subject + "\"}");
        assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
        String processInstanceId = object(received).getString("processInstanceId");

        var wait = new PageWait(browser, Duration.ofSeconds(30));
        browser.get(BASE_URL + "/");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).startsWith(KEYCLOAK_URL + "/realms/haiphong/");
        browser.findElement(By.id("username")).sendKeys("vanthu");
        browser.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        browser.findElement(By.id("kc-login")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox-title")));
        assertThat(browser.getCurrentUrl()).startsWith(BASE_URL);
        assertThat(browser.findElement(By.id("inbox-title")).getText()).isEqualTo("Hộp công việc");
        // The position by name, as the person reads it: no role or unit codes.
        assertThat(browser.findElement(By.id("inbox-positions")).getText())
                .contains("Văn thư, Bộ phận Văn thư")
                .doesNotContain("records-clerk", "VP-VT", "[");
        // The page names its icon, and the icon is there (it was a 404 on every page).
        String icon = browser.findElement(By.cssSelector("link[rel='icon']")).getAttribute("href");
        Object iconStatus = ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')))"
                                + ".catch(e => done(String(e)));",
                        icon);
        assertThat(String.valueOf(iconStatus)).startsWith("200 image/svg");
        String rows = browser.findElement(By.id("inbox:tasks")).getText();
        assertThat(rows).contains("Vào sổ văn bản đến").contains(subject);
        assertThat(browser.findElements(By.className("dh-reference")))
                .as("the received document is in the inbox")
                .anySatisfy(cell -> assertThat(cell.getText()).startsWith("DEN-"));
        assertThat(processInstanceId).isNotBlank();
    }

    @Test
    void aWrongPasswordStaysAtTheLoginWithAMessage() {
        var wait = new PageWait(browser, Duration.ofSeconds(30));
        browser.get(BASE_URL + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));

        browser.findElement(By.id("username")).sendKeys("vanthu");
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        browser.findElement(By.id("kc-login")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("input-error-username")));
        assertThat(browser.getCurrentUrl()).startsWith(KEYCLOAK_URL);
        assertThat(browser.findElements(By.id("inbox-title"))).isEmpty();
    }

    @Test
    void signingOutEndsTheKeycloakSessionToo() {
        var wait = new PageWait(browser, Duration.ofSeconds(30));
        signIn(wait, "lanhdao");

        signOut(wait);

        // Back at the application, which sends a stranger to the login again: no silent sign-in.
        browser.get(BASE_URL + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).startsWith(KEYCLOAK_URL + "/realms/haiphong/");
        assertThat(browser.findElements(By.id("inbox-title"))).isEmpty();
    }

    /** The open registration task of this receipt as the API reports it (its assignee included). */
    private static jakarta.json.JsonObject registrationTask(String processInstanceId) {
        return object(get("/api/incoming-documents/receipts/" + processInstanceId, tokenOf("vanthu")))
                .getJsonArray("openTasks")
                .getJsonObject(0);
    }

    @Test
    void aForgedFormPostTakesNoTaskWhileTheRealButtonDoes() {
        String subject = "Công văn thử nhận việc " + UUID.randomUUID();
        var received = post("/api/incoming-documents/receipts", tokenOf("vanthu"), "{\"subject\":\"" + subject + "\"}");
        assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
        String processInstanceId = object(received).getString("processInstanceId");

        var wait = new PageWait(browser, Duration.ofSeconds(30));
        signIn(wait, "vanthu");
        var row =
                browser.findElement(By.xpath("//tr[.//*[contains(@class,'dh-subject') and text()='" + subject + "']]"));
        String button = row.findElement(By.className("dh-claim")).getAttribute("id");

        // Another site makes the signed-in browser post the form: same cookies, no genuine view state.
        String cookies = browser.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        // Those cookies do sign the request in: a forged post would be acted on, if not for the view state.
        var signedIn = send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(BASE_URL + "/inbox.xhtml"))
                .header("Cookie", cookies)
                .GET()
                .build());
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.body()).contains("inbox-title").contains(subject);
        for (String viewState : new String[] {"forged-view-state", null}) {
            String form = "inbox=inbox&" + enc(button) + "=" + enc(button)
                    + (viewState == null ? "" : "&jakarta.faces.ViewState=" + enc(viewState));
            var forged = send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(BASE_URL + "/inbox.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", cookies)
                    .header("Origin", "http://evil.example")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form))
                    .build());
            assertThat(forged.statusCode())
                    .as("reached the page, not the login")
                    .isNotEqualTo(302);
            assertThat(forged.body()).doesNotContain("Đã nhận việc");
            assertThat(registrationTask(processInstanceId).containsKey("assignee"))
                    .as("the forged post took nothing (view state %s)", viewState)
                    .isFalse();
        }

        // The official's own click does.
        browser.findElement(By.id(button)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox:messages"), "Đã nhận việc"));
        assertThat(registrationTask(processInstanceId).getString("assignee")).isEqualTo("vanthu");
    }

    @Test
    void theDicOfficerImportsASampleFileOnThePageAndSeesTheRefusedRows() throws Exception {
        String p = "PAGE-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String yesterday = java.time.OffsetDateTime.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                .minusDays(1)
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .toString();
        Path file = Files.createTempFile("ispeed-", ".csv");
        Files.writeString(
                file,
                "sample_id,measured_at,operator,technology,download_mbps,upload_mbps,ping_ms,jitter_ms,place_code,"
                        + "credited_unit\n"
                        + p + "1," + yesterday + ",Viettel,4G,61.5,12,21,3,PHUONG-GIAVIEN,\n"
                        + p + "2," + yesterday + ",MobiFone,4G,-3,1,20,3,PHUONG-GIAVIEN,\n");
        var wait = new PageWait(browser, Duration.ofSeconds(30));
        signIn(wait, "tonghop-tttt");
        browser.get(BASE_URL + "/measurements.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-title")));
        browser.findElement(By.id("upload:file")).sendKeys(file.toString());
        browser.findElement(By.id("upload:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rows-stored")));
        assertThat(browser.findElement(By.id("rows-read")).getText()).isEqualTo("2");
        assertThat(browser.findElement(By.id("rows-stored")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("rows-refused")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("problems")).getText())
                .contains("download_mbps")
                .contains("-3");
        assertThat(browser.findElements(By.id("errors:download"))).hasSize(1);

        // Someone without the role sees the page refuse, and nothing to upload with.
        signOut(wait);
        signIn(wait, "chuyenvien");
        browser.get(BASE_URL + "/measurements.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("not-allowed")));
        assertThat(browser.findElements(By.id("upload:file"))).isEmpty();
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
