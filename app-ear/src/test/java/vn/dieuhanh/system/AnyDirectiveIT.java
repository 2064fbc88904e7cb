package vn.dieuhanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dieuhanh.system.Cases.*;
import static vn.dieuhanh.system.SystemUnderTest.*;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Directives unlike i-Speed, through the API as the real roles act: a periodic report on
 * digitising administrative files with a percent and a count target, consolidated by the City
 * Office's monitoring division for the city's leaders (no Ministry), a district forwarding to two
 * wards and a department silent for a period that reports late; and a one-off task whose units
 * report to the lead division, with no consolidation at all. The same models and code run them
 * as run i-Speed; what differs is data.
 */
class AnyDirectiveIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int PERIOD_SECONDS = 40;
    private static final String DISTRICT = "QUAN-HONGBANG";
    private static final List<String> WARDS = List.of("PHUONG-HOANGVANTHU", "PHUONG-MINHKHAI");
    private static final String SILENT = "SO-NV";

    @BeforeAll
    static void ready() {
        awaitReady();
    }

    /** The demo chart names each unit's officer canbo-<code> and its head thutruong-<code>. */
    private static String officer(String unit) {
        return "canbo-" + unit.toLowerCase();
    }

    private static String head(String unit) {
        return "thutruong-" + unit.toLowerCase();
    }

    private static String awaitTask(String user, String step, String code) {
        return Cases.awaitTask(user, step, code, Duration.ofSeconds(3 * PERIOD_SECONDS));
    }

    private static JsonObjectBuilder target(
            String code,
            String name,
            String measure,
            String kind,
            String comparison,
            Integer threshold,
            String rollUp) {
        JsonObjectBuilder target = Json.createObjectBuilder()
                .add("code", code)
                .add("name", name)
                .add("measure", measure)
                .add("kind", kind)
                .add("comparison", comparison)
                .add("rollUp", rollUp)
                .add("source", "SELF_REPORTED");
        if (threshold != null) {
            target.add("threshold", threshold);
        }
        return target;
    }

    private static JsonArrayBuilder digitisingTargets() {
        return Json.createArrayBuilder()
                .add(target(
                        "digitised",
                        "Tỷ lệ hồ sơ thủ tục hành chính được số hóa",
                        "%",
                        "PERCENT",
                        "AT_LEAST",
                        80,
                        "AVERAGE"))
                .add(target("late", "Số hồ sơ giải quyết trễ hạn", "hồ sơ", "COUNT", "AT_MOST", 0, "SUM"));
    }

    /** A one-off task from the template: its targets and the rest of its cycle are the template's. */
    private static String fromTemplate(
            String opinionTask, String code, String template, List<String> recipients, OffsetDateTime start) {
        JsonArrayBuilder units = Json.createArrayBuilder();
        recipients.forEach(units::add);
        return Json.createObjectBuilder()
                .add("opinionTaskId", opinionTask)
                .add("code", code)
                .add("subject", "V/v rà soát, đề xuất sửa đổi quy định về thủ tục hành chính")
                .add("opinion", "Giao các sở rà soát và báo cáo kết quả.")
                .add("leadUnit", "VP-KSTTHC")
                .add("recipients", units)
                .add("template", template)
                .add(
                        "cycle",
                        Json.createObjectBuilder()
                                .add("firstPeriodStart", start.toString())
                                .add(
                                        "deadline",
                                        start.plusSeconds(PERIOD_SECONDS).toString()))
                .build()
                .toString();
    }

    /** A directive as the leader gives it; a null consolidating unit or receiver is left out of the body. */
    private static String body(
            String opinionTask,
            String code,
            String subject,
            String consolidatingUnit,
            String receiverUnit,
            List<String> recipients,
            JsonArrayBuilder targets,
            OffsetDateTime start,
            int periods) {
        JsonArrayBuilder units = Json.createArrayBuilder();
        recipients.forEach(units::add);
        JsonObjectBuilder directive = Json.createObjectBuilder()
                .add("opinionTaskId", opinionTask)
                .add("code", code)
                .add("subject", subject)
                .add("opinion", "Giao các đơn vị thực hiện và báo cáo kết quả đúng hạn.")
                .add("leadUnit", "VP-KSTTHC")
                .add("recipients", units)
                .add("targets", targets)
                .add(
                        "cycle",
                        Json.createObjectBuilder()
                                .add("firstPeriodStart", start.toString())
                                .add("periodLength", "PT" + PERIOD_SECONDS + "S")
                                .add("unitDeadlineAfterEnd", "PT5S")
                                .add("reminderLetterAfterDeadline", "PT5S")
                                .add("consolidationDeadlineAfterEnd", "PT" + PERIOD_SECONDS + "S")
                                .add(
                                        "endAt",
                                        start.plusSeconds((long) periods * PERIOD_SECONDS)
                                                .toString()));
        if (consolidatingUnit != null) {
            directive.add("consolidatingUnit", consolidatingUnit);
        }
        if (receiverUnit != null) {
            directive.add("receiverUnit", receiverUnit);
        }
        return directive.build().toString();
    }

    private static String create(String body) {
        HttpResponse<String> created = post("/api/directives", tokenOf("lanhdao"), body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return object(created).getString("id");
    }

    private static void issue(String id, String code) {
        String base = "/api/directives/" + id;
        act("chuyenvien", base + "/draft", task(awaitTask("chuyenvien", "draftLetter", code)), 204);
        act("truongphong", base + "/review", decision(awaitTask("truongphong", "reviewDraft", code), true, null), 204);
        act("chanhvanphong", base + "/signature", signing(awaitTask("chanhvanphong", "signLetter", code)), 204);
        act("vanthu", base + "/issue", task(awaitTask("vanthu", "issueLetter", code)), 204);
    }

    private static void assign(String id, String code, String unit) {
        act(
                head(unit),
                "/api/directives/" + id + "/units/" + unit + "/assignment",
                "{\"taskId\":\"" + awaitTask(head(unit), "assignOrForward", code) + "\",\"officer\":\"" + officer(unit)
                        + "\"}",
                204);
    }

    /** The unit's officer sends these values (JSON object text, or null for a note alone); the head signs. */
    private static void report(String id, String code, String unit, String values) {
        String draft = awaitTask(officer(unit), "draftUnitReport", code);
        act(
                officer(unit),
                "/api/directives/" + id + "/units/" + unit + "/report",
                "{\"taskId\":\"" + draft + "\",\"note\":\"Báo cáo kết quả trong kỳ\""
                        + (values == null ? "" : ",\"values\":" + values) + "}",
                204);
        String approval = awaitTask(head(unit), "approveUnitReport", code);
        act(head(unit), "/api/directives/" + id + "/units/" + unit + "/report-approval", signing(approval), 204);
    }

    /** The City Office's monitoring division consolidates; its head signs; nobody beyond the city acknowledges. */
    private static void consolidate(String id, String code) {
        act(
                "theodoi",
                "/api/directives/" + id + "/consolidation",
                task(awaitTask("theodoi", "consolidateReports", code)),
                204);
        act(
                "truongphongnc",
                "/api/directives/" + id + "/consolidation-signature",
                signing(awaitTask("truongphongnc", "signConsolidatedReport", code)),
                204);
    }

    private static JsonObject status(String user, String id) {
        HttpResponse<String> response = get("/api/directives/" + id, tokenOf(user));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return object(response);
    }

    /** The directive's trail events of one kind, as the inspector reads them. */
    private static List<JsonObject> trail(String code, String kind) {
        HttpResponse<String> response =
                get("/api/audit/search?kind=" + kind + "&directive=" + code, tokenOf("thanhtra"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body()).asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .toList();
    }

    private static long documents(String code, String kind) {
        return count(
                "select count(*) from dh_document d join dh_directive x on x.id = d.directive_id"
                        + " where x.code = ? and d.kind = '" + kind + "' and d.state = 'ISSUED'",
                code);
    }

    @Test
    void aPeriodicReportOnDigitisingRunsWithItsOwnTargetsWardsUnderTheirDistrictAndALateUnit() throws Exception {
        String code = "SOHOA-IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        OffsetDateTime start = OffsetDateTime.now(ZONE).truncatedTo(ChronoUnit.SECONDS);
        List<String> recipients = List.of("SO-TP", SILENT, DISTRICT);
        String id = create(body(
                opinionTaskForNewLetter(),
                code,
                "V/v đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
                "VP-NCKTGS",
                null,
                recipients,
                digitisingTargets(),
                start,
                2));
        issue(id, code);
        String base = "/api/directives/" + id;

        assign(id, code, "SO-TP");
        assign(id, code, SILENT);
        var wards = Json.createArrayBuilder();
        WARDS.forEach(wards::add);
        act(
                head(DISTRICT),
                base + "/units/" + DISTRICT + "/assignment",
                Json.createObjectBuilder()
                        .add("taskId", awaitTask(head(DISTRICT), "assignOrForward", code))
                        .add("forwardTo", wards)
                        .build()
                        .toString(),
                204);
        WARDS.forEach(ward -> assign(id, code, ward));

        // What the directive does not ask, or asks otherwise, is refused and nothing is stored.
        String draft = awaitTask(officer("SO-TP"), "draftUnitReport", code);
        String reportPath = base + "/units/SO-TP/report";
        for (String values : List.of(
                "{\"digitised\":140,\"late\":0}",
                "{\"digitised\":85,\"late\":1.5}",
                "{\"digitised\":85,\"samples\":320}",
                "{\"digitised\":\"tám mươi\"}")) {
            HttpResponse<String> refused = post(
                    reportPath,
                    tokenOf(officer("SO-TP")),
                    "{\"taskId\":\"" + draft + "\",\"note\":\"x\",\"values\":" + values + "}");
            assertThat(refused.statusCode()).as(values + ": " + refused.body()).isEqualTo(400);
        }
        assertThat(count(
                        "select count(*) from dh_report_value v join dh_directive x on x.id = v.directive_id where x.code = ?",
                        code))
                .isZero();

        // Period 0: the department and both wards report; the district sends a note and its
        // figures are its wards' rolled up; SO-NV is silent.
        report(id, code, "SO-TP", "{\"digitised\":85,\"late\":0}");
        report(id, code, "PHUONG-HOANGVANTHU", "{\"digitised\":92,\"late\":0}");
        report(id, code, "PHUONG-MINHKHAI", "{\"digitised\":70.5,\"late\":2}");
        report(id, code, DISTRICT, null);
        // The monitoring division reminds the silent unit; its head types a wrong PIN once. Both
        // are in the trail with who did it, in which unit and role.
        String consolidation = awaitTask("theodoi", "consolidateReports", code);
        HttpResponse<String> reminded =
                post(base + "/consolidation-reminders", tokenOf("theodoi"), task(consolidation));
        assertThat(reminded.statusCode()).as(reminded.body()).isEqualTo(200);
        assertThat(object(reminded).getJsonArray("reminded").getString(0)).isEqualTo(SILENT);
        act("theodoi", base + "/consolidation", task(consolidation), 204);
        String signature = awaitTask("truongphongnc", "signConsolidatedReport", code);
        act("truongphongnc", base + "/consolidation-signature", signing(signature, true, null, "000000"), 400);
        act("truongphongnc", base + "/consolidation-signature", signing(signature), 204);
        JsonObject reminder = trail(code, "CONSOLIDATION_REMINDER").get(0);
        assertThat(reminder.getString("actor")).isEqualTo("theodoi");
        assertThat(reminder.getString("unitCode") + " " + reminder.getString("role"))
                .isEqualTo("VP-NCKTGS dic-officer");
        assertThat(reminder.getString("detail")).contains(SILENT);
        assertThat(trail(code, "SIGNING_REFUSED")).singleElement().satisfies(e -> assertThat(e.getString("actor"))
                .isEqualTo("truongphongnc"));
        JsonObject created = trail(code, "DIRECTIVE_CREATED").get(0);
        assertThat(created.getString("unitCode") + " " + created.getString("role"))
                .as("the leader acted in the People's Committee, as a city leader")
                .isEqualTo("UBND-HP city-leader");

        String consolidated = documentText(
                documentOf(id, "CONSOLIDATED_REPORT", null, 0, "theodoi").getString("id"), "theodoi");
        assertThat(consolidated)
                .contains("Tỷ lệ hồ sơ thủ tục hành chính được số hóa")
                .contains("tối thiểu 80 %")
                .contains("Số hồ sơ giải quyết trễ hạn")
                .contains("tối đa 0 hồ sơ")
                .contains("Sở Tư pháp")
                .contains("85 %")
                .contains("UBND phường Hoàng Văn Thụ")
                .contains("92 %")
                .contains("UBND phường Minh Khai")
                .contains("70,5 %")
                .contains("UBND quận Hồng Bàng")
                .contains("81,25 %") // the district: its wards' average
                .contains("Sở Nội vụ")
                .contains("Chưa báo cáo")
                .contains("Lãnh đạo Ủy ban nhân dân thành phố")
                .doesNotContain("i-Speed")
                .doesNotContain("Mbps");

        // The district reported for its wards: its own figures rolled up, and a table of them.
        String districtReport = documentText(
                documentOf(id, "UNIT_REPORT", DISTRICT, 0, "theodoi").getString("id"), "theodoi");
        assertThat(districtReport)
                .contains("Kết quả của 2 đơn vị cấp dưới")
                .contains("UBND phường Hoàng Văn Thụ")
                .contains("UBND phường Minh Khai")
                .contains("81,25 % (tổng hợp cấp dưới)")
                .contains("Phòng Nghiên cứu và Kiểm tra, giám sát");

        // The silent unit has period 1's report beside the one it owes, and sends the old one late.
        assertThat(eventually(
                        Duration.ofSeconds(2 * PERIOD_SECONDS),
                        () -> inbox(officer(SILENT)).stream()
                                        .filter(t -> "draftUnitReport".equals(t.getString("stepKey")))
                                        .filter(t -> code.equals(t.getString("businessKey", null)))
                                        .count()
                                == 2))
                .as("%s has period 1's report beside period 0's", SILENT)
                .isTrue();
        report(id, code, SILENT, "{\"digitised\":80,\"late\":0}");

        // Period 1: everyone, then the last consolidation.
        for (String unit : List.of("SO-TP", SILENT, "PHUONG-HOANGVANTHU", "PHUONG-MINHKHAI", DISTRICT)) {
            report(id, code, unit, unit.equals(DISTRICT) ? null : "{\"digitised\":88,\"late\":0}");
        }
        consolidate(id, code);

        assertThat(eventually(Duration.ofSeconds(60), () -> "CLOSED"
                        .equals(status("lanhdao", id).getString("status"))))
                .isTrue();
        JsonObject closed = status("thanhtra", id);
        assertThat(closed.getJsonArray("reports").stream()
                        .map(JsonValue::asJsonObject)
                        .filter(r -> r.getBoolean("late"))
                        .map(r -> r.getString("unitCode") + "#" + r.getInt("periodIndex")))
                .containsExactly(SILENT + "#0");
        assertThat(documents(code, "CONSOLIDATED_REPORT")).isEqualTo(2);
        assertThat(count(
                        "select count(*) from act_hi_taskinst t join act_hi_procinst p on p.proc_inst_id_ = t.proc_inst_id_"
                                + " where p.business_key_ = ? and t.task_def_key_ = 'acknowledgeReceipt'",
                        code))
                .as("a report that stays in the city waits for no receipt")
                .isZero();
        assertThat(count(
                        "select count(*) from dh_report_value v join dh_directive x on x.id = v.directive_id"
                                + " where x.code = ? and v.target_code = 'digitised'",
                        code))
                .as("a digitised value per report that had values: 4 in period 0, 4 in period 1")
                .isEqualTo(8);
    }

    @Test
    void aOneOffTaskIsReportedToTheLeadDivisionWithNoConsolidation() throws Exception {
        String code =
                "RASOAT-IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        OffsetDateTime start = OffsetDateTime.now(ZONE).truncatedTo(ChronoUnit.SECONDS);
        List<String> recipients = List.of("SO-TP", "SO-XD");
        String opinionTask = opinionTaskForNewLetter();

        // The templates on offer; a template that does not exist, a shape that does not hold
        // together and a unit that does not exist are refused, and nothing is created.
        HttpResponse<String> templates = get("/api/directive-templates", tokenOf("lanhdao"));
        assertThat(templates.statusCode()).as(templates.body()).isEqualTo(200);
        assertThat(json(templates.body()).asJsonArray().stream()
                        .map(t -> t.asJsonObject().getString("code")))
                .contains("ispeed-monthly", "quarterly-report", "one-off-task");
        HttpResponse<String> noTemplate = post(
                "/api/directives", tokenOf("lanhdao"), fromTemplate(opinionTask, code, "khong-co", recipients, start));
        assertThat(noTemplate.statusCode()).as(noTemplate.body()).isEqualTo(400);
        assertThat(noTemplate.body()).contains("Không có mẫu văn bản chỉ đạo");
        HttpResponse<String> receiverAlone = post(
                "/api/directives",
                tokenOf("lanhdao"),
                body(opinionTask, code, "V/v rà soát", null, "BO-TTTT", recipients, digitisingTargets(), start, 1));
        assertThat(receiverAlone.statusCode()).as(receiverAlone.body()).isEqualTo(400);
        assertThat(receiverAlone.body()).contains("đơn vị tổng hợp");
        HttpResponse<String> unknownUnit = post(
                "/api/directives",
                tokenOf("lanhdao"),
                body(
                        opinionTask,
                        code,
                        "V/v rà soát",
                        null,
                        null,
                        List.of("SO-KHONGCO"),
                        digitisingTargets(),
                        start,
                        1));
        assertThat(unknownUnit.statusCode()).as(unknownUnit.body()).isEqualTo(400);
        assertThat(unknownUnit.body()).contains("SO-KHONGCO");
        assertThat(count("select count(*) from dh_directive where code = ?", code))
                .isZero();

        String id = create(fromTemplate(opinionTask, code, "one-off-task", recipients, start));
        issue(id, code);
        recipients.forEach(unit -> assign(id, code, unit));
        HttpResponse<String> notYesNo = post(
                "/api/directives/" + id + "/units/SO-TP/report",
                tokenOf(officer("SO-TP")),
                "{\"taskId\":\"" + awaitTask(officer("SO-TP"), "draftUnitReport", code)
                        + "\",\"values\":{\"done\":\"yes\"}}");
        assertThat(notYesNo.statusCode()).as(notYesNo.body()).isEqualTo(400);
        report(id, code, "SO-TP", "{\"done\":true,\"result\":\"Đã gửi đề xuất sửa đổi 3 thủ tục.\"}");
        report(id, code, "SO-XD", "{\"done\":false}");

        // The lead division reads the reports addressed to it; the directive ends with its one period.
        JsonObject report = documentOf(id, "UNIT_REPORT", "SO-XD", 0, "chuyenvien");
        assertThat(documentText(report.getString("id"), "chuyenvien"))
                .contains("Phòng Kiểm soát thủ tục hành chính")
                .contains("Đã hoàn thành nhiệm vụ")
                .contains("Không");
        assertThat(eventually(Duration.ofSeconds(60), () -> "CLOSED"
                        .equals(status("lanhdao", id).getString("status"))))
                .isTrue();
        assertThat(documents(code, "UNIT_REPORT")).isEqualTo(2);
        assertThat(documents(code, "CONSOLIDATED_REPORT")).isZero();
        assertThat(count("select count(*) from act_hi_procinst where business_key_ = ?", code))
                .as("the directive and a case per unit, no consolidation")
                .isEqualTo(1 + recipients.size());
    }
}
