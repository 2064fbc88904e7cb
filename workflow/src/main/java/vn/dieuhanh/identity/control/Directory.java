package vn.dieuhanh.identity.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The org chart as Keycloak holds it, asked when a step needs it (which units a unit may forward
 * to), never copied into our database where it could drift. Answers are kept a short while:
 * a reorganisation reaches the application within {@link #TTL}.
 *
 * <p>Reads Keycloak's admin REST API as the application's own service account (client
 * credentials of the web client, with the realm-management roles query-groups and view-users).
 */
@ApplicationScoped
public class Directory {

    static final Duration TTL = Duration.ofSeconds(60);

    @Inject
    @ConfigProperty(name = "dieuhanh.oidc.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "dieuhanh.oidc.client-id", defaultValue = "dieuhanh-web")
    String clientId;

    @Inject
    @ConfigProperty(name = "dieuhanh.oidc.client-secret")
    String clientSecret;

    private final Client http = ClientBuilder.newBuilder()
            .connectTimeout(3, TimeUnit.SECONDS)
            .readTimeout(5, TimeUnit.SECONDS)
            .build();
    private final Map<String, Cached<Set<String>>> subUnits = new ConcurrentHashMap<>();
    private volatile Cached<String> token;

    private record Cached<T>(T value, Instant until) {
        boolean fresh() {
            return Instant.now().isBefore(until);
        }
    }

    /** The codes of the units directly below this one in the org chart (a district's communes). */
    public Set<String> subUnitsOf(String unitCode) {
        Cached<Set<String>> cached = subUnits.get(unitCode);
        if (cached != null && cached.fresh()) {
            return cached.value();
        }
        Set<String> codes = groupId(unitCode)
                .map(id -> admin("groups/" + id + "/children")
                        .queryParam("briefRepresentation", true)
                        .queryParam("max", 10_000)
                        .request(MediaType.APPLICATION_JSON)
                        .header("Authorization", "Bearer " + token())
                        .get(JsonArray.class)
                        .stream()
                        .map(group -> group.asJsonObject().getString("name"))
                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
        subUnits.put(unitCode, new Cached<>(codes, Instant.now().plus(TTL)));
        return codes;
    }

    /** Units are groups named by their code; the search answers the path down to the match. */
    private Optional<String> groupId(String unitCode) {
        JsonArray found = admin("groups")
                .queryParam("search", unitCode)
                .queryParam("exact", true)
                .request(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + token())
                .get(JsonArray.class);
        return find(found, unitCode);
    }

    private static Optional<String> find(JsonArray groups, String name) {
        for (JsonValue value : groups) {
            JsonObject group = value.asJsonObject();
            if (name.equals(group.getString("name"))) {
                return Optional.of(group.getString("id"));
            }
            Optional<String> below =
                    group.containsKey("subGroups") ? find(group.getJsonArray("subGroups"), name) : Optional.empty();
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
    }

    private jakarta.ws.rs.client.WebTarget admin(String path) {
        return http.target(issuer.replace("/realms/", "/admin/realms/")).path(path);
    }

    private String token() {
        Cached<String> current = token;
        if (current != null && current.fresh()) {
            return current.value();
        }
        JsonObject answer = http.target(issuer)
                .path("protocol/openid-connect/token")
                .request(MediaType.APPLICATION_JSON)
                .post(
                        Entity.form(new Form()
                                .param("grant_type", "client_credentials")
                                .param("client_id", clientId)
                                .param("client_secret", clientSecret)),
                        JsonObject.class);
        // Renewed a little before it expires, so a call never carries an expired token.
        long seconds = Math.max(5, answer.getInt("expires_in", 60) - 10);
        token = new Cached<>(answer.getString("access_token"), Instant.now().plusSeconds(seconds));
        return token.value();
    }

    @PreDestroy
    void close() {
        http.close();
    }
}
