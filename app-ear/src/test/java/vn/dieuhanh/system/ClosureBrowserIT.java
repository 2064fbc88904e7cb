package vn.dieuhanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dieuhanh.system.Cases.*;
import static vn.dieuhanh.system.SystemUnderTest.*;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The city leader ends a directive before its end date on its page; nobody else is offered to. */
class ClosureBrowserIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @BeforeAll
    static void ready() {
        awaitReady();
    }

    private static String status(String id) {
        return object(get("/api/directives/" + id, tokenOf("lanhdao"))).getString("status");
    }

    @Test
    void theLeaderClosesADirectiveWithAReasonAfterConfirming() {
        String code = "CLOSE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String id = issuedDirective(code, List.of("SO-YTE"), Cycle.monthly(OffsetDateTime.now(ZONE), 3));
        assertThat(status(id)).isEqualTo("IN_FORCE");

        try (Browser b = Browser.open()) {
            // A unit head of a recipient reads the directive but is offered no closing.
            b.signIn("thutruong-yte");
            b.driver.get(BASE_URL + "/directive.xhtml?code=" + code);
            b.byId("directive-title");
            assertThat(b.driver.findElements(By.id("closure-heading"))).isEmpty();

            b.switchTo("lanhdao");
            b.driver.get(BASE_URL + "/directive.xhtml?code=" + code);
            b.byId("closure-heading");
            // No reason: refused beside the field, nothing closed.
            b.byId("closure:close").click();
            b.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                    .click();
            b.awaitText("closure", "Cần nêu lý do kết thúc");
            assertThat(status(id)).isEqualTo("IN_FORCE");

            b.type("closure:reason", "Bộ đã có chỉ đạo mới thay thế; dừng thu thập số liệu.");
            b.screenshot("70-directive-closure");
            b.byId("closure:close").click();
            b.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                    .click();
            b.awaitText("closure", "Đã kết thúc văn bản chỉ đạo");
            b.wait.until(d -> "CLOSED".equals(status(id)));
            // Reloaded, the page says so and offers no second closing.
            b.driver.get(BASE_URL + "/directive.xhtml?code=" + code);
            assertThat(b.text("directive-status")).isEqualTo("Đã kết thúc");
            assertThat(b.driver.findElements(By.id("closure-heading"))).isEmpty();
        }
    }
}
