package vn.dieuhanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dieuhanh.system.Cases.*;
import static vn.dieuhanh.system.SystemUnderTest.*;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dieuhanh.system.Cases.Cycle;

/**
 * Acting for another against the real server: the demo's standing delegation lets the Finance
 * department's deputy director approve and sign its reports, printed "KT. GIÁM ĐỐC / PHÓ GIÁM
 * ĐỐC" above his own name; a grant dated tomorrow gives nothing today; a grant in force gives the
 * steps delegated and no other, and ends when the grantor ends it; granting, using and ending are
 * in the trail; bad grants are refused with the field named.
 */
class DelegationIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @BeforeAll
    static void ready() {
        awaitReady();
    }

    private static String newCode() {
        return "UQ-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static List<String> tasksAt(String user, String step, String code) {
        return inbox(user).stream()
                .filter(t -> step.equals(t.getString("stepKey")))
                .filter(t -> code.equals(t.getString("businessKey", null)))
                .map(t -> t.getString("id"))
                .toList();
    }

    private static String reportBody(String taskId) {
        return "{\"taskId\":\"" + taskId + "\",\"note\":\"Đã triển khai\",\"values\":{\"samples\":310}}";
    }

    private static String grantBody(String deputy, LocalDate from, LocalDate until, String... steps) {
        var list = Json.createArrayBuilder();
        for (String step : steps) {
            list.add(step);
        }
        return Json.createObjectBuilder()
                .add("unit", "SO-KHCN")
                .add("role", "unit-head")
                .add("steps", list)
                .add("deputy", deputy)
                .add("from", from.toString())
                .add("until", until.toString())
                .add("reason", "Đi công tác nước ngoài")
                .build()
                .toString();
    }

    /** The delegations in force from the Finance director, as this person's list shows them. */
    private static List<JsonObject> standingOf(String user) {
        return json(get("/api/delegations", tokenOf(user)).body()).asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(d -> d.getString("grantor").equals("thutruong-so-tc")
                        && d.getString("deputy").equals("phogiamdoc-tc")
                        && d.getBoolean("inForce"))
                .toList();
    }

    /** A directive to SO-KHCN whose report its officer has drafted: the head's approval is open. */
    private static String[] draftedForScience() {
        String code = newCode();
        String id = issuedDirective(code, List.of("SO-KHCN"), Cycle.monthly(OffsetDateTime.now(ZONE), 2));
        String base = "/api/directives/" + id;
        act(
                "thutruong-so-khcn",
                base + "/units/SO-KHCN/assignment",
                "{\"taskId\":\"" + awaitTask("thutruong-so-khcn", "assignOrForward", code, WAIT)
                        + "\",\"officer\":\"canbo-so-khcn\"}",
                204);
        act(
                "canbo-so-khcn",
                base + "/units/SO-KHCN/report",
                reportBody(awaitTask("canbo-so-khcn", "draftUnitReport", code, WAIT)),
                204);
        return new String[] {id, code, awaitTask("thutruong-so-khcn", "approveUnitReport", code, WAIT)};
    }

    @Test
    void theStandingDelegationLetsTheDeputySignForTheDirectorUnderHisOwnName() throws Exception {
        // The demo grants it at start (DemoData); the test server runs without demo data, so the
        // director grants it here as she would on the page.
        LocalDate today = LocalDate.now(ZONE);
        if (standingOf("phogiamdoc-tc").isEmpty()) {
            String body = grantBody("phogiamdoc-tc", today, today.plusDays(365), "approveUnitReport")
                    .replace("\"SO-KHCN\"", "\"SO-TC\"");
            act("thutruong-so-tc", "/api/delegations", body, 201);
        }
        List<JsonObject> standing = standingOf("phogiamdoc-tc");
        assertThat(standing).hasSize(1);
        assertThat(standing.get(0).getJsonArray("steps").getString(0)).isEqualTo("approveUnitReport");
        assertThat(standingOf("thutruong-so-tc")).as("the grantor sees it too").hasSize(1);

        String code = newCode();
        String id = issuedDirective(code, List.of("SO-TC"), Cycle.monthly(OffsetDateTime.now(ZONE), 2));
        String base = "/api/directives/" + id;
        String assign = awaitTask("thutruong-so-tc", "assignOrForward", code, WAIT);
        // Only the step delegated: the assignment stays the director's.
        assertThat(tasksAt("phogiamdoc-tc", "assignOrForward", code)).isEmpty();
        assertThat(post(
                                base + "/units/SO-TC/assignment",
                                tokenOf("phogiamdoc-tc"),
                                "{\"taskId\":\"" + assign + "\",\"officer\":\"canbo-so-tc\"}")
                        .statusCode())
                .isEqualTo(403);
        act(
                "thutruong-so-tc",
                base + "/units/SO-TC/assignment",
                "{\"taskId\":\"" + assign + "\",\"officer\":\"canbo-so-tc\"}",
                204);
        act(
                "canbo-so-tc",
                base + "/units/SO-TC/report",
                reportBody(awaitTask("canbo-so-tc", "draftUnitReport", code, WAIT)),
                204);

        String approval = awaitTask("phogiamdoc-tc", "approveUnitReport", code, WAIT);
        act("phogiamdoc-tc", base + "/units/SO-TC/report-approval", signing(approval), 204);

        JsonObject report = documentOf(id, "UNIT_REPORT", "SO-TC", 0, "thanhtra");
        String text = documentText(report.getString("id"), "thanhtra");
        assertThat(text).contains("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đoàn Minh Hải");
        // Issued means signed by who it shows and sealed by its unit: anyone verifies it VALID.
        JsonObject verified = object(get("/api/verify/" + report.getString("id"), null));
        assertThat(verified.getString("verdict")).as(verified.toString()).isEqualTo("VALID");
        assertThat(verified.getJsonArray("signatures")).hasSize(2);
        assertThat(count(
                        "select count(*) from dh_audit_entry where kind = 'DELEGATION_USED' and actor = 'phogiamdoc-tc'"
                                + " and directive_id = ?",
                        id))
                .isOne();
    }

    @Test
    void aGrantDatedTomorrowGivesNothingTodayOneInForceGivesItsStepUntilItIsEnded() {
        LocalDate today = LocalDate.now(ZONE);
        String[] first = draftedForScience();

        var later = post(
                "/api/delegations",
                tokenOf("thutruong-so-khcn"),
                grantBody("kiemnhiem", today.plusDays(1), today.plusDays(10), "approveUnitReport"));
        assertThat(later.statusCode()).as(later.body()).isEqualTo(201);
        assertThat(object(later).getBoolean("inForce")).isFalse();
        assertThat(tasksAt("kiemnhiem", "approveUnitReport", first[1])).isEmpty();
        assertThat(post(
                                "/api/directives/" + first[0] + "/units/SO-KHCN/report-approval",
                                freshToken("kiemnhiem", "dieuhanh-cli"),
                                signing(first[2]))
                        .statusCode())
                .isEqualTo(403);

        var now = post(
                "/api/delegations",
                tokenOf("thutruong-so-khcn"),
                grantBody("kiemnhiem", today, today.plusDays(3), "approveUnitReport"));
        assertThat(now.statusCode()).as(now.body()).isEqualTo(201);
        String grantId = object(now).getString("id");
        assertThat(tasksAt("kiemnhiem", "approveUnitReport", first[1])).containsExactly(first[2]);
        act("kiemnhiem", "/api/directives/" + first[0] + "/units/SO-KHCN/report-approval", signing(first[2]), 204);

        // The grantor ends it: the next report waits for the head again.
        assertThat(post("/api/delegations/" + grantId + "/end", tokenOf("kiemnhiem"), "")
                        .statusCode())
                .as("only the grantor ends it")
                .isEqualTo(404);
        act("thutruong-so-khcn", "/api/delegations/" + grantId + "/end", "", 200);
        String[] second = draftedForScience();
        assertThat(tasksAt("kiemnhiem", "approveUnitReport", second[1])).isEmpty();
        assertThat(post(
                                "/api/directives/" + second[0] + "/units/SO-KHCN/report-approval",
                                tokenOf("kiemnhiem"),
                                signing(second[2]))
                        .statusCode())
                .isEqualTo(403);
        act(
                "thutruong-so-khcn",
                "/api/directives/" + second[0] + "/units/SO-KHCN/report-approval",
                signing(second[2]),
                204);

        assertThat(count(
                        "select count(*) from dh_audit_entry where kind in ('DELEGATION_GRANTED', 'DELEGATION_ENDED')"
                                + " and actor = ?",
                        "thutruong-so-khcn"))
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void badGrantsAreRefusedWithAReasonAndNothingIsStored() {
        LocalDate today = LocalDate.now(ZONE);
        String head = tokenOf("thutruong-so-khcn");
        long before = count("select count(*) from dh_delegation where grantor = ?", "thutruong-so-khcn");

        // Someone outside the unit; a step not delegable; dates the wrong way round; the past.
        assertThat(post("/api/delegations", head, grantBody("canbo-so-tc", today, today, "approveUnitReport"))
                        .statusCode())
                .isEqualTo(400);
        assertThat(post("/api/delegations", head, grantBody("kiemnhiem", today, today, "signLetter"))
                        .statusCode())
                .isEqualTo(400);
        assertThat(post("/api/delegations", head, grantBody("kiemnhiem", today.plusDays(5), today, "approveUnitReport"))
                        .statusCode())
                .isEqualTo(400);
        assertThat(post(
                                "/api/delegations",
                                head,
                                grantBody("kiemnhiem", today.minusDays(3), today, "approveUnitReport"))
                        .statusCode())
                .isEqualTo(400);
        // Wrong types: a number for the deputy, a text for the steps, an unknown field.
        var typed = post(
                "/api/delegations",
                head,
                grantBody("kiemnhiem", today, today, "approveUnitReport").replace("\"kiemnhiem\"", "5"));
        assertThat(typed.statusCode()).isEqualTo(400);
        assertThat(typed.body()).contains("deputy");
        assertThat(post(
                                "/api/delegations",
                                head,
                                grantBody("kiemnhiem", today, today, "approveUnitReport")
                                        .replace("[\"approveUnitReport\"]", "\"approveUnitReport\""))
                        .statusCode())
                .isEqualTo(400);
        assertThat(post("/api/delegations", head, "[1,2]").statusCode()).isEqualTo(400);
        // A head of another unit cannot hand on Science's head's steps.
        assertThat(post(
                                "/api/delegations",
                                tokenOf("thutruong-so-tc"),
                                grantBody("kiemnhiem", today, today, "approveUnitReport"))
                        .statusCode())
                .isEqualTo(403);

        assertThat(count("select count(*) from dh_delegation where grantor = ?", "thutruong-so-khcn"))
                .isEqualTo(before);
    }
}
