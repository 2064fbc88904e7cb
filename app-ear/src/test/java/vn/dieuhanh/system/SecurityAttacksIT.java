package vn.dieuhanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dieuhanh.system.Cases.*;
import static vn.dieuhanh.system.SystemUnderTest.*;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import vn.dieuhanh.system.Cases.Cycle;

/** Tokens that must not work, and people who must not act, each refused with nothing changed. */
class SecurityAttacksIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @BeforeAll
    static void ready() {
        awaitReady();
    }

    @Test
    void anExpiredTokenIsRefused() {
        // The test client's tokens live five seconds (demo realm only); the server allows ten
        // seconds of clock skew.
        String token = freshToken("vanthu", "dieuhanh-cli-short");
        assertThat(get("/api/tasks", token).statusCode()).isEqualTo(200);

        assertThat(eventually(
                        Duration.ofSeconds(30), () -> get("/api/tasks", token).statusCode() == 401))
                .as("refused once expired")
                .isTrue();
    }

    @Test
    void aTokenIssuedForAnotherApplicationIsRefused() {
        String token = freshToken("vanthu", "dieuhanh-other");
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(payload).doesNotContain("dieuhanh-web");

        assertThat(get("/api/tasks", token).statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenSignedByNobodyIsRefused() {
        String genuine = tokenOf("vanthu");
        String[] parts = genuine.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"records-clerk\"", "\"auditor\"");
        String forged = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];

        assertThat(get("/api/tasks", forged).statusCode()).isEqualTo(401);
        assertThat(get("/api/tasks", "not-a-token").statusCode()).isEqualTo(401);
    }

    @Test
    void anAuditorChangesNothing() {
        JsonObject receipt = object(post(
                "/api/incoming-documents/receipts",
                tokenOf("vanthu"),
                "{\"subject\":\"Văn bản thử quyền thanh tra\"}"));
        String body =
                """
                {"taskId":"%s","sender":"Sở Y tế","senderReference":"9/SYT-%s","documentDate":"2024-10-18",
                 "subject":"Thử"}"""
                        .formatted(receipt.getString("registrationTaskId"), UUID.randomUUID());

        assertThat(post("/api/incoming-documents", tokenOf("thanhtra"), body).statusCode())
                .isEqualTo(403);
        assertThat(post("/api/incoming-documents/receipts", tokenOf("thanhtra"), "{\"subject\":\"x\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(object(get(
                                "/api/incoming-documents/receipts/" + receipt.getString("processInstanceId"),
                                tokenOf("thanhtra")))
                        .getInt("registered"))
                .isZero();
    }

    /** A directive issued to one unit, waiting for that unit's head. Returns {directiveId, taskId}. */
    private static String[] issuedTo(String unit, String head) {
        String code = "ATTACK-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String id = issuedDirective(code, List.of(unit), Cycle.monthly(OffsetDateTime.now(ZONE), 3));
        return new String[] {id, taskOf(head, "assignOrForward", code)};
    }

    @Test
    void anotherUnitsTaskCannotBeTakenByChangingTheIdsAndAnOfficerCannotSign() {
        String[] directive = issuedTo("SO-CT", "thutruong-so-ct");
        String base = "/api/directives/" + directive[0];
        String assign = "{\"taskId\":\"" + directive[1] + "\",\"officer\":\"canbo-so-ct\"}";

        // The head of another department, naming the real task: by its own unit, then by the right one.
        assertThat(post(base + "/units/SO-XD/assignment", tokenOf("thutruong-so-xd"), assign)
                        .statusCode())
                .isEqualTo(403);
        assertThat(post(base + "/units/SO-CT/assignment", tokenOf("thutruong-so-xd"), assign)
                        .statusCode())
                .isEqualTo(403);
        // An officer of the right unit, trying the head's decision.
        assertThat(post(base + "/units/SO-CT/assignment", tokenOf("canbo-so-ct"), assign)
                        .statusCode())
                .isEqualTo(403);
        assertThat(taskOf(
                        "thutruong-so-ct",
                        "assignOrForward",
                        object(get(base, tokenOf("thanhtra"))).getString("code")))
                .as("still open")
                .isEqualTo(directive[1]);
    }

    @Test
    void someoneRemovedFromTheirUnitLosesItsTasksWithTheirNextToken() {
        String[] directive = issuedTo("SO-CT", "thutruong-so-ct");
        String assign = "{\"taskId\":\"" + directive[1] + "\",\"officer\":\"canbo-so-ct\"}";
        String before = freshToken("thutruong-so-ct", "dieuhanh-cli-short");
        try (Keycloak keycloak = keycloakAdmin()) {
            var realm = keycloak.realm("haiphong");
            var user = realm.users()
                    .get(realm.users()
                            .searchByUsername("thutruong-so-ct", true)
                            .get(0)
                            .getId());
            // The head holds the position "unit-head of SO-CT": taking it away is leaving its group.
            String unit = realm.getGroupByPath("/UBND-HP/SO-CT/unit-head").getId();
            user.leaveGroup(unit);
            try {
                assertThat(eventually(
                                Duration.ofSeconds(30),
                                () -> get("/api/tasks", before).statusCode() == 401))
                        .as("the token from before expires")
                        .isTrue();
                String after = freshToken("thutruong-so-ct", "dieuhanh-cli");
                assertThat(post("/api/directives/" + directive[0] + "/units/SO-CT/assignment", after, assign)
                                .statusCode())
                        .isEqualTo(403);
                assertThat(json(get("/api/tasks", after).body()).asJsonArray()).isEmpty();
            } finally {
                user.joinGroup(unit);
            }
        }
        assertThat(taskOf(
                        "thutruong-so-ct",
                        "assignOrForward",
                        object(get("/api/directives/" + directive[0], tokenOf("thanhtra")))
                                .getString("code")))
                .isEqualTo(directive[1]);
    }
}
