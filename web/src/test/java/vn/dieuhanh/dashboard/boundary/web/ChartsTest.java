package vn.dieuhanh.dashboard.boundary.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Chart.js configurations: the target as a line of the directive's value, data safe in a script. */
class ChartsTest {

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static JsonArray datasets(JsonObject config) {
        return config.getJsonObject("data").getJsonArray("datasets");
    }

    @Test
    void barsAreGreenOrRedAndTheTargetIsADashedLineOfItsValue() {
        JsonObject config = parse(Charts.barsAgainstTarget(
                List.of("Sở Y tế", "Quận Ngô Quyền"),
                List.of(120L, 4148L),
                List.of(false, true),
                "Số mẫu",
                300L,
                "Chỉ tiêu 300",
                true));
        assertThat(config.getJsonObject("options").getString("indexAxis")).isEqualTo("y");
        JsonObject bars = datasets(config).getJsonObject(0);
        assertThat(bars.getJsonArray("data").getJsonNumber(1).longValue()).isEqualTo(4148);
        assertThat(bars.getJsonArray("backgroundColor").getString(0)).isEqualTo(Charts.UNDER);
        assertThat(bars.getJsonArray("backgroundColor").getString(1)).isEqualTo(Charts.MET);
        JsonObject line = datasets(config).getJsonObject(1);
        assertThat(line.getString("type")).isEqualTo("line");
        assertThat(line.getJsonArray("borderDash")).isNotEmpty();
        assertThat(line.getJsonArray("data").getValuesAs(jakarta.json.JsonNumber.class))
                .extracting(n -> n.doubleValue())
                .containsExactly(300.0, 300.0);
    }

    @Test
    void withoutATargetThereIsNoLine() {
        JsonObject config = parse(
                Charts.barsAgainstTarget(List.of("A"), List.of(1L), List.of(true), "Số mẫu", null, "Chỉ tiêu", false));
        assertThat(datasets(config)).hasSize(1);
    }

    @Test
    void aPeriodWithoutSamplesIsAGapAndSpeedsHaveOneDecimal() {
        JsonObject config = parse(Charts.linesAgainstTarget(
                List.of("10/2026", "11/2026"),
                List.of(new Charts.Series("Viettel", Arrays.asList(null, 60.6666))),
                45.0,
                "Chỉ tiêu 45 Mbps",
                "Mbps"));
        JsonArray data = datasets(config).getJsonObject(0).getJsonArray("data");
        assertThat(data.isNull(0)).isTrue();
        assertThat(data.getJsonNumber(1).doubleValue()).isEqualTo(60.7);
        assertThat(datasets(config)
                        .getJsonObject(1)
                        .getJsonArray("data")
                        .getJsonNumber(0)
                        .doubleValue())
                .isEqualTo(45.0);
    }

    @Test
    void namesFromImportedDataCannotCloseTheScript() {
        String json = Charts.groupedAgainstTarget(
                List.of("</script><script>alert(1)</script>", "A & B"),
                List.of(new Charts.Series("4G", List.of(30.0, 50.0))),
                40.0,
                "Chỉ tiêu",
                "Mbps");
        assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&");
        // Still the same names once read as JSON.
        assertThat(parse(json).getJsonObject("data").getJsonArray("labels").getString(0))
                .isEqualTo("</script><script>alert(1)</script>");
        // One technology: each bar by its verdict against 40.
        assertThat(datasets(parse(json))
                        .getJsonObject(0)
                        .getJsonArray("backgroundColor")
                        .getString(0))
                .isEqualTo(Charts.UNDER);
    }
}
