package vn.dieuhanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dieuhanh.system.SystemUnderTest.*;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deployment gives each part only what it needs: the sign-in client's secret administers no
 * one, the application's directory account holds its four realm-management roles and nothing
 * more, and no secret or well-known password is in the repository or the running Keycloak.
 */
class LeastPrivilegeIT {

    private static final Path KEYCLOAK_HOME = Path.of(System.getProperty("it.keycloak.home", "target/keycloak-it"));
    private static final Path PROJECT = Path.of(System.getProperty("it.orgchart", "src/main/orgchart/x.yaml"))
            .toAbsolutePath()
            .getParent()
            .getParent();

    @BeforeAll
    static void ready() {
        awaitReady();
    }

    private static Map<String, String> secrets() throws IOException {
        Map<String, String> values = new HashMap<>();
        for (String line : Files.readAllLines(KEYCLOAK_HOME.resolve("secrets.env"))) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                values.put(line.substring(0, equals), line.substring(equals + 1).strip());
            }
        }
        return values;
    }

    private static HttpResponse<String> tokenRequest(String realm, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(
                HttpRequest.newBuilder(URI.create(KEYCLOAK_URL + "/realms/" + realm + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
    }

    private static JsonObject payload(String token) {
        String[] parts = token.split("\\.");
        return json(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8))
                .asJsonObject();
    }

    private static Set<String> strings(JsonObject object, String key) {
        if (object == null || !object.containsKey(key)) {
            return Set.of();
        }
        return object.getJsonArray(key).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .collect(Collectors.toSet());
    }

    @Test
    void theSignInClientsCredentialsGetNoToken() throws IOException {
        String secret = secrets().get("OIDC_CLIENT_SECRET");
        assertThat(secret).hasSizeGreaterThanOrEqualTo(24);
        HttpResponse<String> answer = tokenRequest(
                REALM,
                Map.of("grant_type", "client_credentials", "client_id", "dieuhanh-web", "client_secret", secret));
        assertThat(answer.statusCode()).as(answer.body()).isIn(400, 401);
        assertThat(answer.body()).doesNotContain("access_token");
        // The secret itself is right: a wrong one is refused as a wrong client, not as a grant the
        // client may not use. So the refusal above is the missing service account.
        HttpResponse<String> wrong = tokenRequest(
                REALM,
                Map.of("grant_type", "client_credentials", "client_id", "dieuhanh-web", "client_secret", "wrong"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(object(answer).getString("error_description", ""))
                .isNotEqualTo(object(wrong).getString("error_description", ""))
                .containsIgnoringCase("service account");
    }

    @Test
    void theDirectoryAccountHoldsItsFourRolesAndCannotAdministerTheRealm() throws IOException {
        HttpResponse<String> answer = tokenRequest(
                REALM,
                Map.of(
                        "grant_type", "client_credentials",
                        "client_id", "dieuhanh-directory",
                        "client_secret", secrets().get("DIRECTORY_CLIENT_SECRET")));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        String token = object(answer).getString("access_token");
        JsonObject claims = payload(token);
        JsonObject access = claims.getJsonObject("resource_access");
        assertThat(access.keySet()).containsOnly("realm-management");
        assertThat(strings(access.getJsonObject("realm-management"), "roles"))
                .containsExactlyInAnyOrder("query-groups", "query-users", "view-users", "manage-users");
        // No role of the application: the account acts for no official.
        assertThat(strings(claims.getJsonObject("realm_access"), "roles"))
                .doesNotContain("admin", "unit-head", "unit-officer", "auditor", "city-leader", "chief-of-office");

        // What it may do: read the org chart. What it may not: clients, realm settings, roles, the
        // master realm.
        assertThat(admin("GET", "/admin/realms/haiphong/groups?max=1", token, null))
                .isEqualTo(200);
        assertThat(admin("GET", "/admin/realms/haiphong/clients", token, null)).isEqualTo(403);
        assertThat(admin("PUT", "/admin/realms/haiphong", token, "{\"registrationAllowed\":true}"))
                .isEqualTo(403);
        assertThat(admin("POST", "/admin/realms/haiphong/roles", token, "{\"name\":\"chiem-quyen\"}"))
                .isEqualTo(403);
        assertThat(admin("GET", "/admin/realms/master/users", token, null)).isIn(401, 403);
    }

    private static int admin(String method, String path, String token, String body) {
        return send(HttpRequest.newBuilder(URI.create(KEYCLOAK_URL + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .method(
                                method,
                                body == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(body))
                        .build())
                .statusCode();
    }

    @Test
    void noSecretIsInTheRepositoryAndTheGeneratedOnesAreKeptPrivate() throws IOException {
        String realm = Files.readString(PROJECT.resolve("keycloak/haiphong-realm.json"));
        assertThat(realm)
                .contains("\"secret\": \"${DIEUHANH_WEB_SECRET}\"", "\"secret\": \"${DIEUHANH_DIRECTORY_SECRET}\"")
                .doesNotContain("dieuhanh-demo-secret");
        String server = Files.readString(PROJECT.resolve("liberty/config/server.xml"));
        assertThat(server).doesNotContainPattern("(?i)secret\"\\s+(default)?[vV]alue=\"[^$]");

        Path file = KEYCLOAK_HOME.resolve("secrets.env");
        assertThat(Files.getPosixFilePermissions(file))
                .containsOnly(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        Map<String, String> secrets = secrets();
        assertThat(secrets.keySet())
                .containsExactlyInAnyOrder("KEYCLOAK_ADMIN_PASSWORD", "OIDC_CLIENT_SECRET", "DIRECTORY_CLIENT_SECRET");
        assertThat(Set.copyOf(secrets.values())).hasSize(3);

        // Keycloak's administrator has the generated password, not the well-known one.
        HttpResponse<String> wellKnown = tokenRequest(
                "master",
                Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"));
        assertThat(wellKnown.statusCode()).as(wellKnown.body()).isIn(400, 401);
        assertThat(object(wellKnown).getString("error")).isEqualTo("invalid_grant");
        HttpResponse<String> generated = tokenRequest(
                "master",
                Map.of(
                        "grant_type", "password",
                        "client_id", "admin-cli",
                        "username", "admin",
                        "password", secrets.get("KEYCLOAK_ADMIN_PASSWORD")));
        assertThat(generated.statusCode()).as(generated.body()).isEqualTo(200);
    }
}
