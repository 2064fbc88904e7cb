package vn.dieuhanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dieuhanh.system.Cases.*;
import static vn.dieuhanh.system.SystemUnderTest.*;

import jakarta.json.Json;
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
 * A directive unlike i-Speed through the pages, from where each person stands: a quarterly report
 * from the template (a percent, a count and a text target), a district that forwarded it to two
 * wards. The district's officer sees the wards' reports with their values on the report page,
 * enters the district's own text and leaves its figures to the wards' roll-up; the head reads the
 * same and signs; the City Office's monitoring division sees a column per target, wards under
 * their district.
 */
class AnyDirectiveBrowserIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String DISTRICT = "QUAN-HONGBANG";
    private static final List<String> WARDS = List.of("PHUONG-HOANGVANTHU", "PHUONG-MINHKHAI");
    private static final Duration WAIT = Duration.ofSeconds(180);

    @BeforeAll
    static void ready() {
        awaitReady();
    }

    private static String officer(String unit) {
        return "canbo-" + unit.toLowerCase();
    }

    private static String head(String unit) {
        return "thutruong-" + unit.toLowerCase();
    }

    @Test
    void aDistrictReportsForItsWardsThroughThePagesAndTheCityOfficeSeesEveryTarget() {
        String code = "QUY-E2E-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        OffsetDateTime start = OffsetDateTime.now(ZONE).truncatedTo(ChronoUnit.SECONDS);
        // The quarterly template's targets and units; one short period, so the consolidation
        // opens while the test runs (the template's cycle gives way to the one given here).
        HttpResponse<String> created = post(
                "/api/directives",
                tokenOf("lanhdao"),
                Json.createObjectBuilder()
                        .add("opinionTaskId", opinionTaskForNewLetter())
                        .add("code", code)
                        .add("subject", "V/v báo cáo kết quả số hóa hồ sơ thủ tục hành chính")
                        .add("opinion", "Giao UBND các quận báo cáo kết quả hằng quý.")
                        .add("leadUnit", "VP-KSTTHC")
                        .add("recipients", Json.createArrayBuilder().add(DISTRICT))
                        .add("template", "quarterly-report")
                        .add(
                                "cycle",
                                Json.createObjectBuilder()
                                        .add("firstPeriodStart", start.toString())
                                        .add("periodLength", "PT150S")
                                        .add("unitDeadlineAfterEnd", "PT5S")
                                        .add("reminderLetterAfterDeadline", "PT1H")
                                        .add("consolidationDeadlineAfterEnd", "PT1H")
                                        .add("endAt", start.plusSeconds(150).toString()))
                        .build()
                        .toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = object(created).getString("id");
        String base = "/api/directives/" + id;
        act("chuyenvien", base + "/draft", task(Cases.awaitTask("chuyenvien", "draftLetter", code, WAIT)), 204);
        act(
                "truongphong",
                base + "/review",
                decision(Cases.awaitTask("truongphong", "reviewDraft", code, WAIT), true, null),
                204);
        act(
                "chanhvanphong",
                base + "/signature",
                signing(Cases.awaitTask("chanhvanphong", "signLetter", code, WAIT)),
                204);
        act("vanthu", base + "/issue", task(Cases.awaitTask("vanthu", "issueLetter", code, WAIT)), 204);
        var wards = Json.createArrayBuilder();
        WARDS.forEach(wards::add);
        act(
                head(DISTRICT),
                base + "/units/" + DISTRICT + "/assignment",
                Json.createObjectBuilder()
                        .add("taskId", Cases.awaitTask(head(DISTRICT), "assignOrForward", code, WAIT))
                        .add("forwardTo", wards)
                        .build()
                        .toString(),
                204);
        List<String> values = List.of(
                "{\"completion\":92,\"overdue\":0,\"difficulties\":\"Thiếu máy quét\"}",
                "{\"completion\":70.5,\"overdue\":2}");
        for (int i = 0; i < WARDS.size(); i++) {
            String ward = WARDS.get(i);
            act(
                    head(ward),
                    base + "/units/" + ward + "/assignment",
                    "{\"taskId\":\"" + Cases.awaitTask(head(ward), "assignOrForward", code, WAIT) + "\",\"officer\":\""
                            + officer(ward) + "\"}",
                    204);
            act(
                    officer(ward),
                    base + "/units/" + ward + "/report",
                    "{\"taskId\":\"" + Cases.awaitTask(officer(ward), "draftUnitReport", code, WAIT) + "\",\"values\":"
                            + values.get(i) + "}",
                    204);
            act(
                    head(ward),
                    base + "/units/" + ward + "/report-approval",
                    signing(Cases.awaitTask(head(ward), "approveUnitReport", code, WAIT)),
                    204);
        }

        try (Browser b = Browser.open(1280, 1400)) {
            b.numberScreenshots("any-directive");
            try {
                // The district's officer: the wards' reports on the page, by name, with their values.
                b.openFromInbox(officer(DISTRICT), Cases.awaitTask(officer(DISTRICT), "draftUnitReport", code, WAIT));
                String subUnits = b.text("sub-units");
                assertThat(subUnits)
                        .contains("UBND phường Hoàng Văn Thụ")
                        .contains("92 %")
                        .contains("UBND phường Minh Khai")
                        .contains("70,5 %")
                        .contains("Thiếu máy quét")
                        .doesNotContain("PHUONG-");
                b.screenshot("district-report-page");
                // A percent over 100 is refused on the page, and nothing is sent.
                b.typeTarget("completion", "140");
                b.click("report:submit");
                b.awaitText("task-messages", "từ 0 đến 100");
                b.typeTarget("completion", "");
                b.typeTarget("difficulties", "Hai phường thiếu máy quét tốc độ cao.");
                b.click("report:submit");
                assertThat(b.inboxMessage()).contains("Đã lập báo cáo kỳ");

                // The head reads the same table and signs.
                b.openFromInbox(head(DISTRICT), Cases.awaitTask(head(DISTRICT), "approveUnitReport", code, WAIT));
                assertThat(b.text("sub-units")).contains("UBND phường Minh Khai");
                b.screenshot("district-approval-page");
                b.type("approval:pin", DEMO_PIN);
                b.clickAndConfirm("approval:approve");
                assertThat(b.inboxMessage()).contains("Đã ký và gửi báo cáo kỳ");

                // The City Office's monitoring division: a column per target, the wards under their district.
                b.openFromInbox("theodoi", Cases.awaitTask("theodoi", "consolidateReports", code, WAIT));
                String standings = b.text("consolidation:standings");
                assertThat(standings)
                        .contains("Tỷ lệ hoàn thành nhiệm vụ")
                        .contains("Số việc, hồ sơ trễ hạn")
                        .contains("UBND quận Hồng Bàng")
                        .contains("UBND phường Minh Khai")
                        .contains("81,25 %")
                        .doesNotContain("i-Speed");
                b.screenshot("city-office-consolidation");
            } catch (RuntimeException | AssertionError e) {
                b.saveFailure("any-directive-99-failure");
                throw e;
            }
        }
    }
}
