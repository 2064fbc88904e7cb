package vn.dieuhanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dieuhanh.system.SystemUnderTest.*;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.RoleRepresentation;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The administrator's org chart page against the real Keycloak: the unit tree, a unit's people and
 * roles, a role given and taken away, each written to Keycloak and to the audit trail; a refused
 * change; and nobody else opens the page.
 */
class OrgChartBrowserIT {

    private static final String ADMIN = "quantri";
    private static final String UNIT = "XA-TAMHUNG";
    private static final String PERSON = "canbo-xa-tamhung";
    private static final String ROLE = "unit-head";

    @BeforeAll
    static void ready() {
        awaitReady();
    }

    private static List<String> realmRolesOf(String username) {
        try (Keycloak keycloak = keycloakAdmin()) {
            var realm = keycloak.realm(REALM);
            String id = realm.users().searchByUsername(username, true).get(0).getId();
            // Roles come with positions (groups below the unit): the effective ones are what a token carries.
            return realm.users().get(id).roles().realmLevel().listEffective().stream()
                    .map(RoleRepresentation::getName)
                    .toList();
        }
    }

    private static List<String> positionsOf(String username) {
        try (Keycloak keycloak = keycloakAdmin()) {
            var realm = keycloak.realm(REALM);
            String id = realm.users().searchByUsername(username, true).get(0).getId();
            return realm.users().get(id).groups().stream().map(g -> g.getPath()).toList();
        }
    }

    /** Whatever happened in the test, the demo chart's person keeps only their own role. */
    @AfterEach
    void restore() {
        try (Keycloak keycloak = keycloakAdmin()) {
            var realm = keycloak.realm(REALM);
            String id = realm.users().searchByUsername(PERSON, true).get(0).getId();
            var user = realm.users().get(id);
            user.groups().stream()
                    .filter(g -> g.getPath().endsWith("/" + UNIT + "/" + ROLE))
                    .forEach(g -> user.leaveGroup(g.getId()));
        }
    }

    private static WebElement row(Browser b) {
        return b.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tr[.//span[@data-username='" + PERSON + "']]")));
    }

    @Test
    void anAdministratorGivesARoleAndTakesItAwayInKeycloak() {
        assertThat(realmRolesOf(PERSON)).contains("unit-officer").doesNotContain(ROLE);
        try (Browser b = Browser.open()) {
            b.signIn(ADMIN);
            b.click("nav-orgchart");
            b.byId("orgchart-title");
            assertThat(b.driver
                            .findElements(By.cssSelector("#units li[data-unit]"))
                            .size())
                    .as("every unit of the demo chart")
                    .isGreaterThanOrEqualTo(45);
            b.driver
                    .findElement(By.cssSelector("li[data-unit='" + UNIT + "'] a"))
                    .click();
            b.wait.until(ExpectedConditions.urlContains("unit=" + UNIT));
            assertThat(row(b).getText()).contains("unit-officer");
            b.screenshot("50-orgchart-unit");

            // No role chosen: said, nothing written.
            row(b).findElement(By.cssSelector(".dh-grant")).click();
            b.awaitText("orgchart-messages", "Chọn vai trò để gán");
            assertThat(realmRolesOf(PERSON)).doesNotContain(ROLE);

            new Select(row(b).findElement(By.cssSelector("select.dh-role-choice"))).selectByValue(ROLE);
            row(b).findElement(By.cssSelector(".dh-grant")).click();
            b.awaitText("orgchart-messages", "Đã gán vai trò " + ROLE);
            assertThat(realmRolesOf(PERSON)).as("written to Keycloak").contains(ROLE, "unit-officer");
            assertThat(positionsOf(PERSON))
                    .as("as a position in this unit")
                    .anyMatch(path -> path.endsWith("/" + UNIT + "/" + ROLE));
            assertThat(row(b).findElements(By.cssSelector(".dh-role[data-role='" + ROLE + "']")))
                    .hasSize(1);
            b.screenshot("51-orgchart-role-given");

            row(b).findElement(By.cssSelector(".dh-role[data-role='" + ROLE + "'] .dh-revoke"))
                    .click();
            b.awaitText("orgchart-messages", "Đã bỏ vai trò " + ROLE);
            assertThat(realmRolesOf(PERSON)).contains("unit-officer").doesNotContain(ROLE);
        }
        assertThat(Cases.count(
                        "select count(*) from dh_audit_entry where kind in ('ROLE_GRANTED', 'ROLE_REVOKED')"
                                + " and actor = 'quantri' and unit_code = 'XA-TAMHUNG' and detail like ?",
                        "%" + ROLE + "%(" + PERSON + ")%"))
                .as("both changes in the audit trail")
                .isEqualTo(2);
    }

    @Test
    void nobodyButAnAdministratorOpensThePage() {
        try (Browser b = Browser.open()) {
            b.signIn("vanthu");
            assertThat(b.driver.findElements(By.id("nav-orgchart"))).isEmpty();
            b.driver.get(BASE_URL + "/orgchart.xhtml?unit=" + UNIT);
            assertThat(b.driver.findElements(By.id("orgchart-title"))).isEmpty();
            assertThat(b.driver.getPageSource()).doesNotContain(PERSON);
        }
        assertThat(realmRolesOf(PERSON)).doesNotContain(ROLE);
    }
}
