package vn.dieuhanh.platform.boundary.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dieuhanh.platform.boundary.OneJsonValue;

class StrictJsonTest {

    enum Kind {
        ONE,
        TWO
    }

    record Inner(String code, Kind kind) {}

    record Body(
            String taskId,
            Boolean approved,
            @MultiLine String reason,
            BigDecimal amount,
            LocalDate day,
            List<Inner> items) {}

    /** As the reader does, without the JAX-RS runtime that builds its 400. */
    private static Object read(String json) {
        if (json.isBlank()) {
            return null;
        }
        JsonValue value;
        try {
            value = OneJsonValue.read(json);
        } catch (OneJsonValue.NotOneValue e) {
            throw new StrictJson.Refused("(body)", e.getMessage());
        }
        return StrictJson.bind(value, Body.class);
    }

    private static void refused(String json, String field) {
        assertThatThrownBy(() -> read(json))
                .isInstanceOf(StrictJson.Refused.class)
                .satisfies(e -> assertThat(((StrictJson.Refused) e).field()).isEqualTo(field))
                .hasMessageContaining(" / ");
    }

    @Test
    void theDocumentedShapeIsRead() {
        Object body = read("{\"taskId\":\"t\",\"approved\":false,\"reason\":\"a\\nb\",\"amount\":1.5,"
                + "\"day\":\"2026-11-20\",\"items\":[{\"code\":\"c\",\"kind\":\"TWO\"}]}");
        assertThat(body)
                .isEqualTo(new Body(
                        "t",
                        false,
                        "a\nb",
                        new BigDecimal("1.5"),
                        LocalDate.of(2026, 11, 20),
                        List.of(new Inner("c", Kind.TWO))));
        assertThat(read("{}")).isEqualTo(new Body(null, null, null, null, null, null));
        assertThat(read("")).isNull();
    }

    @Test
    void typeConfusionsNameTheField() {
        refused("{\"approved\":\"yes\"}", "approved");
        refused("{\"approved\":1}", "approved");
        refused("{\"taskId\":5}", "taskId");
        refused("{\"reason\":[\"x\"]}", "reason");
        refused("{\"amount\":\"1\"}", "amount");
        refused("{\"items\":{\"code\":\"c\"}}", "items");
        refused("{\"items\":[{\"code\":\"c\",\"kind\":\"three\"}]}", "items[0].kind");
        refused("{\"items\":[{\"code\":\"c\",\"extra\":1}]}", "items[0].extra");
        refused("{\"unknown\":1}", "unknown");
        refused("[{\"taskId\":\"t\"}]", "(body)");
    }

    @Test
    void oneObjectNoRepeatedKeysNoControlCharactersDatesInTheWindow() {
        refused("{\"taskId\":\"t\"} {\"taskId\":\"u\"}", "(body)");
        refused("{\"taskId\":\"t\"} , and more", "(body)");
        refused("{\"taskId\":\"t\",\"taskId\":\"u\"}", "(body)");
        refused("{\"taskId\":\"a\\u0000b\"}", "taskId");
        refused("{\"taskId\":\"a\\nb\"}", "taskId");
        refused("{\"day\":\"1989-12-31\"}", "day");
        refused("{\"day\":\"+999999999-12-31\"}", "day");
        refused("{\"day\":\"20-11-2026\"}", "day");
        refused("{\"taskId\":", "(body)");
    }
}
