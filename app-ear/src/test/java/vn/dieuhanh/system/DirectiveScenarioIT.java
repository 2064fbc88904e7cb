package vn.dieuhanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dieuhanh.system.Cases.*;
import static vn.dieuhanh.system.SystemUnderTest.*;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dieuhanh.identity.control.OrgChart;
import vn.dieuhanh.system.Cases.Cycle;

/**
 * The i-Speed directive through the API as the real roles act, against the deployed EAR on
 * PostgreSQL: registered, directed, drafted (returned once), signed, issued to the city's 45 units
 * of which a district forwards to its five wards, three reporting periods in which two units are
 * late and reminded, consolidated and acknowledged each period, then closed at its end date. The
 * periods are 45 seconds long: time is the directive's setting, not a sleep.
 */
class DirectiveScenarioIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final OrgChart CHART = readChart();
    private static final Set<String> RECIPIENT_TYPES = Set.of("department", "district", "media", "public-unit");
    /** Every department, district, public unit and media of the city, as in 2024: 45 units. */
    private static final List<String> RECIPIENTS = CHART.unitsTopDown().stream()
            .map(e -> e.getKey())
            .filter(unit -> RECIPIENT_TYPES.contains(unit.type()))
            .map(OrgChart.Unit::code)
            .toList();

    private static final String DISTRICT = "QUAN-NGOQUYEN";
    private static final int PERIOD_SECONDS = 45;
    private static final List<String> WARDS =
            List.of("PHUONG-MAYTO", "PHUONG-LACHTRAY", "PHUONG-CAUDAT", "PHUONG-LELOI", "PHUONG-GIAVIEN");
    private static final List<String> LATE = List.of("DAI-PTTH", "HUYEN-BACHLONGVI");

    private static OrgChart readChart() {
        try {
            return OrgChart.read(
                    java.nio.file.Path.of(System.getProperty("it.orgchart", "src/main/orgchart/haiphong-2024.yaml")));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The person of the demo chart who holds this role in this unit. */
    private static String holder(String unit, String role) {
        return CHART.people().stream()
                .filter(p -> p.held().stream()
                        .anyMatch(h -> h.unit().equals(unit) && h.role().equals(role)))
                .map(OrgChart.Person::username)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + role + " in " + unit));
    }

    private static String head(String unit) {
        return holder(unit, "unit-head");
    }

    private static String officer(String unit) {
        return holder(unit, "unit-officer");
    }

    @BeforeAll
    static void ready() {
        awaitReady();
    }

    private static String awaitTask(String user, String step, String caseReference) {
        return Cases.awaitTask(user, step, caseReference, Duration.ofSeconds(2 * PERIOD_SECONDS));
    }

    private static Cycle shortCycle(OffsetDateTime start, OffsetDateTime end) {
        return new Cycle(start, "PT" + PERIOD_SECONDS + "S", "PT5S", "PT5S", "PT" + PERIOD_SECONDS + "S", end);
    }

    /** A directive with this cycle is refused as a bad request whose message has this reason. */
    private static void refusedCycle(String opinionTask, String code, JsonObject cycle, String reason) {
        HttpResponse<String> refused =
                post("/api/directives", tokenOf("lanhdao"), directiveBody(opinionTask, code, RECIPIENTS, cycle));
        assertThat(refused.statusCode()).as(cycle + ": " + refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains(reason);
    }

    /** The cycle's JSON with one member set (or added). */
    private static JsonObject with(JsonObject cycle, String name, JsonValue value) {
        return Json.createObjectBuilder(cycle).add(name, value).build();
    }

    private static void reportPeriod(String id, String code, String unit) {
        String draft = awaitTask(officer(unit), "draftUnitReport", code);
        act(
                officer(unit),
                "/api/directives/" + id + "/units/" + unit + "/report",
                "{\"taskId\":\"" + draft + "\",\"note\":\"Đạt 320 mẫu đo trong kỳ\"}",
                204);
        String approval = awaitTask(head(unit), "approveUnitReport", code);
        act(head(unit), "/api/directives/" + id + "/units/" + unit + "/report-approval", signing(approval), 204);
    }

    private static void consolidatePeriod(String id, String code) {
        String consolidate = awaitTask("tonghop-tttt", "consolidateReports", code);
        act("tonghop-tttt", "/api/directives/" + id + "/consolidation", task(consolidate), 204);
        String sign = awaitTask("giamdoc-tttt", "signConsolidatedReport", code);
        act("giamdoc-tttt", "/api/directives/" + id + "/consolidation-signature", signing(sign), 204);
        String acknowledge = awaitTask("bo-tttt", "acknowledgeReceipt", code);
        act("bo-tttt", "/api/directives/" + id + "/acknowledgement", task(acknowledge), 204);
    }

    private static JsonObject status(String user, String id) {
        HttpResponse<String> response = get("/api/directives/" + id, tokenOf(user));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return object(response);
    }

    @Test
    void theISpeedDirectiveRunsFromTheMinistrysLetterToClosure() {
        assertThat(RECIPIENTS).hasSize(45);
        String code =
                "ISPEED-IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String opinionTask = opinionTaskForNewLetter();
        // Everyone signs in before the clock starts: a first sign-in costs Keycloak a password
        // hash, and a hundred of them inside the first 45-second period would make units late.
        List<String> people = new ArrayList<>();
        for (String unit : RECIPIENTS) {
            people.add(head(unit));
            people.add(officer(unit));
        }
        WARDS.forEach(ward -> {
            people.add(head(ward));
            people.add(officer(ward));
        });
        people.parallelStream().forEach(SystemUnderTest::tokenOf);
        OffsetDateTime start = OffsetDateTime.now(ZONE).truncatedTo(ChronoUnit.SECONDS);

        // Three periods of 45 seconds each: the directive's own setting, so the test waits for no clock.
        HttpResponse<String> created = post(
                "/api/directives",
                tokenOf("lanhdao"),
                directiveBody(opinionTask, code, RECIPIENTS, shortCycle(start, start.plusSeconds(3 * PERIOD_SECONDS))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = object(created).getString("id");
        String base = "/api/directives/" + id;

        // Drafting: returned once by the division head (a return needs a reason), then signed and issued.
        act("chuyenvien", base + "/draft", task(awaitTask("chuyenvien", "draftLetter", code)), 204);
        String review = awaitTask("truongphong", "reviewDraft", code);
        act("truongphong", base + "/review", decision(review, false, ""), 400);
        act("truongphong", base + "/review", decision(review, false, "Bổ sung chỉ tiêu 4G cho từng nhà mạng"), 204);
        act("chuyenvien", base + "/draft", task(awaitTask("chuyenvien", "draftLetter", code)), 204);
        act("truongphong", base + "/review", decision(awaitTask("truongphong", "reviewDraft", code), true, null), 204);
        act("chanhvanphong", base + "/signature", signing(awaitTask("chanhvanphong", "signLetter", code)), 204);
        act("vanthu", base + "/issue", task(awaitTask("vanthu", "issueLetter", code)), 204);

        // Every recipient assigns an officer, but the district, which forwards to its five wards.
        String district = awaitTask(head(DISTRICT), "assignOrForward", code);
        act(
                head("SO-YTE"),
                base + "/units/" + DISTRICT + "/assignment",
                "{\"taskId\":\"" + district + "\",\"officer\":\"canbo-yte\"}",
                403);
        act(
                head(DISTRICT),
                base + "/units/" + DISTRICT + "/assignment",
                "{\"taskId\":\"" + district + "\",\"forwardTo\":[\"" + DISTRICT + "\"]}",
                400);
        act(
                head(DISTRICT),
                base + "/units/" + DISTRICT + "/assignment",
                "{\"taskId\":\"" + district + "\",\"forwardTo\":[\"PHUONG-MAYTO\",\"SO-YTE\"]}",
                403);
        var wards = Json.createArrayBuilder();
        WARDS.forEach(wards::add);
        act(
                head(DISTRICT),
                base + "/units/" + DISTRICT + "/assignment",
                Json.createObjectBuilder()
                        .add("taskId", district)
                        .add("forwardTo", wards)
                        .build()
                        .toString(),
                204);
        List<String> units = new ArrayList<>(RECIPIENTS);
        units.addAll(WARDS);
        for (String unit : units) {
            if (!unit.equals(DISTRICT)) {
                act(
                        head(unit),
                        base + "/units/" + unit + "/assignment",
                        "{\"taskId\":\"" + awaitTask(head(unit), "assignOrForward", code) + "\",\"officer\":\""
                                + officer(unit) + "\"}",
                        204);
            }
        }

        // Period 0: everyone on time but two units, reminded and then sent a letter before they report.
        units.stream().filter(unit -> !LATE.contains(unit)).forEach(unit -> reportPeriod(id, code, unit));
        assertThat(eventually(
                        Duration.ofSeconds(2 * PERIOD_SECONDS),
                        () -> status("tonghop-tttt", id)
                                        .getJsonArray("reminders")
                                        .size()
                                == 2 * LATE.size()))
                .as("a reminder and then a reminder letter for each late unit")
                .isTrue();
        // Period 1 has begun by then: each late unit has its report beside the one it still owes,
        // and sends period 0's first (the inbox lists the older task first).
        LATE.forEach(unit -> assertThat(eventually(
                        Duration.ofSeconds(PERIOD_SECONDS),
                        () -> inbox(officer(unit)).stream()
                                        .filter(t -> "draftUnitReport".equals(t.getString("stepKey")))
                                        .filter(t -> code.equals(t.getString("businessKey", null)))
                                        .count()
                                == 2))
                .as("%s has period 1's report beside period 0's", unit)
                .isTrue());
        LATE.forEach(unit -> reportPeriod(id, code, unit));
        consolidatePeriod(id, code);

        // Periods 1 and 2, the last, all on time.
        for (int period = 1; period <= 2; period++) {
            units.forEach(unit -> reportPeriod(id, code, unit));
            consolidatePeriod(id, code);
        }

        // Closed at its end date, with nothing left behind.
        assertThat(eventually(Duration.ofSeconds(60), () -> "CLOSED"
                        .equals(status("lanhdao", id).getString("status"))))
                .isTrue();
        JsonObject finalState = status("thanhtra", id);
        HttpResponse<String> byCode = get("/api/directives?code=" + code, tokenOf("tonghop-tttt"));
        assertThat(object(byCode).getString("id")).as("found by its code too").isEqualTo(id);
        assertThat(finalState.getString("finalSummary")).contains("150 báo cáo").contains("2 báo cáo muộn");
        assertThat(finalState.getJsonArray("openTasks")).isEmpty();
        JsonArray unitViews = finalState.getJsonArray("units");
        assertThat(unitViews.stream()
                        .map(u -> u.asJsonObject().getString("unitCode"))
                        .collect(Collectors.toSet()))
                .isEqualTo(Set.copyOf(units));
        assertThat(unitViews.stream()
                        .map(JsonValue::asJsonObject)
                        .filter(u -> WARDS.contains(u.getString("unitCode")))
                        .map(u -> u.getString("forwardedBy")))
                .hasSize(5)
                .containsOnly(DISTRICT);
        JsonArray reports = finalState.getJsonArray("reports");
        assertThat(reports).hasSize(3 * units.size());
        // Periods of 45 seconds have no calendar name: numbered, with their days.
        assertThat(reports.getJsonObject(0).getInt("periodIndex")).isZero();
        assertThat(reports.getJsonObject(0).getString("periodLabel")).startsWith("Kỳ 1 (");
        assertThat(reports.stream()
                        .map(JsonValue::asJsonObject)
                        .filter(r -> r.getBoolean("late"))
                        .map(r -> r.getString("unitCode") + "#" + r.getInt("periodIndex")))
                .containsExactlyInAnyOrder("DAI-PTTH#0", "HUYEN-BACHLONGVI#0");
        assertThat(finalState.getJsonArray("reminders").stream()
                        .map(r -> r.asJsonObject().getString("unitCode") + " "
                                + r.asJsonObject().getString("kind")))
                .containsExactlyInAnyOrder(
                        "DAI-PTTH REMINDER",
                        "DAI-PTTH REMINDER_LETTER",
                        "HUYEN-BACHLONGVI REMINDER",
                        "HUYEN-BACHLONGVI REMINDER_LETTER");
        assertThat(count(
                        "select count(*) from act_hi_taskinst t join act_hi_procinst p on p.proc_inst_id_ = t.proc_inst_id_"
                                + " where p.business_key_ = ? and t.task_def_key_ = 'acknowledgeReceipt' and t.end_time_ is not null",
                        code))
                .as("three consolidated reports acknowledged by the Ministry")
                .isEqualTo(3);
        assertThat(count("select count(*) from act_ru_execution where business_key_ = ?", code))
                .as("no running case")
                .isZero();

        // Every step left its document: one opinion slip, the letter, a slip per unit that acted
        // (the district's forwarding slip among them), every report signed and numbered, the two
        // reminder letters under the DIC's seal, three consolidated reports signed and sealed.
        assertThat(documents(code, "OPINION_SLIP", "ISSUED")).isEqualTo(1);
        assertThat(documents(code, "LETTER", "ISSUED")).isEqualTo(1);
        assertThat(documents(code, "ASSIGNMENT_SLIP", "ISSUED")).isEqualTo(units.size());
        assertThat(documents(code, "UNIT_REPORT", "ISSUED")).isEqualTo(3L * units.size());
        assertThat(documents(code, "REMINDER_LETTER", "ISSUED")).isEqualTo(LATE.size());
        assertThat(documents(code, "CONSOLIDATED_REPORT", "ISSUED")).isEqualTo(3);
        assertThat(count(
                        "select count(*) from dh_document d join dh_directive x on x.id = d.directive_id"
                                + " where x.code = ? and d.state <> 'ISSUED'",
                        code))
                .as("nothing left half-way")
                .isZero();
        assertThat(count(
                        "select count(*) from act_ru_job j join act_hi_procinst p on p.proc_inst_id_ = j.process_instance_id_"
                                + " where p.business_key_ = ?",
                        code))
                .as("no job left")
                .isZero();
        assertThat(count("select count(*) from act_hi_procinst where business_key_ = ?", code))
                .as("the directive, the consolidation and a case per unit")
                .isEqualTo(2 + units.size());
    }

    @Test
    void badDirectivesAreRefusedAndNothingIsCreated() {
        String opinionTask = opinionTaskForNewLetter();
        OffsetDateTime start = OffsetDateTime.now(ZONE);
        String code = "BAD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

        HttpResponse<String> noRecipients = post(
                "/api/directives",
                tokenOf("lanhdao"),
                directiveBody(opinionTask, code, List.of(), shortCycle(start, start.plusHours(6))));
        assertThat(noRecipients.statusCode()).isEqualTo(400);
        assertThat(noRecipients.body()).contains("ít nhất một đơn vị nhận");

        refusedCycle(opinionTask, code, shortCycle(start, start.minusDays(1)).json(), "Ngày kết thúc phải sau");
        // 45-second periods for 30 days would be 57,600 periods; 500 at most.
        refusedCycle(opinionTask, code, shortCycle(start, start.plusDays(30)).json(), "quá 500 kỳ");

        // The plain form of the cycle: a wrong choice, either form but not both, each a 400 with its reason.
        var monthly = Cycle.monthly(start, 12).json();
        refusedCycle(opinionTask, code, with(monthly, "frequency", Json.createValue("WEEKLY")), "không hợp lệ: WEEKLY");
        refusedCycle(opinionTask, code, with(monthly, "periodLength", Json.createValue("P3M")), "không dùng cả hai");
        refusedCycle(opinionTask, code, with(monthly, "periods", Json.createValue(1.5)), "periods phải là số nguyên");
        refusedCycle(opinionTask, code, with(monthly, "periods", Json.createValue("mười hai")), "");
        // A huge range is refused before its periods are counted.
        refusedCycle(
                opinionTask,
                code,
                with(
                        shortCycle(start, start.plusSeconds(90)).json(),
                        "endAt",
                        Json.createValue("+999999999-12-31T00:00:00+07:00")),
                "");

        HttpResponse<String> notALeader = post(
                "/api/directives",
                tokenOf("chuyenvien"),
                directiveBody(opinionTask, code, RECIPIENTS, shortCycle(start, start.plusHours(6))));
        assertThat(notALeader.statusCode()).isEqualTo(403);

        assertThat(count("select count(*) from dh_directive where code = ?", code))
                .isZero();
        assertThat(findTask("lanhdao", "giveDirectingOpinion", "x").isEmpty()).isTrue();
        assertThat(inbox("lanhdao").stream().map(t -> t.getString("id"))).contains(opinionTask);
    }

    @Test
    void twoClicksOnTheSameDecisionDoItOnce() {
        String opinionTask = opinionTaskForNewLetter();
        OffsetDateTime start = OffsetDateTime.now(ZONE);
        String code = "TWICE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        // 480 periods of 45 seconds: long enough not to end during the test, within the 500 allowed.
        HttpResponse<String> created = post(
                "/api/directives",
                tokenOf("lanhdao"),
                directiveBody(opinionTask, code, RECIPIENTS, shortCycle(start, start.plusHours(6))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = object(created).getString("id");
        String draftTask = awaitTask("chuyenvien", "draftLetter", code);

        // Four clicks at once, so the second lands at every point of the first: before, during
        // and after its commit. Each late one is told the task is no longer open.
        String token = tokenOf("chuyenvien");
        List<CompletableFuture<Integer>> clicks = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> post("/api/directives/" + id + "/draft", token, task(draftTask))
                                .statusCode()))
                .toList();

        assertThat(clicks.stream().map(CompletableFuture::join)).containsExactlyInAnyOrder(204, 409, 409, 409);
        assertThat(count(
                        "select count(*) from act_hi_taskinst t join act_hi_procinst p on p.proc_inst_id_ = t.proc_inst_id_"
                                + " where p.business_key_ = ? and t.task_def_key_ = 'reviewDraft'",
                        code))
                .as("one review task, not two")
                .isEqualTo(1);
    }

    private static long documents(String code, String kind, String state) {
        return count(
                "select count(*) from dh_document d join dh_directive x on x.id = d.directive_id"
                        + " where x.code = ? and d.kind = '" + kind + "' and d.state = '" + state + "'",
                code);
    }
}
