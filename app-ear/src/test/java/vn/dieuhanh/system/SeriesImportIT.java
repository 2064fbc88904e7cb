package vn.dieuhanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dieuhanh.system.Cases.*;
import static vn.dieuhanh.system.SystemUnderTest.*;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A data series file of any kind through the API on the real server and PostgreSQL: a good CSV and
 * a good JSON Lines file stored whole with their import record and audit entry; a file with one
 * fault refused with its line and column and nothing stored; the role and the codes of other
 * sources refused.
 */
class SeriesImportIT {

    @BeforeAll
    static void ready() {
        awaitReady();
    }

    private static HttpResponse<String> upload(String user, String series, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(BASE_URL + "/api/series/" + series + "/import?name=tre-han.csv"))
                .header("Authorization", "Bearer " + tokenOf(user))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }

    private static long values(String series) {
        return count("select count(*) from dh_series_value where series = ?", series);
    }

    @Test
    void aGoodCsvFileIsStoredWholeAndAudited() {
        String series = "ho-so-tre-han-" + UUID.randomUUID().toString().substring(0, 8);
        long audited = count("select count(*) from dh_audit_entry where kind = ?", "SERIES_IMPORTED");
        HttpResponse<String> response = upload(
                "tonghop-tttt",
                series,
                "text/csv",
                "unit,time,value,category\nQUAN-HAIAN,2026-11-14,2,Đất đai\nSO-KHDT,2026-11-14T08:30+07:00,0,\n");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(object(response).getInt("rowsStored")).isEqualTo(2);
        assertThat(object(response).getString("series")).isEqualTo(series);
        assertThat(values(series)).isEqualTo(2);
        assertThat(count("select count(*) from dh_series_import where series = ?", series))
                .isEqualTo(1);
        assertThat(count("select count(*) from dh_audit_entry where kind = ?", "SERIES_IMPORTED"))
                .isEqualTo(audited + 1);
    }

    @Test
    void aGoodJsonLinesFileIsStored() {
        String series = "ty-le-so-hoa-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> response = upload(
                "tonghop-tttt",
                series,
                "application/x-ndjson",
                "{\"unit\":\"QUAN-HAIAN\",\"time\":\"2026-11-14\",\"value\":85.5}\n");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(values(series)).isEqualTo(1);
    }

    @Test
    void oneFaultRefusesTheWholeFileNamingLineAndColumn() {
        String series = "ho-so-tre-han-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> unknownUnit = upload(
                "tonghop-tttt",
                series,
                "text/csv",
                "unit,time,value\nQUAN-HAIAN,2026-11-14,1\nKHONG-CO,2026-11-14,1\n");
        assertThat(unknownUnit.statusCode()).isEqualTo(400);
        assertThat(unknownUnit.body()).contains("Dòng 3, cột unit", "Line 3, column unit");

        HttpResponse<String> badNumber =
                upload("tonghop-tttt", series, "text/csv", "unit,time,value\nQUAN-HAIAN,2026-11-14,\"1,5\"\n");
        assertThat(badNumber.statusCode()).isEqualTo(400);
        assertThat(badNumber.body()).contains("Line 2, column value");

        HttpResponse<String> badTime =
                upload("tonghop-tttt", series, "text/csv", "unit,time,value\nQUAN-HAIAN,14/11/2026,1\n");
        assertThat(badTime.statusCode()).isEqualTo(400);
        assertThat(badTime.body()).contains("Line 2, column time");

        HttpResponse<String> unknownColumn =
                upload("tonghop-tttt", series, "text/csv", "unit,time,value,operator\nQUAN-HAIAN,2026-11-14,1,x\n");
        assertThat(unknownColumn.statusCode()).isEqualTo(400);
        assertThat(unknownColumn.body()).contains("Line 1, column operator");

        assertThat(values(series)).as("nothing stored").isZero();
        assertThat(count("select count(*) from dh_series_import where series = ?", series))
                .isZero();
    }

    @Test
    void onlyTheOfficerImportsAndNotIntoAnotherSourcesSeries() {
        String body = "unit,time,value\nQUAN-HAIAN,2026-11-14,1\n";
        assertThat(upload("thutruong-so-xd", "ho-so-tre-han", "text/csv", body).statusCode())
                .isEqualTo(403);
        HttpResponse<String> speedTests = upload("tonghop-tttt", "ispeed-samples", "text/csv", body);
        assertThat(speedTests.statusCode()).isEqualTo(400);
        assertThat(values("ispeed-samples")).isZero();
    }
}
