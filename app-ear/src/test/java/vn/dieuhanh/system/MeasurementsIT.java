package vn.dieuhanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dieuhanh.system.Cases.*;
import static vn.dieuhanh.system.SystemUnderTest.*;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dieuhanh.system.Cases.Cycle;

/**
 * i-Speed sample files through the API on the real server and PostgreSQL: rows stored and refused,
 * the error report, idempotence, atomicity and limits; then a directive's measured figures and
 * the consolidated report that prints them.
 */
class MeasurementsIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String HEADER =
            "sample_id,measured_at,operator,technology,download_mbps,upload_mbps,ping_ms,jitter_ms,place_code,credited_unit\n";

    @BeforeAll
    static void ready() {
        awaitReady();
    }

    private static HttpResponse<String> upload(String user, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(BASE_URL + "/api/measurements/imports?name=thang-11.csv"))
                .header("Authorization", "Bearer " + tokenOf(user))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    private static HttpResponse<String> csv(String body) {
        return upload("tonghop-tttt", "text/csv", body.getBytes(StandardCharsets.UTF_8));
    }

    private static long samples(String prefix) {
        return count("select count(*) from dh_sample where sample_id like ?", prefix + "%");
    }

    private static String at(OffsetDateTime time) {
        return time.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    @Test
    void validRowsAreStoredRefusedOnesReportedAndASecondImportStoresNothingTwice() {
        String p = "IT-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String yesterday = at(OffsetDateTime.now(ZONE).minusDays(1));
        String file = HEADER
                + p + "1," + yesterday + ",Viettel,4G,56.4,11.2,23,4.1,PHUONG-MAYTO,SO-YTE\n"
                + p + "2," + yesterday + ",Vietnamobile,4g,27.9,5.0,48,9.7,PHUONG-LACHTRAY,\n"
                + p + "3," + yesterday + ",MobiFone,4G,-5,1,20,3,PHUONG-MAYTO,\n"
                + p + "4," + yesterday + ",\"=HYPERLINK(\"\"http://x\"\")\",4G,abc,1,20,3,PHUONG-MAYTO,\n"
                + p + "5," + at(OffsetDateTime.now(ZONE).plusDays(2)) + ",Viettel,4G,50,10,20,3,PHUONG-MAYTO,\n"
                + p + "6," + yesterday + ",Viettel,4G,50,10,20,3,NOI-KHONG-CO,\n"
                + p + "1," + yesterday + ",Viettel,4G,50,10,20,3,PHUONG-MAYTO,\n";
        HttpResponse<String> first = csv(file);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonObject report = object(first);
        assertThat(report.getInt("rowsRead")).isEqualTo(7);
        assertThat(report.getInt("rowsStored")).isEqualTo(2);
        assertThat(report.getInt("rowsRefused")).isEqualTo(5);
        assertThat(report.getJsonArray("problems").stream()
                        .map(JsonValue::asJsonObject)
                        .map(x -> x.getInt("rowNumber") + ":" + x.getString("column")))
                .contains("3:download_mbps", "4:download_mbps", "5:measured_at", "6:place_code");
        assertThat(samples(p)).isEqualTo(2);

        // The error report: every refused row, nothing a spreadsheet would run as a formula.
        HttpResponse<String> errors =
                get("/api/measurements/imports/" + report.getString("id") + "/errors.csv", tokenOf("tonghop-tttt"));
        assertThat(errors.statusCode()).isEqualTo(200);
        assertThat(errors.body())
                .contains("row,column,value,reason")
                .contains("'-5")
                .doesNotContain(",=HYPERLINK");

        HttpResponse<String> again = csv(file);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(object(again).getInt("rowsStored")).isZero();
        assertThat(object(again).getInt("rowsKnown")).isEqualTo(2);
        assertThat(samples(p)).as("nothing stored twice").isEqualTo(2);
        assertThat(object(get("/api/measurements/imports/" + report.getString("id"), tokenOf("thanhtra")))
                        .getString("sha256"))
                .hasSize(64)
                .isEqualTo(object(again).getString("sha256"));
    }

    @Test
    void aFileThatIsWrongAsAWholeStoresNothing() {
        long imports = count("select count(*) from dh_sample_import where file_name like ?", "%");
        String p = "BAD-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String row =
                p + "1," + at(OffsetDateTime.now(ZONE).minusDays(1)) + ",Viettel,4G,56.4,11.2,23,4.1,PHUONG-MAYTO,\n";

        assertThat(csv("").statusCode()).isEqualTo(400);
        assertThat(csv(HEADER).statusCode()).isEqualTo(400);
        HttpResponse<String> semicolons = csv(HEADER.replace(',', ';') + row.replace(',', ';'));
        assertThat(semicolons.statusCode()).isEqualTo(400);
        assertThat(semicolons.body()).contains("phẩy");
        HttpResponse<String> missing = csv(HEADER.replace(",credited_unit", "") + row);
        assertThat(missing.statusCode()).isEqualTo(400);
        byte[] latin1 = (HEADER + row.replace("Viettel", "Hải Phòng")).getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> encoding = upload("tonghop-tttt", "text/csv", latin1);
        assertThat(encoding.statusCode()).as(encoding.body()).isEqualTo(400);
        assertThat(encoding.body()).contains("UTF-8");
        HttpResponse<String> truncated = csv(HEADER + row + p + "2,\"2024-11-20T08:15:00+07:00,Viet");
        assertThat(truncated.statusCode()).isEqualTo(400);

        // Over the limit (1 MB on the test server): refused, nothing stored.
        StringBuilder big = new StringBuilder(HEADER);
        for (int i = 0; big.length() < 2 * 1024 * 1024; i++) {
            big.append(row.replace(p + "1,", p + "big" + i + ","));
        }
        HttpResponse<String> tooLarge = csv(big.toString());
        assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(413);

        assertThat(samples(p)).isZero();
        assertThat(count("select count(*) from dh_sample_import where file_name like ?", "%"))
                .as("no import recorded for a refused file")
                .isEqualTo(imports);
        assertThat(upload("chuyenvien", "text/csv", (HEADER + row).getBytes(StandardCharsets.UTF_8))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void jsonLinesToo() {
        String p = "JL-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String at = at(OffsetDateTime.now(ZONE).minusDays(1));
        String body = "{\"sample_id\":\"" + p + "1\",\"measured_at\":\"" + at + "\",\"operator\":\"VinaPhone\","
                + "\"technology\":\"5G\",\"download_mbps\":210.5,\"upload_mbps\":40,\"ping_ms\":12,\"jitter_ms\":2,"
                + "\"place_code\":\"PHUONG-LELOI\",\"credited_unit\":null}\n"
                + "[1,2,3]\n";
        HttpResponse<String> response =
                upload("tonghop-tttt", "application/x-ndjson", body.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(object(response).getInt("rowsStored")).isEqualTo(1);
        assertThat(object(response).getInt("rowsRefused")).isEqualTo(1);
    }

    @Test
    void theFiguresOfAPeriodAndTheConsolidatedReportThatPrintsThem() throws Exception {
        // One period of 60 s that began 40 s ago: its samples can be measured already, and the
        // consolidation opens a few seconds after it ends.
        OffsetDateTime start = OffsetDateTime.now(ZONE).minusSeconds(40).truncatedTo(ChronoUnit.SECONDS);
        String code = "FIG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String id = issuedDirective(
                code,
                List.of("QUAN-HAIAN", "SO-KHDT"),
                new Cycle(start, "PT60S", "PT5S", "PT600S", "PT600S", start.plusSeconds(60)));

        String p = code + "-";
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 1; i <= 7; i++) {
            file.append(p)
                    .append(i)
                    .append(',')
                    .append(at(start.plusSeconds(i)))
                    .append(",Viettel,4G,")
                    .append(50 + i)
                    .append(",10,20,3,QUAN-HAIAN,\n");
        }
        for (int i = 8; i <= 10; i++) {
            file.append(p)
                    .append(i)
                    .append(',')
                    .append(at(start.plusSeconds(i)))
                    .append(",Vietnamobile,4G,")
                    .append(20 + i)
                    .append(",5,40,6,QUAN-HAIAN,SO-KHDT\n");
        }
        HttpResponse<String> imported = csv(file.toString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        assertThat(object(imported).getInt("rowsStored")).isEqualTo(10);

        HttpResponse<String> response =
                get("/api/measurements/figures?directive=" + id + "&period=0", tokenOf("tonghop-tttt"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject figures = object(response);
        assertThat(figures.getInt("sampleTarget")).isEqualTo(300);
        assertThat(figures.getJsonArray("units").stream()
                        .map(JsonValue::asJsonObject)
                        .map(u -> u.getString("unitCode") + "=" + u.getInt("total")))
                .containsExactly("QUAN-HAIAN=7", "SO-KHDT=3");
        assertThat(figures.getJsonArray("shortfalls")).hasSize(2);
        assertThat(get("/api/measurements/figures?directive=" + id + "&period=0", tokenOf("thutruong-so-xd"))
                        .statusCode())
                .as("not a party of this directive")
                .isEqualTo(404);

        // The district reports 9 samples itself; the system measured 7: both are printed, the measured judged.
        act(
                "thutruong-quan-haian",
                "/api/directives/" + id + "/units/QUAN-HAIAN/assignment",
                "{\"taskId\":\"" + taskOf("thutruong-quan-haian", "assignOrForward", code)
                        + "\",\"officer\":\"canbo-quan-haian\"}",
                204);
        String draft = Cases.awaitTask("canbo-quan-haian", "draftUnitReport", code, Duration.ofSeconds(30));
        act(
                "canbo-quan-haian",
                "/api/directives/" + id + "/units/QUAN-HAIAN/report",
                "{\"taskId\":\"" + draft + "\",\"note\":\"Đã vận động\",\"values\":{\"samples\":-1}}",
                400);
        // What the directive does not ask for is refused, never dropped: another field, another
        // target, a measured target, a value of the wrong type.
        for (String refused : List.of(
                "\"samples\":9",
                "\"figures\":{\"samples\":9}",
                "\"values\":{\"files\":9}",
                "\"values\":{\"download4g\":50}",
                "\"values\":{\"samples\":\"9\"}",
                "\"values\":{\"samples\":{\"value\":9,\"evidence\":1}}",
                "\"values\":[9]")) {
            act(
                    "canbo-quan-haian",
                    "/api/directives/" + id + "/units/QUAN-HAIAN/report",
                    "{\"taskId\":\"" + draft + "\",\"note\":\"Đã vận động\"," + refused + "}",
                    400);
        }
        assertThat(count("select count(*) from dh_report_value where directive_id = ?", id))
                .as("nothing refused is stored")
                .isZero();
        act(
                "canbo-quan-haian",
                "/api/directives/" + id + "/units/QUAN-HAIAN/report",
                "{\"taskId\":\"" + draft + "\",\"note\":\"Đã vận động\",\"values\":{\"samples\":"
                        + "{\"value\":9,\"comment\":\"Đếm tại trụ sở\"}}}",
                204);
        act(
                "thutruong-quan-haian",
                "/api/directives/" + id + "/units/QUAN-HAIAN/report-approval",
                signing(Cases.awaitTask("thutruong-quan-haian", "approveUnitReport", code, Duration.ofSeconds(30))),
                204);

        String consolidate = Cases.awaitTask("tonghop-tttt", "consolidateReports", code, Duration.ofSeconds(90));
        act("tonghop-tttt", "/api/directives/" + id + "/consolidation", task(consolidate), 204);
        HttpResponse<String> documents = get("/api/documents?directive=" + id, tokenOf("tonghop-tttt"));
        String reportId = json(documents.body()).asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(d -> d.getString("kind").equals("CONSOLIDATED_REPORT"))
                .findFirst()
                .orElseThrow()
                .getString("id");
        HttpResponse<byte[]> pdf =
                sendBytes(HttpRequest.newBuilder(URI.create(BASE_URL + "/api/documents/" + reportId + "/pdf"))
                        .header("Authorization", "Bearer " + tokenOf("tonghop-tttt"))
                        .GET()
                        .build());
        Path saved = Files.createTempFile("consolidated-", ".pdf");
        Files.write(saved, pdf.body());
        Process text = new ProcessBuilder("pdftotext", "-layout", saved.toString(), "-")
                .redirectErrorStream(true)
                .start();
        String printed =
                new String(text.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        assertThat(printed).contains("Viettel 4G 7 54,0 Đạt").contains("Vietnamobile 4G 3 29,0 Chưa đạt");
        assertThat(printed).as("self-reported beside measured").contains("7 (tự báo cáo: 9) Chưa đạt");
        assertThat(printed)
                .as("every target named with its requirement")
                .contains("Số mẫu đo i-Speed (tối thiểu 300 mẫu)")
                .contains("Tốc độ tải xuống trung bình 4G (tối thiểu 40 Mbps)");
        assertThat(printed)
                .as("the unit that did not report, named")
                .contains("0 đơn vị báo cáo muộn); 1 đơn vị chưa báo cáo");
    }
}
