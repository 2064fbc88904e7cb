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
 * and out at Keycloak as a demo official, opening task pages, clicking PrimeFaces controls,
 * saving screenshots as build artifacts under {@code target/screenshots}. The one browser helper
 * of the tests; the steps of a directive on top of it are {@link OfficePages} and {@link UnitPages}.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of(System.getProperty("it.screenshots", "target/screenshots"));

    final WebDriver driver;
    final WebDriverWait wait;
    /** Who is signed in now (null: no one, or not known). */
    private String signedIn;
    /** Set by {@link #numberScreenshots}: screenshots are then named run-NN-name, in the order taken. */
    private String run;

    private int shots;

    private Browser(WebDriver driver) {
        this.driver = driver;
        // What a page shows is awaited through the page's changes (ajax updates, redirects).
        this.wait = new PageWait(driver, Duration.ofSeconds(60));
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
        signedIn = user;
    }

    /** Signs out from the page's link, confirming at Keycloak where it asks. */
    void signOut() {
        signedIn = null;
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

    /**
     * This person at the browser, on their inbox: signed in already, or the next one after a
     * browser left without cookies (no session left, the application's or Keycloak's). Signing out
     * through Keycloak's pages is LoginBrowserIT's subject; repeated many times in one browser,
     * Keycloak at times answers "Logout failed" to a confirmation in flight.
     */
    void as(String user) {
        if (user.equals(signedIn)) {
            driver.get(BASE_URL + "/inbox.xhtml");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox-title")));
            return;
        }
        if (signedIn != null) {
            ((ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
        }
        signIn(user);
        if (run != null) {
            screenshot("inbox-" + user);
        }
    }

    /** The next person at the browser. */
    void switchTo(String user) {
        as(user);
    }

    /** From the inbox, opens the task by its link (the inbox must list it) and waits for its page. */
    void openFromInbox(String user, String taskId) {
        as(user);
        By link = By.cssSelector("a.dh-task-link[href*='task=" + taskId + "']");
        wait.until(ExpectedConditions.elementToBeClickable(link));
        driver.findElement(link).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("task-title")));
    }

    /** A task's own page, as the inbox links it. */
    void openTask(String stepKey, String taskId) {
        driver.get(BASE_URL + "/tasks/" + stepKey + ".xhtml?task=" + taskId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("task-title")));
    }

    WebElement byCss(String selector) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(selector)));
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

    /** The sentence the inbox shows after an action. */
    String inboxMessage() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox-title")));
        return driver.findElement(By.id("inbox:messages")).getText();
    }

    void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    /**
     * Clicks a form's button the way a person does after filling the form: an overlay still open
     * over it (a date picker's calendar that Escape did not close) is closed first, as a click
     * elsewhere on the page would.
     */
    void press(String id) {
        for (int attempt = 1; ; attempt++) {
            try {
                wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
                return;
            } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
                if (attempt == 3) {
                    throw covered;
                }
                // A click elsewhere (the page's heading) closes PrimeFaces' overlays; failing that,
                // their own client API.
                driver.findElements(By.tagName("h1")).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .ifPresent(WebElement::click);
                script("Object.values(PrimeFaces.widgets).forEach(function (w) {"
                        + " if (w && w.panel && w.hide) { try { w.hide(); } catch (e) {} } });"
                        + " document.querySelectorAll('.ui-datepicker-panel, .ui-datepicker.ui-overlay-visible')"
                        + ".forEach(function (e) { e.style.display = 'none'; });");
            }
        }
    }

    /** A PrimeFaces radio or checkbox, by the value of its hidden input: its label is what a person clicks. */
    void choose(String groupId, String value) {
        WebElement input = driver.findElement(By.cssSelector("input[name='" + groupId + "'][value='" + value + "']"));
        driver.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']"))
                .click();
    }

    /** A PrimeFaces drop-down: opens it and picks the item whose label contains the text. */
    void pick(String menuId, String labelPart) {
        By panel = By.id(menuId + "_panel");
        By item = By.xpath(
                "//li[contains(@class,'ui-selectonemenu-item') and contains(@data-label, '" + labelPart + "')]");
        click(menuId);
        wait.until(ExpectedConditions.elementToBeClickable(item));
        // A click that lands while the panel is still opening is lost: click until it closes.
        for (int attempt = 0; attempt < 5; attempt++) {
            if (!driver.findElement(panel).isDisplayed()) {
                break;
            }
            driver.findElement(item).click();
            try {
                new PageWait(driver, Duration.ofSeconds(2))
                        .until(ExpectedConditions.invisibilityOfElementLocated(panel));
            } catch (org.openqa.selenium.TimeoutException stillOpen) {
                // clicked during the opening animation: click the item again
            }
        }
        wait.until(ExpectedConditions.invisibilityOfElementLocated(panel));
    }

    /** Clicks a button guarded by a confirmation dialog, then the dialog's "yes". */
    void clickAndConfirm(String buttonId) {
        click(buttonId);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                .click();
    }

    /**
     * Types into a PrimeFaces date picker's field as a person does (select what it holds, delete,
     * type) and closes its calendar panel with Escape: the panel would otherwise lie over
     * the fields and buttons below. (Selenium's clear() does not reach the picker, which puts its
     * value back; typed after it, the text would be appended.) The field must then show the text.
     */
    void typeDate(String inputId, String value) {
        WebElement field = byId(inputId);
        if (field.getAttribute("value").isEmpty()) {
            field.sendKeys(value);
        } else {
            field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), value);
        }
        field.sendKeys(org.openqa.selenium.Keys.ESCAPE);
        try {
            new PageWait(driver, Duration.ofSeconds(3))
                    .until(ExpectedConditions.invisibilityOfElementLocated(
                            By.id(inputId.replaceFirst("_input$", "_panel"))));
        } catch (org.openqa.selenium.TimeoutException e) {
            // Escape does not always reach it: the picker's own client API closes it.
            script(
                    "var id = arguments[0]; Object.values(PrimeFaces.widgets)"
                            + ".filter(function (w) { return w && w.id === id && w.hide; })"
                            + ".forEach(function (w) { w.hide(); });",
                    inputId.replaceFirst("_input$", ""));
            wait.until(
                    ExpectedConditions.invisibilityOfElementLocated(By.id(inputId.replaceFirst("_input$", "_panel"))));
        }
        String shown = byId(inputId).getAttribute("value");
        if (!value.equals(shown)) {
            // Recorded, not hidden: the picker did not take the keystrokes; the field gets the text
            // itself, which is what the form sends and the server parses.
            System.err.println("Date picker " + inputId + " shows '" + shown + "' after typing '" + value
                    + "'; the text is put in the field.");
            script("arguments[0].value = arguments[1];", byId(inputId), value);
        }
        org.assertj.core.api.Assertions.assertThat(byId(inputId).getAttribute("value"))
                .as("what the date picker shows")
                .isEqualTo(value);
    }

    /** Types into a field, replacing what it held. */
    void type(String id, String value) {
        WebElement field = byId(id);
        field.clear();
        field.sendKeys(value);
    }

    /** Types into the report page's field for a target (its {@code data-target} attribute). */
    void typeValue(String targetCode, String value) {
        WebElement field = driver.findElement(By.cssSelector("input[data-target='" + targetCode + "']"));
        field.clear();
        field.sendKeys(value);
    }

    /** Types into the report page's field for a target of any kind that is typed (a number or a text). */
    void typeTarget(String targetCode, String value) {
        WebElement field = driver.findElement(
                By.cssSelector("input[data-target='" + targetCode + "'], textarea[data-target='" + targetCode + "']"));
        field.clear();
        field.sendKeys(value);
    }

    /**
     * From now on screenshots are named {@code run-NN-name}, numbered in the order they are taken,
     * so that a whole flow reads in order in target/screenshots; each new person's inbox is saved too.
     */
    void numberScreenshots(String run) {
        this.run = run;
        this.shots = 0;
    }

    /** Saves what the window shows now as target/screenshots/&lt;name&gt;.png (numbered, if so set). */
    void screenshot(String name) {
        save(run == null ? name : String.format(java.util.Locale.ROOT, "%s-%02d-%s", run, ++shots, name));
    }

    private void save(String file) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot =
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(file + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A screenshot at a phone's width (390 px), checked to need no sideways scrolling, then back to the desktop size. */
    void phoneScreenshot(String name) {
        org.openqa.selenium.Dimension desktop = driver.manage().window().getSize();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 1600));
        try {
            org.assertj.core.api.Assertions.assertThat((Long) script("return document.documentElement.scrollWidth"))
                    .as("nothing wider than the phone's screen but what scrolls inside the page")
                    .isLessThanOrEqualTo(420L);
            screenshot(name);
        } finally {
            driver.manage().window().setSize(desktop);
        }
    }

    /** What the browser showed when a test went wrong (screenshot and page), for whoever reads the build's artifacts. */
    void saveFailure(String name) {
        try {
            save(name);
            Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            // The failure itself is what the test reports.
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
