package vn.dieuhanh.system;

import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A wait for what a page will show, that keeps looking while the page changes under it.
 *
 * <p>Two things happen between an action and what it leads to, and neither is a failure: PrimeFaces
 * replaces the elements an ajax answer updates (a read of one is stale: look again), and a form's
 * answer redirects to another page. Since Chromium 13x, chromedriver answers a command that is in
 * flight while the page navigates with the error "aborted by navigation" (a plain
 * {@link WebDriverException}, no subclass to ignore); CI once failed on it waiting for the inbox's
 * sentence after a form redirected there. Here both mean "not yet"; any other error still fails at
 * once.
 */
final class PageWait extends WebDriverWait {

    PageWait(WebDriver driver, Duration timeout) {
        super(driver, timeout);
        ignoring(StaleElementReferenceException.class);
    }

    @Override
    public <V> V until(Function<? super WebDriver, V> condition) {
        return super.until(driver -> {
            try {
                return condition.apply(driver);
            } catch (WebDriverException e) {
                if (abortedByNavigation(e)) {
                    return null;
                }
                throw e;
            }
        });
    }

    /** chromedriver's error code for a command cut short by the page navigating. */
    static boolean abortedByNavigation(WebDriverException e) {
        String message = e.getMessage();
        return message != null && message.contains("aborted by navigation");
    }
}
