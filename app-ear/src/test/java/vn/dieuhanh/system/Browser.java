package vn.dieuhanh.system;

import static vn.dieuhanh.system.SystemUnderTest.BASE_URL;
import static vn.dieuhanh.system.SystemUnderTest.DEMO_PASSWORD;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's, with its chromedriver) for the browser tests: signing in
 * and out at Keycloak as a demo official, opening task pages, saving screenshots as build
 * artifacts under {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of(System.getProperty("it.screenshots", "target/screenshots"));

    final WebDriver driver;
    final WebDriverWait wait;

    private Browser(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    /** A desktop-sized window. */
    static Browser open() {
        return open(1280, 900);
    }

    static Browser open(int width, int height) {
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"));
        try {
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--lang=vi",
                    "--window-size=" + width + "," + height,
                    "--user-data-dir=" + Files.createTempDirectory("chromium-it"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (width < 600) {
            // A desktop window cannot be made this narrow; a phone's screen is emulated instead.
            options.setExperimentalOption(
                    "mobileEmulation",
                    java.util.Map.of(
                            "deviceMetrics", java.util.Map.of("width", width, "height", height, "pixelRatio", 1.0)));
        }
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("it.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        return new Browser(new ChromeDriver(service, options));
    }

    /** Opens the application, is sent to Keycloak, signs in and waits for the inbox. */
    void signIn(String user) {
        driver.get(BASE_URL + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox-title")));
    }

    /** Signs out from the page's link, confirming at Keycloak where it asks. */
    void signOut() {
        driver.findElement(By.linkText("Đăng xuất")).click();
        // Keycloak asks to confirm a sign-out that names only the client.
        wait.until(d -> !d.findElements(By.id("kc-logout")).isEmpty()
                || !d.findElements(By.id("username")).isEmpty());
        if (!driver.findElements(By.id("kc-logout")).isEmpty()) {
            WebElement confirm = driver.findElement(By.id("kc-logout"));
            confirm.click();
            // Keycloak ends its session before it answers the confirmation: once that page is gone
            // the session is over. Going on earlier cuts the request short and the next visit finds
            // the old session still signed in.
            wait.until(ExpectedConditions.stalenessOf(confirm));
        }
    }

    /** Signs the current person out and the next one in. */
    void switchTo(String user) {
        driver.get(BASE_URL + "/inbox.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox-title")));
        signOut();
        signIn(user);
    }

    /** A task's own page, as the inbox links it. */
    void openTask(String stepKey, String taskId) {
        driver.get(BASE_URL + "/tasks/" + stepKey + ".xhtml?task=" + taskId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("task-title")));
    }

    WebElement byId(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    String text(String id) {
        return byId(id).getText();
    }

    /** Waits until the element with this id shows this text. */
    void awaitText(String id, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    /** Types into a field, replacing what it held. */
    void type(String id, String value) {
        WebElement field = byId(id);
        field.clear();
        field.sendKeys(value);
    }

    /** Saves what the window shows now as target/screenshots/&lt;name&gt;.png. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot =
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the page's script fetches from this address: status and content type ("200 application/pdf"). */
    String fetch(String url) {
        Object answer = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'same-origin'})"
                                + ".then(r => done(r.status + ' ' + r.headers.get('content-type')))"
                                + ".catch(e => done('error ' + e));",
                        url);
        return String.valueOf(answer);
    }

    Object script(String script, Object... args) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script, args);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
