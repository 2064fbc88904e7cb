package vn.dieuhanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dieuhanh.system.SystemUnderTest.*;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The steps the system tests take again and again, as the demo's people would through the API. */
final class Cases {

    private Cases() {}

    /**
     * A cycle as a leader chooses it: how often (MONTHLY ... ONCE), how many periods or, once,
     * until when, and deadlines in days; what the opinion page asks and the API's plain form.
     */
    record Choice(
            String frequency,
            Integer periods,
            OffsetDateTime deadline,
            int reportDueDays,
            int reminderLetterDays,
            int consolidationDueDays) {}

    /**
     * A directive's reporting cycle as the server stores it (ISO 8601 durations), and the plain
     * choice it was made from, if any: the API is then sent the choice, otherwise the durations.
     */
    record Cycle(
            OffsetDateTime start,
            String periodLength,
            String unitDeadline,
            String reminderLetter,
            String consolidation,
            OffsetDateTime end,
            Choice choice) {

        /** Durations only, for periods of seconds that no plain choice gives. */
        Cycle(
                OffsetDateTime start,
                String periodLength,
                String unitDeadline,
                String reminderLetter,
                String consolidation,
                OffsetDateTime end) {
            this(start, periodLength, unitDeadline, reminderLetter, consolidation, end, null);
        }

        /** Monthly for so many months, reports due at the period's end: the i-Speed cycle. */
        static Cycle monthly(OffsetDateTime start, int months) {
            return new Cycle(
                    start,
                    "P1M",
                    "P0D",
                    "P3D",
                    "P1D",
                    start.plusMonths(months),
                    new Choice("MONTHLY", months, null, 0, 3, 1));
        }

        /** One period from the start until the deadline, its report due then. */
        static Cycle once(
                OffsetDateTime start, OffsetDateTime deadline, int reminderLetterDays, int consolidationDays) {
            return new Cycle(
                    start,
                    Duration.between(start, deadline).toString(),
                    "P0D",
                    "P" + reminderLetterDays + "D",
                    "P" + consolidationDays + "D",
                    deadline,
                    new Choice("ONCE", null, deadline, 0, reminderLetterDays, consolidationDays));
        }

        /** The cycle as the API takes it: the plain choice when there is one, else the durations. */
        JsonObject json() {
            var json = Json.createObjectBuilder().add("firstPeriodStart", start.toString());
            if (choice == null) {
                return json.add("periodLength", periodLength)
                        .add("unitDeadlineAfterEnd", unitDeadline)
                        .add("reminderLetterAfterDeadline", reminderLetter)
                        .add("consolidationDeadlineAfterEnd", consolidation)
                        .add("endAt", end.toString())
                        .build();
            }
            json.add("frequency", choice.frequency());
            if (choice.periods() != null) {
                json.add("periods", choice.periods());
            }
            if (choice.deadline() != null) {
                json.add("deadline", choice.deadline().toString());
            }
            return json.add("reportDueDays", choice.reportDueDays())
                    .add("reminderLetterDays", choice.reminderLetterDays())
                    .add("consolidationDueDays", choice.consolidationDueDays())
                    .build();
        }
    }

    static List<JsonObject> inbox(String user) {
        HttpResponse<String> response = get("/api/tasks", tokenOf(user));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body()).asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .toList();
    }

    /**
     * The user's first task at this step of this case. The inbox lists the oldest first: a unit
     * with two periods open (the earlier one not sent yet) gets the earlier period's.
     */
    static Optional<JsonObject> findTask(String user, String step, String caseReference) {
        return inbox(user).stream()
                .filter(t -> step.equals(t.getString("stepKey")))
                .filter(t -> caseReference.equals(t.getString("businessKey", null)))
                .findFirst();
    }

    /** The id of the user's task at this step of this case (directive code), there now. */
    static String taskOf(String user, String step, String caseReference) {
        return findTask(user, step, caseReference)
                .orElseThrow(() -> new AssertionError(user + " has no " + step + " of " + caseReference))
                .getString("id");
    }

    /** The task appears in the user's inbox (at once, or when a period's timer has fired). */
    static String awaitTask(String user, String step, String caseReference, Duration limit) {
        List<String> found = new ArrayList<>();
        boolean appeared = eventually(limit, () -> findTask(user, step, caseReference)
                .map(t -> found.add(t.getString("id")))
                .orElse(false));
        assertThat(appeared).as("%s sees %s of %s", user, step, caseReference).isTrue();
        return found.get(0);
    }

    static void act(String user, String path, String body, int expected) {
        HttpResponse<String> response = post(path, tokenOf(user), body);
        assertThat(response.statusCode())
                .as("%s %s: %s", user, path, response.body())
                .isEqualTo(expected);
    }

    static String task(String taskId) {
        return "{\"taskId\":\"" + taskId + "\"}";
    }

    static String decision(String taskId, boolean approved, String reason) {
        return Json.createObjectBuilder()
                .add("taskId", taskId)
                .add("approved", approved)
                .add("reason", reason == null ? "" : reason)
                .build()
                .toString();
    }

    /** The PIN of every demo key (the test server creates demo keys, as the demo does). */
    static final String DEMO_PIN = "123456";

    /** A decision that signs when it approves, with the signer's PIN. */
    static String signing(String taskId, boolean approved, String reason, String pin) {
        return Json.createObjectBuilder()
                .add("taskId", taskId)
                .add("approved", approved)
                .add("reason", reason == null ? "" : reason)
                .add("pin", pin)
                .build()
                .toString();
    }

    static String signing(String taskId) {
        return signing(taskId, true, null, DEMO_PIN);
    }

    /** An incoming letter received and registered by the records clerk; returns the leader's opinion task. */
    static String opinionTaskForNewLetter() {
        HttpResponse<String> received = post(
                "/api/incoming-documents/receipts",
                tokenOf("vanthu"),
                "{\"subject\":\"Công văn 4459/BTTTT-CVT về i-Speed\"}");
        assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
        JsonObject receipt = object(received);
        String body =
                """
                {"taskId":"%s","sender":"Bộ Thông tin và Truyền thông","senderReference":"4459/BTTTT-CVT-%s",
                 "documentDate":"2024-10-18","subject":"V/v đẩy mạnh sử dụng ứng dụng i-Speed",
                 "handlingDue":"%s"}"""
                        .formatted(
                                receipt.getString("registrationTaskId"),
                                UUID.randomUUID(),
                                LocalDate.now().plusDays(7));
        act("vanthu", "/api/incoming-documents", body, 201);
        String process = receipt.getString("processInstanceId");
        return inbox("lanhdao").stream()
                .filter(t -> "giveDirectingOpinion".equals(t.getString("stepKey")))
                .filter(t -> process.equals(t.getString("processInstanceId")))
                .findFirst()
                .orElseThrow()
                .getString("id");
    }

    /** The leader's directing opinion as the API takes it: the i-Speed targets, these units and cycle. */
    static String directiveBody(String opinionTaskId, String code, List<String> recipients, Cycle cycle) {
        return directiveBody(opinionTaskId, code, recipients, cycle.json());
    }

    /** As {@link #directiveBody(String, String, List, Cycle)}, with the cycle's JSON as given (a wrong one, say). */
    static String directiveBody(String opinionTaskId, String code, List<String> recipients, JsonObject cycle) {
        var recipientArray = Json.createArrayBuilder();
        recipients.forEach(recipientArray::add);
        return Json.createObjectBuilder()
                .add("opinionTaskId", opinionTaskId)
                .add("code", code)
                .add("subject", "V/v đôn đốc đẩy mạnh sử dụng ứng dụng i-Speed đo tốc độ truy cập Internet")
                .add("opinion", "Giao Sở TT&TT tổng hợp; các đơn vị bảo đảm tối thiểu 300 mẫu đo mỗi tháng.")
                .add("leadUnit", "VP-KSTTHC")
                .add("consolidatingUnit", "SO-TTTT")
                .add("receiverUnit", "BO-TTTT")
                .add("recipients", recipientArray)
                .add(
                        "targets",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("code", "samples")
                                        .add("name", "Số mẫu đo i-Speed")
                                        .add("measure", "mẫu")
                                        .add("kind", "COUNT")
                                        .add("threshold", 300)
                                        .add("comparison", "AT_LEAST")
                                        .add("source", "SELF_REPORTED")
                                        .add("series", "ispeed-samples"))
                                .add(Json.createObjectBuilder()
                                        .add("code", "download4g")
                                        .add("name", "Tốc độ tải xuống trung bình 4G")
                                        .add("measure", "Mbps")
                                        .add("threshold", 40)
                                        .add("comparison", "AT_LEAST")
                                        .add("rollUp", "AVERAGE")
                                        .add("source", "MEASURED")
                                        .add("series", "ispeed-download-4g")))
                .add("cycle", cycle)
                .build()
                .toString();
    }

    /** A new directive (from a new letter), drafted, reviewed and signed: waiting for the records clerk. */
    static String signedDirective(String code, List<String> recipients, Cycle cycle) {
        HttpResponse<String> created = post(
                "/api/directives",
                tokenOf("lanhdao"),
                directiveBody(opinionTaskForNewLetter(), code, recipients, cycle));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = object(created).getString("id");
        String base = "/api/directives/" + id;
        act("chuyenvien", base + "/draft", task(taskOf("chuyenvien", "draftLetter", code)), 204);
        act("truongphong", base + "/review", decision(taskOf("truongphong", "reviewDraft", code), true, null), 204);
        act("chanhvanphong", base + "/signature", signing(taskOf("chanhvanphong", "signLetter", code)), 204);
        return id;
    }

    /** As {@link #signedDirective}, then issued to its recipients. */
    static String issuedDirective(String code, List<String> recipients, Cycle cycle) {
        String id = signedDirective(code, recipients, cycle);
        act("vanthu", "/api/directives/" + id + "/issue", task(taskOf("vanthu", "issueLetter", code)), 204);
        return id;
    }

    static long count(String sql, String parameter) {
        try (Connection db = database();
                PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One of the directive's documents as this user's documents list shows it: by kind, unit (null: none) and period. */
    static JsonObject documentOf(String directiveId, String kind, String unit, int period, String user) {
        HttpResponse<String> list = get("/api/documents?directive=" + directiveId, tokenOf(user));
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return json(list.body()).asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(d -> d.getString("kind").equals(kind))
                // A field with no value is left out of the answer: the consolidated report has no unit.
                .filter(d -> java.util.Objects.equals(unit, d.getString("unitCode", null)))
                .filter(d ->
                        d.containsKey("periodIndex") && !d.isNull("periodIndex") && d.getInt("periodIndex") == period)
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("no " + kind + " of " + unit + " #" + period + ": " + list.body()));
    }

    /** The document's text as pdftotext reads it, on one line: tables wrap their cells. */
    static String documentText(String documentId, String user) throws Exception {
        HttpResponse<byte[]> response =
                sendBytes(HttpRequest.newBuilder(URI.create(BASE_URL + "/api/documents/" + documentId + "/pdf"))
                        .header("Authorization", "Bearer " + tokenOf(user))
                        .GET()
                        .build());
        assertThat(response.statusCode()).isEqualTo(200);
        Path file = Files.createTempFile("report", ".pdf");
        Files.write(file, response.body());
        Process process = new ProcessBuilder("pdftotext", file.toString(), "-")
                .redirectErrorStream(true)
                .start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Files.delete(file);
        return text.replaceAll("\\s+", " ");
    }
}
