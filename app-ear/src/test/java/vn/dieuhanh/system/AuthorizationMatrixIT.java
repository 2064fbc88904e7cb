package vn.dieuhanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dieuhanh.system.SystemUnderTest.*;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may call what. One row per endpoint; the endpoints come from the server's own OpenAPI
 * document, generated from the JAX-RS resources, so a new endpoint without a row fails here. Every
 * role is tried on every endpoint with real tokens: a role without the right gets 403 and nothing
 * changes; a role with it gets past authorization (its dummy request then fails on the data, 4xx).
 */
class AuthorizationMatrixIT {

    private static final String CLERK = "records-clerk",
            LEADER = "city-leader",
            SPECIALIST = "specialist",
            HEAD = "division-head",
            CHIEF = "chief-of-office",
            UNIT_HEAD = "unit-head",
            OFFICER = "unit-officer",
            DIC = "dic-officer",
            DIRECTOR = "dic-director",
            MINISTRY = "ministry-officer",
            AUDITOR = "auditor",
            ADMIN = "admin";

    /** A demo user holding each role (the demo org chart). */
    private static final Map<String, String> USER_WITH = Map.ofEntries(
            Map.entry(CLERK, "vanthu"),
            Map.entry(LEADER, "lanhdao"),
            Map.entry(SPECIALIST, "chuyenvien"),
            Map.entry(HEAD, "truongphong"),
            Map.entry(CHIEF, "chanhvanphong"),
            Map.entry(UNIT_HEAD, "thutruong-yte"),
            Map.entry(OFFICER, "canbo-yte"),
            Map.entry(DIC, "tonghop-tttt"),
            Map.entry(DIRECTOR, "giamdoc-tttt"),
            Map.entry(MINISTRY, "bo-tttt"),
            Map.entry(AUDITOR, "thanhtra"),
            Map.entry(ADMIN, "quantri"));

    private static final Set<String> EVERYONE = USER_WITH.keySet();
    private static final Set<String> DIRECTIVE_READERS =
            Set.of(LEADER, CHIEF, SPECIALIST, HEAD, CLERK, UNIT_HEAD, OFFICER, DIC, DIRECTOR, MINISTRY, AUDITOR);

    /** The matrix: endpoint (method and OpenAPI path) to the roles that may call it. */
    private static final Map<String, Set<String>> MATRIX = new LinkedHashMap<>();

    static {
        MATRIX.put("POST /api/incoming-documents/receipts", Set.of(CLERK));
        MATRIX.put("GET /api/incoming-documents/receipts/{processInstanceId}", Set.of(CLERK, AUDITOR));
        MATRIX.put("POST /api/incoming-documents", Set.of(CLERK));
        MATRIX.put("GET /api/incoming-documents/{id}", Set.of(CLERK, LEADER, AUDITOR));
        MATRIX.put("POST /api/directives", Set.of(LEADER));
        MATRIX.put("GET /api/directive-templates", Set.of(LEADER, CHIEF, SPECIALIST, HEAD, AUDITOR));
        MATRIX.put("GET /api/directives", DIRECTIVE_READERS);
        MATRIX.put("GET /api/directives/{id}", DIRECTIVE_READERS);
        MATRIX.put("POST /api/directives/{id}/draft", Set.of(SPECIALIST));
        MATRIX.put("POST /api/directives/{id}/review", Set.of(HEAD));
        MATRIX.put("POST /api/directives/{id}/signature", Set.of(CHIEF));
        MATRIX.put("POST /api/directives/{id}/issue", Set.of(CLERK));
        // An officer reaches the head's steps only acting for the head (a delegation): past the role
        // check, then refused by the task check unless the task is delegated to them.
        MATRIX.put("POST /api/directives/{id}/units/{unit}/assignment", Set.of(UNIT_HEAD, OFFICER));
        MATRIX.put("POST /api/directives/{id}/units/{unit}/report", Set.of(OFFICER));
        MATRIX.put("POST /api/directives/{id}/units/{unit}/report-approval", Set.of(UNIT_HEAD, OFFICER));
        MATRIX.put("POST /api/directives/{id}/consolidation", Set.of(DIC));
        MATRIX.put("POST /api/directives/{id}/consolidation-reminders", Set.of(DIC));
        MATRIX.put("POST /api/directives/{id}/consolidation-signature", Set.of(DIRECTOR));
        MATRIX.put("POST /api/directives/{id}/acknowledgement", Set.of(MINISTRY));
        MATRIX.put("POST /api/directives/{id}/closure", Set.of(LEADER));
        MATRIX.put("GET /api/tasks", EVERYONE);
        // A head lets a deputy act for them; both see the delegation.
        MATRIX.put("GET /api/delegations", Set.of(UNIT_HEAD, OFFICER));
        MATRIX.put("POST /api/delegations", Set.of(UNIT_HEAD));
        MATRIX.put("POST /api/delegations/{id}/end", Set.of(UNIT_HEAD));
        MATRIX.put("GET /api/documents", DIRECTIVE_READERS);
        MATRIX.put("GET /api/documents/{id}", DIRECTIVE_READERS);
        MATRIX.put("GET /api/documents/{id}/pdf", DIRECTIVE_READERS);
        // Verification is public: signed in or not, any role.
        MATRIX.put("GET /api/verify/{idOrCode}", EVERYONE);
        MATRIX.put("POST /api/verify", EVERYONE);
        MATRIX.put("POST /api/measurements/imports", Set.of(DIC));
        MATRIX.put("GET /api/measurements/imports/{id}", Set.of(DIC, DIRECTOR, AUDITOR));
        MATRIX.put("GET /api/measurements/imports/{id}/errors.csv", Set.of(DIC, DIRECTOR, AUDITOR));
        MATRIX.put("GET /api/measurements/figures", DIRECTIVE_READERS);
        MATRIX.put("POST /api/series/{code}/import", Set.of(DIC));
        // The audit only reads; its official report and the chain's verification are the auditors'.
        MATRIX.put("GET /api/audit/directives/{id}/trail", DIRECTIVE_READERS);
        MATRIX.put("GET /api/audit/directives/{id}/trail.csv", DIRECTIVE_READERS);
        MATRIX.put("GET /api/audit/directives/{id}/trail.json", DIRECTIVE_READERS);
        MATRIX.put("GET /api/audit/directives/{id}/diagram", DIRECTIVE_READERS);
        MATRIX.put("GET /api/audit/directives/{id}/report.pdf", Set.of(AUDITOR));
        MATRIX.put("GET /api/audit/report.pdf", Set.of(AUDITOR));
        MATRIX.put("GET /api/audit/search", DIRECTIVE_READERS);
        MATRIX.put("GET /api/audit/search.csv", DIRECTIVE_READERS);
        MATRIX.put("GET /api/audit/verification", Set.of(AUDITOR));
    }

    @BeforeAll
    static void ready() {
        awaitReady();
    }

    /** Every endpoint the server describes, as "METHOD /path". */
    private static Set<String> endpointsOfTheServer() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(BASE_URL + "/openapi"))
                .header("Accept", "application/json")
                .GET()
                .build());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject paths = json(response.body()).asJsonObject().getJsonObject("paths");
        Set<String> endpoints = new TreeSet<>();
        paths.forEach((path, operations) -> operations.asJsonObject().keySet().stream()
                .filter(method ->
                        Set.of("get", "post", "put", "patch", "delete").contains(method))
                .forEach(method -> endpoints.add(method.toUpperCase() + " " + path)));
        return endpoints;
    }

    @Test
    void everyEndpointHasARowAndEveryRowAnEndpoint() {
        Set<String> endpoints = endpointsOfTheServer();

        assertThat(endpoints)
                .as("endpoints of the API without a row in the matrix")
                .isSubsetOf(MATRIX.keySet());
        assertThat(MATRIX.keySet()).as("rows without an endpoint").isSubsetOf(endpoints);
    }

    private static HttpResponse<String> call(String endpoint, String token) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1)
                .replace("{processInstanceId}", "no-such-case")
                .replace("{id}", "no-such-directive")
                .replace("{idOrCode}", "no-such-document")
                .replace("{unit}", "SO-YTE")
                .replace("{code}", "no-such-series");
        var builder = HttpRequest.newBuilder(URI.create(BASE_URL + path)).header("Authorization", "Bearer " + token);
        if (method.equals("GET")) {
            builder.GET();
        } else {
            // Each endpoint gets the media type it takes, so the answer is about the role, not a 415.
            builder.header(
                            "Content-Type",
                            path.contains("/measurements/imports") || path.endsWith("/import")
                                    ? "text/csv"
                                    : "application/json")
                    .method(
                            method,
                            HttpRequest.BodyPublishers.ofString(
                                    "{\"taskId\":\"no-such-task\",\"approved\":true,\"reason\":\"thử\",\"officer\":\"x\","
                                            + "\"subject\":\"thử quyền\"}",
                                    StandardCharsets.UTF_8));
        }
        return send(builder.build());
    }

    @Test
    void everyRoleOnEveryEndpoint() {
        List<String> wrong = new ArrayList<>();
        MATRIX.forEach((endpoint, allowed) -> {
            for (String role : EVERYONE) {
                int status = call(endpoint, tokenOf(USER_WITH.get(role))).statusCode();
                boolean ok = allowed.contains(role) ? status != 401 && status != 403 : status == 403;
                if (!ok) {
                    wrong.add(endpoint + " as " + role + ": " + status);
                }
            }
        });
        assertThat(wrong).as("answers that break the matrix").isEmpty();
    }

    @Test
    void aForbiddenCallOnARealTaskChangesNothing() {
        HttpResponse<String> received =
                post("/api/incoming-documents/receipts", tokenOf("vanthu"), "{\"subject\":\"Thử phân quyền\"}");
        assertThat(received.statusCode()).isEqualTo(201);
        JsonObject receipt = object(received);
        String body =
                """
                {"taskId":"%s","sender":"Sở Y tế","senderReference":"1/SYT-%s","documentDate":"2024-10-18",
                 "subject":"Thử phân quyền"}"""
                        .formatted(receipt.getString("registrationTaskId"), System.nanoTime());

        for (String role : EVERYONE) {
            if (!role.equals(CLERK)) {
                assertThat(post("/api/incoming-documents", tokenOf(USER_WITH.get(role)), body)
                                .statusCode())
                        .as(role)
                        .isEqualTo(403);
            }
        }

        HttpResponse<String> status =
                get("/api/incoming-documents/receipts/" + receipt.getString("processInstanceId"), tokenOf("thanhtra"));
        assertThat(object(status).getInt("registered")).isZero();
        assertThat(object(status).getJsonArray("openTasks").getJsonObject(0).getString("stepKey"))
                .isEqualTo("registerIncoming");
    }
}
