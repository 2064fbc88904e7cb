package vn.dieuhanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dieuhanh.system.SystemUnderTest.*;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The deployed server is whole: ready with all three dependencies, behind Keycloak, described. */
class FoundationIT {

    @BeforeAll
    static void ready() {
        awaitReady();
    }

    @Test
    void readinessReportsDatabaseEngineAndKeycloakUp() {
        HttpResponse<String> response = get("/health/ready", null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject health = object(response);
        assertThat(health.getString("status")).isEqualTo("UP");
        Map<String, String> checks = health.getJsonArray("checks").stream()
                .map(JsonObject.class::cast)
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
        assertThat(checks)
                .containsEntry("database", "UP")
                .containsEntry("engine", "UP")
                .containsEntry("keycloak", "UP");
    }

    @Test
    void theHomePageSendsAStrangerToTheKeycloakLoginOfTheRealm() {
        HttpResponse<String> response = get("/", null);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .startsWith(KEYCLOAK_URL + "/realms/haiphong/protocol/openid-connect/auth")
                .contains("client_id=dieuhanh-web")
                .contains("code_challenge_method=S256"));
    }

    @Test
    void theApiRefusesARequestWithoutToken() {
        HttpResponse<String> response = get("/api/incoming-documents/receipts/none", null);

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void theApiRefusesAForgedToken() {
        String genuine = tokenOf("vanthu");
        String[] parts = genuine.split("\\.");
        // Same header and signature, a payload that claims more: the signature no longer matches.
        String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 4) + "AAAA" + "." + parts[2];

        assertThat(get("/api/incoming-documents/receipts/none", forged).statusCode())
                .isEqualTo(401);
    }

    @Test
    void theApiIsDescribedInOpenApi() {
        HttpResponse<String> response = get("/openapi", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/incoming-documents");
    }
}
