package vn.dieuhanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dieuhanh.system.Cases.*;
import static vn.dieuhanh.system.SystemUnderTest.*;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import vn.dieuhanh.system.Cases.Cycle;

/**
 * Positions against the real server and Keycloak: a role is held in a unit, not in every unit of
 * the person's. The demo's "kiemnhiem" is an officer of SO-KHCN and (concurrently) head of SO-TC:
 * he approves and signs SO-TC's report, cannot take SO-KHCN's head's steps, and drafts SO-KHCN's
 * report. Separation of duties: whoever drafted a report cannot approve it, even holding the
 * head's position too.
 */
class PositionsIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String KIEM = "kiemnhiem";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @BeforeAll
    static void ready() {
        awaitReady();
    }

    private static String newCode() {
        return "KIEM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static String assignment(String taskId, String officer) {
        return "{\"taskId\":\"" + taskId + "\",\"officer\":\"" + officer + "\"}";
    }

    private static String reportBody(String taskId) {
        return "{\"taskId\":\"" + taskId + "\",\"note\":\"Đã triển khai trong kỳ\",\"values\":{\"samples\":320}}";
    }

    private static List<String> tasksAt(String user, String step, String code) {
        return inbox(user).stream()
                .filter(t -> step.equals(t.getString("stepKey")))
                .filter(t -> code.equals(t.getString("businessKey", null)))
                .map(t -> t.getString("id"))
                .toList();
    }

    @Test
    void aHeadOfOneUnitAndOfficerOfAnotherActsInEachOnlyAsWhatHeHoldsThere() throws Exception {
        String code = newCode();
        String id = issuedDirective(code, List.of("SO-TC", "SO-KHCN"), Cycle.monthly(OffsetDateTime.now(ZONE), 2));
        String base = "/api/directives/" + id;
        String financeTask = awaitTask("thutruong-so-tc", "assignOrForward", code, WAIT);
        String scienceTask = awaitTask("thutruong-so-khcn", "assignOrForward", code, WAIT);

        // His inbox holds the Finance head's step, not the Science head's.
        assertThat(tasksAt(KIEM, "assignOrForward", code)).containsExactly(financeTask);
        for (String path : List.of(base + "/units/SO-KHCN/assignment", base + "/units/SO-TC/assignment")) {
            assertThat(post(path, tokenOf(KIEM), assignment(scienceTask, "canbo-so-khcn"))
                            .statusCode())
                    .as("the Science head's step, by %s", path)
                    .isEqualTo(403);
        }
        assertThat(tasksAt("thutruong-so-khcn", "assignOrForward", code))
                .as("still open")
                .containsExactly(scienceTask);

        // As head of Finance he assigns its officer; Science's head assigns him as Science's officer.
        act(KIEM, base + "/units/SO-TC/assignment", assignment(financeTask, "canbo-so-tc"), 204);
        act("thutruong-so-khcn", base + "/units/SO-KHCN/assignment", assignment(scienceTask, KIEM), 204);

        // He drafts Science's report (not Finance's: he is no officer there) ...
        String scienceDraft = awaitTask(KIEM, "draftUnitReport", code, WAIT);
        assertThat(tasksAt(KIEM, "draftUnitReport", code)).containsExactly(scienceDraft);
        act(KIEM, base + "/units/SO-KHCN/report", reportBody(scienceDraft), 204);
        // ... and cannot approve it: that is Science's head's step.
        String scienceApproval = awaitTask("thutruong-so-khcn", "approveUnitReport", code, WAIT);
        assertThat(tasksAt(KIEM, "approveUnitReport", code)).isEmpty();
        assertThat(post(base + "/units/SO-KHCN/report-approval", tokenOf(KIEM), signing(scienceApproval))
                        .statusCode())
                .isEqualTo(403);
        act("thutruong-so-khcn", base + "/units/SO-KHCN/report-approval", signing(scienceApproval), 204);

        // Finance's officer drafts; he approves and signs as Finance's head, under his own name.
        String financeDraft = awaitTask("canbo-so-tc", "draftUnitReport", code, WAIT);
        act("canbo-so-tc", base + "/units/SO-TC/report", reportBody(financeDraft), 204);
        String financeApproval = awaitTask(KIEM, "approveUnitReport", code, WAIT);
        act(KIEM, base + "/units/SO-TC/report-approval", signing(financeApproval), 204);

        JsonObject financeReport = documentOf(id, "UNIT_REPORT", "SO-TC", 0, "thanhtra");
        assertThat(documentText(financeReport.getString("id"), "thanhtra")).contains("Trịnh Văn Quang");
    }

    @Test
    void theDrafterIsRefusedAtApprovalEvenHoldingTheHeadsPositionAndAColleagueApproves() {
        String code = newCode();
        String id = issuedDirective(code, List.of("SO-KHCN"), Cycle.monthly(OffsetDateTime.now(ZONE), 2));
        String base = "/api/directives/" + id;
        act(
                "thutruong-so-khcn",
                base + "/units/SO-KHCN/assignment",
                assignment(awaitTask("thutruong-so-khcn", "assignOrForward", code, WAIT), KIEM),
                204);
        // Found before the extra position is given: the shared token cache must not keep a token
        // that holds it, for the other tests.
        String draft = awaitTask(KIEM, "draftUnitReport", code, WAIT);
        try (Keycloak keycloak = keycloakAdmin()) {
            var realm = keycloak.realm("haiphong");
            var user = realm.users()
                    .get(realm.users().searchByUsername(KIEM, true).get(0).getId());
            // For this test he also heads Science: a second position in the same unit.
            String head = realm.getGroupByPath("/UBND-HP/SO-KHCN/unit-head").getId();
            user.joinGroup(head);
            try {
                String token = freshToken(KIEM, "dieuhanh-cli");
                assertThat(post(base + "/units/SO-KHCN/report", token, reportBody(draft))
                                .statusCode())
                        .isEqualTo(204);
                String approval = awaitTask("thutruong-so-khcn", "approveUnitReport", code, WAIT);

                var refused = post(base + "/units/SO-KHCN/report-approval", token, signing(approval));
                assertThat(refused.statusCode()).isEqualTo(403);
                assertThat(object(refused).getString("message", refused.body())).contains("không được tự duyệt");
                assertThat(tasksAt("thutruong-so-khcn", "approveUnitReport", code))
                        .as("still open, nothing signed")
                        .containsExactly(approval);
                assertThat(count(
                                "select count(*) from dh_document where directive_id = ? and kind = 'UNIT_REPORT'"
                                        + " and state = 'ISSUED'",
                                id))
                        .isZero();
            } finally {
                user.leaveGroup(head);
            }
        }
        act(
                "thutruong-so-khcn",
                base + "/units/SO-KHCN/report-approval",
                signing(awaitTask("thutruong-so-khcn", "approveUnitReport", code, WAIT)),
                204);
    }
}
