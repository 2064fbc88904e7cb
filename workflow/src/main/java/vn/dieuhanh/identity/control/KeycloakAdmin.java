package vn.dieuhanh.identity.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keycloak's admin REST API as the application's own service account: the confidential client
 * {@code dieuhanh-directory}, whose only roles are realm-management query-groups, query-users,
 * view-users, and manage-users for the administrator's position changes on the org chart page. The
 * sign-in client {@code dieuhanh-web} has no service account, so whoever learns its secret cannot
 * administer anyone. Answers are Keycloak's own representations; what they mean to the application
 * is the directory's business ({@code identity.boundary.Directory}).
 */
@ApplicationScoped
public class KeycloakAdmin {

    @Inject
    @ConfigProperty(name = "dieuhanh.oidc.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "dieuhanh.directory.client-id", defaultValue = "dieuhanh-directory")
    String clientId;

    /** From the environment (DIRECTORY_CLIENT_SECRET) or the secrets file, never the repository. */
    @Inject
    @ConfigProperty(name = "dieuhanh.directory.client-secret")
    String clientSecret;

    private final Client http = ClientBuilder.newBuilder()
            .connectTimeout(3, TimeUnit.SECONDS)
            .readTimeout(5, TimeUnit.SECONDS)
            .build();

    private record Token(String value, Instant until) {}

    private volatile Token token;

    /** The top-level groups, with their attributes and sub-group counts. */
    public List<JsonObject> topGroups() {
        return list(admin("groups").queryParam("briefRepresentation", false).queryParam("max", 10_000));
    }

    /** The groups directly below a group; brief leaves out their attributes and descriptions. */
    public List<JsonObject> children(String groupId, boolean brief) {
        return list(admin("groups/" + groupId + "/children")
                .queryParam("briefRepresentation", brief)
                .queryParam("max", 10_000));
    }

    /** The direct members of a group, as Keycloak represents users. */
    public List<JsonObject> members(Optional<String> groupId) {
        return groupId.map(id -> list(admin("groups/" + id + "/members")
                        .queryParam("briefRepresentation", true)
                        .queryParam("max", 1_000)))
                .orElse(List.of());
    }

    /** The directory's record of a person, by user name (Keycloak keeps user names in lower case). */
    public Optional<JsonObject> user(String username) {
        return list(admin("users").queryParam("username", username).queryParam("exact", true)).stream()
                .filter(candidate -> username.equalsIgnoreCase(candidate.getString("username", "")))
                .findFirst();
    }

    /** The groups a user is a member of, with their paths. */
    public List<JsonObject> groupsOf(String userId) {
        return list(admin("users/" + userId + "/groups").queryParam("max", 1000));
    }

    /**
     * The groups named exactly so, as the search answers them: the path down to each match, as
     * nested sub-groups; brief leaves out attributes and descriptions.
     */
    public JsonArray search(String name, boolean brief) {
        return request(admin("groups")
                        .queryParam("search", name)
                        .queryParam("exact", true)
                        .queryParam("briefRepresentation", brief))
                .get(JsonArray.class);
    }

    /** Units are groups named by their code; the search answers the path down to the match. */
    public Optional<String> groupId(String unitCode) {
        return find(
                request(admin("groups").queryParam("search", unitCode).queryParam("exact", true))
                        .get(JsonArray.class),
                unitCode);
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

    /** Makes a position's group below a unit's, carrying the realm role of that name; its id. */
    public String createPosition(String unitId, String role) {
        var body = Entity.json(Json.createObjectBuilder()
                .add("name", role)
                .add(
                        "attributes",
                        Json.createObjectBuilder()
                                .add("kind", Json.createArrayBuilder().add("position")))
                .build());
        String id;
        try (var answer = request(admin("groups/" + unitId + "/children")).post(body)) {
            if (answer.getStatus() != 201) {
                throw new IllegalStateException(
                        "Keycloak answered " + answer.getStatus() + " to a new position " + role);
            }
            String location = answer.getLocation().getPath();
            id = location.substring(location.lastIndexOf('/') + 1);
        }
        JsonObject representation = request(admin("roles/" + role)).get(JsonObject.class);
        try (var answer = request(admin("groups/" + id + "/role-mappings/realm"))
                .post(Entity.json(Json.createArrayBuilder()
                        .add(Json.createObjectBuilder()
                                .add("id", representation.getString("id"))
                                .add("name", representation.getString("name")))
                        .build()))) {
            if (answer.getStatus() >= 300) {
                throw new IllegalStateException("Keycloak answered " + answer.getStatus() + " to the role of " + role);
            }
        }
        return id;
    }

    /** Makes a user a member of a group, or not. */
    public void membership(String userId, String groupId, boolean member) {
        var request =
                admin("users/" + userId + "/groups/" + groupId).request().header("Authorization", "Bearer " + token());
        try (var answer = member ? request.put(Entity.json("{}")) : request.delete()) {
            // Leaving a group one is not in answers 404 in some versions: nothing to undo.
            if (answer.getStatus() >= 300 && answer.getStatus() != 404) {
                throw new IllegalStateException("Keycloak answered " + answer.getStatus() + " to a membership change");
            }
        }
    }

    private List<JsonObject> list(WebTarget target) {
        return request(target).get(JsonArray.class).stream()
                .map(JsonValue::asJsonObject)
                .toList();
    }

    private jakarta.ws.rs.client.Invocation.Builder request(WebTarget target) {
        return target.request(MediaType.APPLICATION_JSON).header("Authorization", "Bearer " + token());
    }

    private WebTarget admin(String path) {
        return http.target(issuer.replace("/realms/", "/admin/realms/")).path(path);
    }

    private String token() {
        Token current = token;
        if (current != null && Instant.now().isBefore(current.until())) {
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
        Token renewed =
                new Token(answer.getString("access_token"), Instant.now().plusSeconds(seconds));
        token = renewed;
        return renewed.value();
    }

    @PreDestroy
    void close() {
        http.close();
    }
}
