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
                        "canbo-so-dl left /UBND-HP/SO-DL",
                        "canbo-so-dl joined SO-VHTT");
        try (Keycloak keycloak = keycloakAdmin()) {
            var realm = keycloak.realm("haiphong");
            assertThat(realm.getGroupByPath("/UBND-HP/SO-DL").getDescription())
                    .isEqualTo("Sở Du lịch thành phố Hải Phòng");
            String id =
                    realm.users().searchByUsername("canbo-so-dl", true).get(0).getId();
            assertThat(realm.users().get(id).groups())
                    .extracting(g -> g.getPath())
                    .containsExactly("/UBND-HP/SO-VHTT");
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
}
