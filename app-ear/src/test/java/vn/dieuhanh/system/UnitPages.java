package vn.dieuhanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dieuhanh.system.SystemUnderTest.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
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
 * The steps after the issued letter, done in a real Chromium by the people who do them: a unit
 * head assigns or forwards, the officer reports, the head signs, the DIC consolidates and
 * reminds, its director signs, the Ministry acknowledges. Each step is one method that opens the
 * person's task from their inbox, so an end-to-end test that issues the letter through the pages
 * can go on with these.
 */
final class UnitPages implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
    private static final Duration STEP = Duration.ofSeconds(30);

    final WebDriver browser;
    final WebDriverWait wait;
    private String signedIn;

    UnitPages() {
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
                    "--window-size=1280,1800",
                    "--user-data-dir=" + Files.createTempDirectory("chromium-units"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("it.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, STEP);
    }

    @Override
    public void close() {
        browser.quit();
    }

    // ---- the people ----

    /** Signs the current person out (if any) and this one in, landing on their inbox. */
    void as(String user) {
        if (user.equals(signedIn)) {
            browser.get(BASE_URL + "/inbox.xhtml");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox-title")));
            return;
        }
        if (signedIn != null) {
            // Another person at the same browser: no session left, the application's or Keycloak's.
            // (Signing out through Keycloak's pages is LoginBrowserIT's subject; repeated many times in
            // one browser, Keycloak at times answers "Logout failed" to a confirmation in flight.)
            ((ChromeDriver) browser).executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
        }
        browser.get(BASE_URL + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox-title")));
        signedIn = user;
    }

    /** From the inbox, opens the task by its link (the inbox must list it) and waits for its page. */
    void openFromInbox(String user, String taskId) {
        as(user);
        By link = By.cssSelector("a.dh-task-link[href*='task=" + taskId + "']");
        wait.until(ExpectedConditions.elementToBeClickable(link));
        browser.findElement(link).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("task-title")));
    }

    void shot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(
                    SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A screenshot at a phone's width (390 px), then back to the desktop size. */
    void phoneShot(String name) {
        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 1600));
        try {
            assertThat((Long)
                            ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth"))
                    .as("nothing wider than the phone's screen but what scrolls inside the page")
                    .isLessThanOrEqualTo(420L);
            shot(name);
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    /** The sentence the inbox shows after an action. */
    String inboxMessage() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox-title")));
        return text("inbox:messages");
    }

    /** Waits for a message (next to a field or above the form) to contain the text. */
    void awaitText(String id, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        browser.findElement(By.id(id)).click();
    }

    void type(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** A PrimeFaces radio or checkbox, by the value of its hidden input: its label is what a person clicks. */
    void choose(String groupId, String value) {
        WebElement input = browser.findElement(By.cssSelector("input[name='" + groupId + "'][value='" + value + "']"));
        browser.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']"))
                .click();
    }

    /**
     * A PrimeFaces drop-down: opens it and picks the item whose label contains the text. A click
     * that lands while the panel is still opening is lost, so the item is clicked until the panel
     * closes with the choice shown.
     */
    void pick(String menuId, String labelPart) {
        By panel = By.id(menuId + "_panel");
        By item = By.xpath(
                "//li[contains(@class,'ui-selectonemenu-item') and contains(@data-label, '" + labelPart + "')]");
        click(menuId);
        wait.until(ExpectedConditions.elementToBeClickable(item));
        for (int attempt = 0; attempt < 5; attempt++) {
            if (!browser.findElement(panel).isDisplayed()) {
                break;
            }
            browser.findElement(item).click();
            try {
                new WebDriverWait(browser, Duration.ofSeconds(2))
                        .until(ExpectedConditions.invisibilityOfElementLocated(panel));
            } catch (org.openqa.selenium.TimeoutException stillOpen) {
                // Clicked during the opening animation: click the item again.
            }
        }
        wait.until(ExpectedConditions.invisibilityOfElementLocated(panel));
        assertThat(text(menuId + "_label")).contains(labelPart.replace("(", "").replace(")", ""));
    }

    /** Clicks a button guarded by a confirmation dialog, and the dialog's "yes". */
    void clickAndConfirm(String buttonId, String yesId) {
        click(buttonId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(yesId)));
        browser.findElement(By.id(yesId)).click();
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
            type("report:samples_input", samples.toString());
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
    void report(String officer, String taskId, long samples, String note, Path evidence) {
        openReport(officer, taskId);
        fillReport(samples, note, evidence);
        assertThat(inboxMessage()).contains("Đã lập báo cáo kỳ");
    }

    /** The head signs the report with the PIN, confirming in the dialog. */
    void signReport(String head, String taskId, String pin) {
        openFromInbox(head, taskId);
        type("approval:pin", pin);
        clickAndConfirm("approval:approve", "approval:confirm-yes");
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
        return text("task-messages");
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
        clickAndConfirm("signature:approve", "signature:confirm-yes");
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
}
