package vn.dieuhanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dieuhanh.system.Cases.*;
import static vn.dieuhanh.system.SystemUnderTest.*;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Input that is not exactly the documented shape: a 400 naming the field that changes nothing,
 * never a 500; far dates, out-of-range periods and over-large directives refused; the same sample
 * file sent at once by four clients imported once; JSON Lines one object a line; every refused row
 * in errors.csv; a receipt's status only for incoming documents.
 */
class StrictInputIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String HEADER =
            "sample_id,measured_at,operator,technology,download_mbps,upload_mbps,ping_ms,jitter_ms,place_code,credited_unit\n";

    @BeforeAll
    static void ready() {
        awaitReady();
    }

    private static void refused(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains(field).doesNotContain("RESTEASY");
    }

    private static String code() {
        return "STRICT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void typeConfusionsInADecisionAreRefusedAndTheTaskStaysOpen() {
        String code = code();
        HttpResponse<String> created = post(
                "/api/directives",
                tokenOf("lanhdao"),
                directiveBody(
                        opinionTaskForNewLetter(),
                        code,
                        List.of("SO-YTE"),
                        Cycle.monthly(OffsetDateTime.now(ZONE), 2)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = object(created).getString("id");
        String base = "/api/directives/" + id;
        act("chuyenvien", base + "/draft", task(taskOf("chuyenvien", "draftLetter", code)), 204);
        String review = taskOf("truongphong", "reviewDraft", code);
        String before = get(base, tokenOf("lanhdao")).body();

        String token = tokenOf("truongphong");
        refused(post(base + "/review", token, "{\"taskId\":\"" + review + "\",\"approved\":\"yes\"}"), "approved");
        refused(post(base + "/review", token, "{\"taskId\":\"" + review + "\",\"approved\":1}"), "approved");
        refused(post(base + "/review", token, "{\"taskId\":" + 5 + ",\"approved\":true}"), "taskId");
        refused(
                post(base + "/review", token, "{\"taskId\":\"" + review + "\",\"approved\":true,\"extra\":1}"),
                "extra");
        refused(post(base + "/review", token, "{\"taskId\":\"" + review + "\"}"), "approved");
        refused(post(base + "/review", token, "[{\"taskId\":\"" + review + "\",\"approved\":true}]"), "(body)");
        refused(post(base + "/review", token, "{\"taskId\":\"" + review + "\",\"approved\":true} {\"x\":1}"), "(body)");
        refused(
                post(base + "/review", token, "{\"taskId\":\"" + review + "\",\"approved\":false,\"reason\":[\"x\"]}"),
                "reason");
        refused(
                post(
                        base + "/review",
                        token,
                        "{\"taskId\":\"" + review + "\",\"approved\":false,\"reason\":\"a\\u0000b\"}"),
                "reason");
        // Nothing happened: the review is still open and the directive unchanged.
        assertThat(taskOf("truongphong", "reviewDraft", code)).isEqualTo(review);
        assertThat(get(base, tokenOf("lanhdao")).body()).isEqualTo(before);

        // The leader's closure with a number for its reason closes nothing.
        refused(post(base + "/closure", tokenOf("lanhdao"), "{\"reason\":5}"), "reason");
        assertThat(get(base, tokenOf("lanhdao")).body()).isEqualTo(before);
        assertThat(taskOf("truongphong", "reviewDraft", code)).isEqualTo(review);

        // A wrong Content-Type and an unknown path: our words, no framework code.
        HttpResponse<String> plain = send(HttpRequest.newBuilder(URI.create(BASE_URL + base + "/review"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("approved"))
                .build());
        assertThat(plain.statusCode()).isEqualTo(415);
        assertThat(plain.body()).contains("Content-Type").doesNotContain("RESTEASY");
        HttpResponse<String> nowhere = get("/api/no-such-thing", token);
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(nowhere.body()).contains("Không tìm thấy").doesNotContain("RESTEASY");

        // The receipt status is the register's, not a directive's.
        String process = object(created).getString("processInstanceId");
        assertThat(get("/api/incoming-documents/receipts/" + process, tokenOf("vanthu"))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void farDatesControlCharactersAndTypesInTheRegisterAreRefused() {
        String clerk = tokenOf("vanthu");
        refused(
                post(
                        "/api/incoming-documents/receipts",
                        clerk,
                        "{\"subject\":\"x\",\"registrationDue\":\"+999999999-12-31T00:00:00Z\"}"),
                "registrationDue");
        refused(
                post(
                        "/api/incoming-documents/receipts",
                        clerk,
                        "{\"subject\":\"x\",\"registrationDue\":\"2101-01-01T00:00:00+07:00\"}"),
                "registrationDue");
        refused(post("/api/incoming-documents/receipts", clerk, "{\"subject\":5}"), "subject");
        refused(post("/api/incoming-documents/receipts", clerk, "{\"subject\":\"a\\u0001b\"}"), "subject");
        refused(post("/api/incoming-documents/receipts", clerk, "{\"subject\":{\"a\":1}}"), "subject");

        String auditor = tokenOf("thanhtra");
        assertThat(get("/api/audit/search?from=0001-01-01&to=9999-12-31", auditor)
                        .statusCode())
                .isEqualTo(400);
        assertThat(get("/api/audit/report.pdf?from=0001-01-01&to=9999-12-31", auditor)
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void limitsOfADirectiveAndItsPeriodsAreClear400s() {
        String token = tokenOf("lanhdao");
        OffsetDateTime start = OffsetDateTime.now(ZONE);
        JsonObject tiny = Json.createObjectBuilder()
                .add("firstPeriodStart", start.toString())
                .add("periodLength", "PT0.001S")
                .add("unitDeadlineAfterEnd", "P0D")
                .add("reminderLetterAfterDeadline", "P1D")
                .add("consolidationDeadlineAfterEnd", "P1D")
                .add("endAt", start.plusDays(1).toString())
                .build();
        String opinion = opinionTaskForNewLetter();
        HttpResponse<String> tooShort =
                post("/api/directives", token, directiveBody(opinion, code(), List.of("SO-YTE"), tiny));
        assertThat(tooShort.statusCode()).as(tooShort.body()).isEqualTo(400);
        JsonObject many = Json.createObjectBuilder()
                .add("firstPeriodStart", start.toString())
                .add("frequency", "MONTHLY")
                .add("periods", 501)
                .add("reportDueDays", 0)
                .add("reminderLetterDays", 3)
                .add("consolidationDueDays", 1)
                .build();
        HttpResponse<String> tooMany =
                post("/api/directives", token, directiveBody(opinion, code(), List.of("SO-YTE"), many));
        assertThat(tooMany.statusCode()).as(tooMany.body()).isEqualTo(400);
        List<String> units = IntStream.range(0, 5_001).mapToObj(i -> "DV-" + i).toList();
        refused(
                post("/api/directives", token, directiveBody(opinion, code(), units, Cycle.monthly(start, 2))),
                "recipients");
        // The opinion task is still open: nothing was created.
        assertThat(inbox("lanhdao")).extracting(t -> t.getString("id")).contains(opinion);

        HttpResponse<String> created = post(
                "/api/directives", token, directiveBody(opinion, code(), List.of("SO-YTE"), Cycle.monthly(start, 2)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = object(created).getString("id");
        for (String period : List.of("-1", "2", "999999", "abc")) {
            int status = get("/api/measurements/figures?directive=" + id + "&period=" + period, token)
                    .statusCode();
            assertThat(status).as("period " + period).isIn(400, 404);
        }
    }

    private static HttpResponse<String> upload(String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(BASE_URL + "/api/measurements/imports?name=strict.csv"))
                .header("Authorization", "Bearer " + tokenOf("tonghop-tttt"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }

    private static String yesterday() {
        return OffsetDateTime.now(ZONE)
                .minusDays(1)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
    }

    @Test
    void theSameFileFromFourClientsAtOnceIsImportedOnce() {
        String p = "ST-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < 8_000; i++) {
            file.append(p).append(i).append(',').append(yesterday()).append(",Viettel,4G,50,10,20,3,PHUONG-MAYTO,\n");
        }
        String body = file.toString();
        tokenOf("tonghop-tttt");
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sent.add(CompletableFuture.supplyAsync(() -> upload("text/csv", body)));
        }
        List<HttpResponse<String>> answers =
                sent.stream().map(CompletableFuture::join).toList();
        int stored = 0;
        for (HttpResponse<String> answer : answers) {
            assertThat(answer.statusCode()).as(answer.body()).isIn(201, 409);
            if (answer.statusCode() == 201) {
                stored += object(answer).getInt("rowsStored");
            } else {
                assertThat(answer.body()).contains("đang được nhập");
            }
        }
        assertThat(stored).as("every sample stored exactly once").isEqualTo(8_000);
        assertThat(answers)
                .filteredOn(a -> a.statusCode() == 201 && object(a).getInt("rowsStored") > 0)
                .hasSize(1);
        assertThat(count("select count(*) from dh_sample where sample_id like ?", p + "%"))
                .isEqualTo(8_000);
    }

    @Test
    void jsonLinesOddControlCharactersColumnOrderAndEveryRefusedRowInTheReport() {
        String p = "SJ-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String when = yesterday();
        java.util.function.IntFunction<String> row = i -> "{\"sample_id\":\"" + p + i + "\",\"measured_at\":\"" + when
                + "\",\"operator\":\"Viettel\",\"technology\":\"4G\",\"download_mbps\":50,\"upload_mbps\":10,"
                + "\"ping_ms\":20,\"jitter_ms\":3,\"place_code\":\"PHUONG-MAYTO\",\"credited_unit\":null}";
        String lines = row.apply(1) + row.apply(2) + "\n" // two objects on a line
                + row.apply(3) + " , and more\n" // trailing garbage
                + "[\n" + row.apply(4) + ",\n" + row.apply(5) + "\n]\n" // an array over lines
                + row.apply(6).replace("\"Viettel\"", "\"Viet\\u0000tel\"") + "\n" // a NUL in a text
                + row.apply(7) + "\n";
        HttpResponse<String> imported = upload("application/x-ndjson", lines);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        JsonObject report = object(imported);
        assertThat(report.getInt("rowsStored")).isEqualTo(2); // rows 5 and 7 are each one object
        assertThat(report.getInt("rowsRefused")).isEqualTo(6);
        assertThat(count("select count(*) from dh_sample where sample_id = ?", p + "1"))
                .isZero();
        assertThat(count("select count(*) from dh_sample where sample_id = ?", p + "2"))
                .isZero();
        assertThat(count("select count(*) from dh_sample where sample_id = ?", p + "6"))
                .isZero();

        // Columns in another order are refused, as the format says.
        String swapped = HEADER.replace("sample_id,measured_at", "measured_at,sample_id");
        assertThat(upload("text/csv", swapped + when + "," + p + "x,Viettel,4G,50,10,20,3,PHUONG-MAYTO,\n")
                        .statusCode())
                .isEqualTo(400);

        // More refused rows than the old limit of 10,000: every one is in errors.csv.
        StringBuilder bad = new StringBuilder(HEADER);
        for (int i = 0; i < 10_050; i++) {
            bad.append(p)
                    .append("b")
                    .append(i)
                    .append(',')
                    .append(when)
                    .append(",Viettel,4G,abc,10,20,3,PHUONG-MAYTO,\n");
        }
        HttpResponse<String> garbage = upload("text/csv", bad.toString());
        assertThat(garbage.statusCode()).as(garbage.body()).isEqualTo(201);
        String id = object(garbage).getString("id");
        HttpResponse<String> errors = get("/api/measurements/imports/" + id + "/errors.csv", tokenOf("tonghop-tttt"));
        assertThat(errors.statusCode()).isEqualTo(200);
        assertThat(errors.body().lines().count()).isEqualTo(10_051);
    }
}
