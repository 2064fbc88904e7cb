package vn.dieuhanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dieuhanh.system.SystemUnderTest.*;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The head of Science grants a delegation on the page, as a person does: the deputy picked by
 * name, a step ticked, a reason; it is listed in force, by names and step names, not codes, and
 * ended with a click. A form without a step is refused with the choices kept.
 */
class DelegationBrowserIT {

    @BeforeAll
    static void ready() {
        awaitReady();
    }

    private static WebElement newestRow(Browser b) {
        return b.wait.until(d -> d.findElements(By.cssSelector("tr.dh-delegation")).stream()
                .filter(r -> r.findElements(By.cssSelector(".dh-deputy[data-username='kiemnhiem']"))
                                .size()
                        == 1)
                .filter(r -> !r.findElements(By.cssSelector(".dh-end")).isEmpty())
                .findFirst()
                .orElse(null));
    }

    @Test
    void aHeadDelegatesOnThePageAndEndsIt() {
        try (Browser b = Browser.open()) {
            b.signIn("thutruong-so-khcn");
            b.click("nav-delegations");
            b.byId("delegations-title");

            new Select(b.byId("grant:deputy")).selectByVisibleText("Trịnh Văn Quang");
            b.type("grant:reason", "Nghỉ phép năm");
            b.press("grant:submit");
            b.awaitText("delegations-messages", "Chọn các bước");
            assertThat(new Select(b.byId("grant:deputy"))
                            .getFirstSelectedOption()
                            .getText())
                    .as("kept")
                    .isEqualTo("Trịnh Văn Quang");

            b.driver
                    .findElement(By.cssSelector("input[name='grant:steps'][value='approveUnitReport']"))
                    .click();
            b.press("grant:submit");
            b.awaitText("delegations-messages", "Đã ủy quyền cho Trịnh Văn Quang");
            WebElement row = newestRow(b);
            assertThat(row.getText()).contains("Duyệt, ký báo cáo", "Đang hiệu lực", "Trịnh Văn Quang");
            assertThat(row.getText()).doesNotContain("approveUnitReport", "SO-KHCN");
            b.screenshot("60-delegation-granted");

            row.findElement(By.cssSelector(".dh-end")).click();
            b.awaitText("delegations-messages", "Đã chấm dứt ủy quyền");
        }
        assertThat(Cases.count(
                        "select count(*) from dh_delegation where grantor = 'thutruong-so-khcn' and deputy = ?"
                                + " and reason = 'Nghỉ phép năm' and ended_at is null",
                        "kiemnhiem"))
                .as("none left in force")
                .isZero();
    }
}
