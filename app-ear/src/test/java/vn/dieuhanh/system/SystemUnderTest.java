package vn.dieuhanh.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * The deployed application as a client sees it: its URL, the identity server that issues its
 * users' tokens, and its database for checks that must look behind the API.
 */
final class SystemUnderTest {

    static final String BASE_URL = System.getProperty("it.base.url", "http://localhost:9181");
    static final String KEYCLOAK_URL = System.getProperty("it.keycloak.url", "http://localhost:8281");
    static final String REALM = "haiphong";
    static final String DEMO_PASSWORD = "demo";

    /** HTTP/1.1, as a browser speaks to an http:// address (and as the server is configured). */
    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** Tokens by user, with when they were obtained: the realm's access tokens live 5 minutes. */
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    /** Reused for at most this long, well inside the realm's 300 s, since the suite runs longer. */
    private static final java.time.Duration TOKEN_REUSE = java.time.Duration.ofSeconds(200);

    private record Token(String value, java.time.Instant obtained) {
        boolean fresh() {
            return java.time.Instant.now().isBefore(obtained.plus(TOKEN_REUSE));
        }
    }

    private static volatile boolean ready;

    private SystemUnderTest() {}

    /** Waits until the application reports ready: Liberty, the engine, the database and Keycloak. */
    static void awaitReady() {
        if (ready) {
            return;
        }
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> response = get("/health/ready", null);
                if (response.statusCode() == 200) {
                    ready = true;
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (Exception e) {
                last = e.toString();
            }
            sleep(Duration.ofSeconds(2));
        }
        throw new IllegalStateException("The application did not become ready: " + last);
    }

    /** An access token of a demo user, from Keycloak's token endpoint (password grant, demo client). */
    static String tokenOf(String username) {
        return TOKENS.compute(
                        username,
                        (user, token) -> token != null && token.fresh()
                                ? token
                                : new Token(requestToken(user), java.time.Instant.now()))
                .value();
    }

    private static String requestToken(String username) {
        return freshToken(username, "dieuhanh-cli");
    }

    /** A new access token of a demo user from one of the demo realm's script clients. */
    static String freshToken(String username, String client) {
        String form = Map.of(
                        "grant_type", "password",
                        "client_id", client,
                        "username", username,
                        "password", DEMO_PASSWORD,
                        "scope", "openid")
                .entrySet()
                .stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(
                        URI.create(KEYCLOAK_URL + "/realms/" + REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response = send(request);
        assertThat(response.statusCode())
                .as("token for %s: %s", username, response.body())
                .isEqualTo(200);
        return json(response.body()).asJsonObject().getString("access_token");
    }

    static HttpResponse<String> get(String path, String token) {
        var builder = HttpRequest.newBuilder(URI.create(BASE_URL + path)).GET();
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return send(builder.build());
    }

    static HttpResponse<String> post(String path, String token, String json) {
        var builder = HttpRequest.newBuilder(URI.create(BASE_URL + path))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return send(builder.build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        }
    }

    static HttpResponse<byte[]> sendBytes(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        }
    }

    static JsonStructure json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }

    static JsonObject object(HttpResponse<String> response) {
        return json(response.body()).asJsonObject();
    }

    /** Keycloak's admin client as the bootstrap administrator of the test server (master realm). */
    static org.keycloak.admin.client.Keycloak keycloakAdmin() {
        return org.keycloak.admin.client.KeycloakBuilder.builder()
                .serverUrl(KEYCLOAK_URL)
                .realm("master")
                .clientId("admin-cli")
                .username("admin")
                .password(vn.dieuhanh.identity.control.ProvisionOrgChart.adminPassword())
                .build();
    }

    static Connection database() throws SQLException {
        return DriverManager.getConnection(
                System.getProperty("it.db.url", "jdbc:postgresql://127.0.0.1:5432/dieuhanh_it"),
                System.getProperty("it.db.user", "postgres"),
                "");
    }

    /** Polls a condition until it holds or the time is up; for effects of timers, not for timing. */
    static boolean eventually(Duration limit, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            sleep(Duration.ofMillis(500));
        }
        return condition.getAsBoolean();
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
