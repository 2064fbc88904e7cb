package vn.dieuhanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dieuhanh.system.SystemUnderTest.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keycloak.admin.client.Keycloak;
import vn.dieuhanh.identity.control.OrgChart;
import vn.dieuhanh.identity.control.ProvisionOrgChart;

/**
 * The org chart file applied to the real Keycloak the build started: a second run changes
 * nothing, a changed file changes only what changed, and nothing outside the file is touched.
 */
class ProvisioningIT {

    private static final Path DEMO_CHART =
            Path.of(System.getProperty("it.orgchart", "src/main/orgchart/haiphong-2024.yaml"));

    @TempDir
    Path dir;

    @BeforeAll
    static void ready() {
        awaitReady();
    }

    @AfterEach
    void restoreTheDemoChart() throws IOException {
        ProvisionOrgChart.apply(KEYCLOAK_URL, OrgChart.read(DEMO_CHART), "demo");
    }

    @Test
    void applyingTheSameChartAgainChangesNothing() throws IOException {
        assertThat(ProvisionOrgChart.apply(KEYCLOAK_URL, OrgChart.read(DEMO_CHART), "demo"))
                .isEmpty();
    }

    @Test
    void aChangedChartChangesOnlyWhatChanged() throws IOException {
        String text = Files.readString(DEMO_CHART, StandardCharsets.UTF_8);
        String changed = text.replace("name: \"Sở Du lịch\"", "name: \"Sở Du lịch thành phố Hải Phòng\"")
                .replaceFirst("(username: \"canbo-so-dl\"(?:\\n.*){3}\\n\\s+unit: )\"SO-DL\"", "$1\"SO-VHTT\"");
        assertThat(changed).isNotEqualTo(text).contains("Sở Du lịch thành phố Hải Phòng");
        Path file = dir.resolve("chart.yaml");
        Files.writeString(file, changed, StandardCharsets.UTF_8);

        List<String> changes = ProvisionOrgChart.apply(KEYCLOAK_URL, OrgChart.read(file), "demo");

        assertThat(changes)
                .containsExactlyInAnyOrder(
                        "unit updated: /UBND-HP/SO-DL",
                        "canbo-so-dl left /UBND-HP/SO-DL/unit-officer",
                        "canbo-so-dl joined SO-VHTT/unit-officer");
        try (Keycloak keycloak = keycloakAdmin()) {
            var realm = keycloak.realm("haiphong");
            assertThat(realm.getGroupByPath("/UBND-HP/SO-DL").getDescription())
                    .isEqualTo("Sở Du lịch thành phố Hải Phòng");
            String id =
                    realm.users().searchByUsername("canbo-so-dl", true).get(0).getId();
            assertThat(realm.users().get(id).groups())
                    .extracting(g -> g.getPath())
                    .containsExactly("/UBND-HP/SO-VHTT/unit-officer");
        }
        assertThat(ProvisionOrgChart.apply(KEYCLOAK_URL, OrgChart.read(file), "demo"))
                .as("and then nothing more")
                .isEmpty();
    }

    @Test
    void whatTheChartDoesNotNameIsLeftAlone() throws IOException {
        try (Keycloak keycloak = keycloakAdmin()) {
            var realm = keycloak.realm("haiphong");
            var outsider = new org.keycloak.representations.idm.UserRepresentation();
            outsider.setUsername("ngoai-so-do-" + System.nanoTime());
            outsider.setEnabled(true);
            try (var response = realm.users().create(outsider)) {
                assertThat(response.getStatus()).isEqualTo(201);
            }

            assertThat(ProvisionOrgChart.apply(KEYCLOAK_URL, OrgChart.read(DEMO_CHART), "demo"))
                    .isEmpty();
            assertThat(realm.users().searchByUsername(outsider.getUsername(), true))
                    .hasSize(1);
        }
    }

    @Test
    void aPersonHoldsEachPositionAsAGroupThatCarriesItsRoleAndNoRoleDirectly() {
        try (Keycloak keycloak = keycloakAdmin()) {
            var realm = keycloak.realm("haiphong");
            var user = realm.users()
                    .get(realm.users()
                            .searchByUsername("kiemnhiem", true)
                            .get(0)
                            .getId());
            assertThat(user.groups())
                    .extracting(g -> g.getPath())
                    .containsExactlyInAnyOrder(
                            "/UBND-HP/SO-KHCN/unit-officer/Chuyên viên",
                            "/UBND-HP/SO-TC/unit-head/Phó Giám đốc phụ trách");
            assertThat(user.roles().realmLevel().listAll())
                    .extracting(r -> r.getName())
                    .doesNotContain("unit-head", "unit-officer");
            assertThat(user.roles().realmLevel().listEffective())
                    .extracting(r -> r.getName())
                    .contains("unit-head", "unit-officer");
            assertThat(realm.groups()
                            .group(realm.getGroupByPath("/UBND-HP/SO-TC/unit-head")
                                    .getId())
                            .roles()
                            .realmLevel()
                            .listAll())
                    .extracting(r -> r.getName())
                    .containsExactly("unit-head");
        }
    }

    @Test
    void someoneInTheEarlierFormIsMovedIntoTheirPositions() throws IOException {
        String username = "cu-" + System.nanoTime();
        try (Keycloak keycloak = keycloakAdmin()) {
            var realm = keycloak.realm("haiphong");
            var person = new org.keycloak.representations.idm.UserRepresentation();
            person.setUsername(username);
            person.setEnabled(true);
            String id;
            try (var response = realm.users().create(person)) {
                assertThat(response.getStatus()).isEqualTo(201);
                String location = response.getLocation().getPath();
                id = location.substring(location.lastIndexOf('/') + 1);
            }
            var user = realm.users().get(id);
            // The earlier form: a member of the unit's group, the role given to the person directly.
            user.joinGroup(realm.getGroupByPath("/UBND-HP/SO-NGV").getId());
            user.roles()
                    .realmLevel()
                    .add(List.of(realm.roles().get("unit-officer").toRepresentation()));

            String chart = Files.readString(DEMO_CHART, StandardCharsets.UTF_8)
                    + """
                      - username: "%s"
                        firstName: "Cũ"
                        lastName: "Người"
                        email: "%s@demo.haiphong.gov.vn"
                        unit: "SO-NGV"
                        roles:
                          - "unit-officer"
                        title: "Chuyên viên chính"
                    """
                            .formatted(username, username);
            Path file = dir.resolve("migrate.yaml");
            Files.writeString(file, chart, StandardCharsets.UTF_8);

            assertThat(ProvisionOrgChart.apply(KEYCLOAK_URL, OrgChart.read(file), "demo"))
                    .contains(
                            "roles held directly taken from " + username + ": unit-officer",
                            username + " left /UBND-HP/SO-NGV",
                            username + " joined SO-NGV/unit-officer/Chuyên viên chính");
            assertThat(user.groups())
                    .extracting(g -> g.getPath())
                    .containsExactly("/UBND-HP/SO-NGV/unit-officer/Chuyên viên chính");
            assertThat(user.roles().realmLevel().listEffective())
                    .extracting(r -> r.getName())
                    .contains("unit-officer");
            assertThat(ProvisionOrgChart.apply(KEYCLOAK_URL, OrgChart.read(file), "demo"))
                    .as("and then nothing more")
                    .isEmpty();
            user.remove();
        }
    }
}
