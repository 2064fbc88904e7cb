package vn.dieuhanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dieuhanh.system.SystemUnderTest.*;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.openqa.selenium.By;

/**
 * A page session does not outlive its person's standing: disabled, or a position taken away, and
 * the next page within a minute says the session has ended. People are made for each test (not
 * demo people, whom other tests use).
 */
class SessionsEndBrowserIT {

    /** The bound: a change reaches every open page within a minute. */
    private static final Duration WITHIN = Duration.ofSeconds(60);

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

    /** A new person holding these positions (group paths), with the demo password. */
    private static String person(RealmResource realm, String prefix, List<String> positions) {
        String username = prefix + "-" + System.nanoTime();
        var person = new UserRepresentation();
        person.setUsername(username);
        person.setFirstName("Thử");
        person.setLastName("Người");
        person.setEmail(username + "@test.haiphong.gov.vn");
        person.setEmailVerified(true);
        person.setEnabled(true);
        var password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(DEMO_PASSWORD);
        password.setTemporary(false);
        person.setCredentials(List.of(password));
        try (var response = realm.users().create(person)) {
            assertThat(response.getStatus()).isEqualTo(201);
        }
        String id = realm.users().searchByUsername(username, true).get(0).getId();
        positions.forEach(path ->
                realm.users().get(id).joinGroup(realm.getGroupByPath(path).getId()));
        return username;
    }

    private static String idOf(RealmResource realm, String username) {
        return realm.users().searchByUsername(username, true).get(0).getId();
    }

    /** Opens the inbox again and again until the session-ended page shows, or the time is up. */
    private boolean sessionEndsWithin(Duration limit) {
        return eventually(limit, () -> {
            session.driver.get(BASE_URL + "/inbox.xhtml");
            return !session.driver.findElements(By.id("session-ended")).isEmpty();
        });
    }

    @Test
    void aDisabledPersonsPageSessionEndsWithinAMinute() {
        try (Keycloak keycloak = keycloakAdmin()) {
            RealmResource realm = keycloak.realm(REALM);
            String username = person(realm, "khoa", List.of("/UBND-HP/SO-XD/unit-officer"));
            session.signIn(username);

            UserRepresentation disabled =
                    realm.users().get(idOf(realm, username)).toRepresentation();
            disabled.setEnabled(false);
            realm.users().get(disabled.getId()).update(disabled);

            assertThat(sessionEndsWithin(WITHIN))
                    .as("the session-ended page within a minute")
                    .isTrue();
            assertThat(session.driver.getPageSource()).contains("Phiên làm việc đã kết thúc");
            // Signing in again leads to Keycloak, which refuses a disabled account: no inbox.
            session.driver.findElement(By.id("sign-in-again")).click();
            session.wait.until(d -> !d.findElements(By.id("username")).isEmpty()
                    || d.getPageSource().contains("disabled")
                    || d.getPageSource().contains("vô hiệu"));
            assertThat(session.driver.findElements(By.id("inbox-title"))).isEmpty();
        }
    }

    @Test
    void aPositionTakenAwayEndsTheSessionAndTheNextOneHasOnlyWhatIsLeft() {
        try (Keycloak keycloak = keycloakAdmin()) {
            RealmResource realm = keycloak.realm(REALM);
            String username =
                    person(realm, "dieuchuyen", List.of("/UBND-HP/SO-XD/unit-officer", "/UBND-HP/SO-GTVT/unit-head"));
            // The first page of a session asks where its person stands: in standing, pages go on,
            // and as head of SO-GTVT they may grant a delegation there.
            session.signIn(username);
            session.driver.get(BASE_URL + "/delegations.xhtml");
            assertThat(session.driver.findElements(By.id("session-ended"))).isEmpty();
            assertThat(session.driver.findElements(By.id("grant"))).isNotEmpty();

            realm.users()
                    .get(idOf(realm, username))
                    .leaveGroup(
                            realm.getGroupByPath("/UBND-HP/SO-GTVT/unit-head").getId());

            assertThat(sessionEndsWithin(WITHIN))
                    .as("the session-ended page within a minute")
                    .isTrue();
            // Keycloak's own session goes on: signing in again gives a session with the position left.
            session.driver.findElement(By.id("sign-in-again")).click();
            session.wait.until(d -> !d.findElements(By.id("inbox-title")).isEmpty()
                    || !d.findElements(By.id("username")).isEmpty());
            if (!session.driver.findElements(By.id("username")).isEmpty()) {
                session.signIn(username);
            }
            assertThat(session.driver.findElements(By.id("inbox-title"))).isNotEmpty();
            // The new session is an officer's only: nothing left to delegate.
            session.driver.get(BASE_URL + "/delegations.xhtml");
            session.wait.until(d -> !d.findElements(By.id("delegations-title")).isEmpty());
            assertThat(session.driver.findElements(By.id("session-ended"))).isEmpty();
            assertThat(session.driver.findElements(By.id("grant"))).isEmpty();
        }
    }

    @Test
    void signedOutAtKeycloakByAnAdministratorEndsThePageSessionAtOnce() {
        try (Keycloak keycloak = keycloakAdmin()) {
            RealmResource realm = keycloak.realm(REALM);
            String username = person(realm, "dangxuat", List.of("/UBND-HP/SO-XD/unit-officer"));
            session.signIn(username);

            // Keycloak tells the application at once (back-channel logout): the next page is
            // Keycloak's sign-in, not the inbox that the page session would otherwise go on showing.
            realm.users().get(idOf(realm, username)).logout();
            assertThat(eventually(Duration.ofSeconds(10), () -> {
                        session.driver.get(BASE_URL + "/inbox.xhtml");
                        return !session.driver.findElements(By.id("username")).isEmpty();
                    }))
                    .as("Keycloak's sign-in page after the administrator signed the person out")
                    .isTrue();
        }
    }
}
