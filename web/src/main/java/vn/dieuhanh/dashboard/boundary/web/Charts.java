package vn.dieuhanh.dashboard.boundary.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import vn.dieuhanh.directive.boundary.DirectiveBoard;

/**
 * Chart.js configurations (the library PrimeFaces' {@code p:chart} ships) built as JSON: bars
 * against a target drawn as a line, so the eye finds who is under it at once.
 *
 * <p>PrimeFaces writes the configuration into a script element as it is; names of units and
 * operators come from data (an import file), so every {@code <}, {@code >} and {@code &} is
 * escaped and no value can close the script.
 */
public final class Charts {

    static final String MET = "#2f855a";
    static final String UNDER = "#c53030";
    static final String TARGET = "#1f2937";
    /** Operators' and technologies' series; colour-blind safe (Okabe-Ito), one per series in turn. */
    static final List<String> SERIES = List.of("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00");

    private Charts() {}

    /**
     * Each unit of a directive's period, its value against the charted target: green where it meets
     * it, red where not; the target as a line labelled {@code targetWord} and the threshold.
     */
    public static String unitsAgainstTarget(DirectiveBoard.Overview overview, String valueLabel, String targetWord) {
        BigDecimal threshold = overview.threshold();
        return barsAgainstTarget(
                overview.units().stream().map(DirectiveBoard.UnitLine::unitName).toList(),
                overview.units().stream()
                        .map(DirectiveBoard.UnitLine::measuredValue)
                        .toList(),
                overview.units().stream()
                        .map(DirectiveBoard.UnitLine::meetsTarget)
                        .toList(),
                overview.chartedTarget() == null
                        ? valueLabel
                        : overview.chartedTarget().name(),
                threshold,
                threshold == null
                        ? targetWord
                        : targetWord + " " + threshold.stripTrailingZeros().toPlainString(),
                true);
    }

    /** One bar per label, green where it meets the target and red under it, and the target as a line. */
    public static String barsAgainstTarget(
            List<String> labels,
            List<? extends Number> values,
            List<Boolean> met,
            String valueLabel,
            Number target,
            String targetLabel,
            boolean horizontal) {
        JsonArrayBuilder colours = Json.createArrayBuilder();
        met.forEach(m -> colours.add(m ? MET : UNDER));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("type", "bar")
                        .add("label", valueLabel)
                        .add("data", numbers(values))
                        .add("backgroundColor", colours)
                        .add("order", 2));
        if (target != null) {
            datasets.add(targetLine(labels.size(), target, targetLabel));
        }
        return config("bar", labels, datasets, horizontal, null);
    }

    /** Grouped bars (one series per name) and the target as a line across them. */
    public static String groupedAgainstTarget(
            List<String> labels, List<Series> series, Number target, String targetLabel, String axisTitle) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < series.size(); i++) {
            JsonObjectBuilder dataset = Json.createObjectBuilder()
                    .add("type", "bar")
                    .add("label", series.get(i).name())
                    .add("data", numbers(series.get(i).values()));
            if (series.size() == 1 && target != null) {
                // One series: each bar says met or under by its colour, as the samples chart does.
                JsonArrayBuilder colours = Json.createArrayBuilder();
                series.get(0)
                        .values()
                        .forEach(v -> colours.add(v != null && v.doubleValue() >= target.doubleValue() ? MET : UNDER));
                dataset.add("backgroundColor", colours);
            } else {
                dataset.add("backgroundColor", SERIES.get(i % SERIES.size()));
            }
            datasets.add(dataset.add("order", 2));
        }
        if (target != null) {
            datasets.add(targetLine(labels.size(), target, targetLabel));
        }
        return config("bar", labels, datasets, false, axisTitle);
    }

    /** One line per series over the periods, and the target as a dashed line. */
    public static String linesAgainstTarget(
            List<String> labels, List<Series> series, Number target, String targetLabel, String axisTitle) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < series.size(); i++) {
            datasets.add(Json.createObjectBuilder()
                    .add("type", "line")
                    .add("label", series.get(i).name())
                    .add("data", numbers(series.get(i).values()))
                    .add("borderColor", SERIES.get(i % SERIES.size()))
                    .add("backgroundColor", SERIES.get(i % SERIES.size()))
                    // A period without samples is a gap, not a fall to zero.
                    .add("spanGaps", false)
                    .add("tension", 0.2)
                    .add("order", 2));
        }
        if (target != null) {
            datasets.add(targetLine(labels.size(), target, targetLabel));
        }
        return config("line", labels, datasets, false, axisTitle);
    }

    /** A named series of values, null where there is no value. */
    public record Series(String name, List<? extends Number> values) {}

    private static JsonObjectBuilder targetLine(int points, Number target, String label) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (int i = 0; i < points; i++) {
            data.add(target.doubleValue());
        }
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("label", label)
                .add("data", data)
                .add("borderColor", TARGET)
                .add("borderWidth", 2)
                .add("borderDash", Json.createArrayBuilder().add(6).add(4))
                .add("pointRadius", 0)
                .add("fill", false)
                .add("order", 1);
    }

    private static String config(
            String type, List<String> labels, JsonArrayBuilder datasets, boolean horizontal, String axisTitle) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(names::add);
        JsonObjectBuilder valueAxis = Json.createObjectBuilder().add("beginAtZero", true);
        if (axisTitle != null) {
            valueAxis.add(
                    "title", Json.createObjectBuilder().add("display", true).add("text", axisTitle));
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                // Figures, not motion: the chart is drawn at once, the same on every load.
                .add("animation", false)
                .add(
                        "plugins",
                        Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("position", "bottom")))
                .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", valueAxis));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        JsonObject config = Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", datasets))
                .add("options", options)
                .build();
        return scriptSafe(config.toString());
    }

    /** JSON that cannot end the script element it is written into (the escapes are valid JSON). */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static JsonArrayBuilder numbers(List<? extends Number> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Number value : values) {
            if (value == null) {
                array.addNull();
            } else if (value instanceof Long || value instanceof Integer) {
                array.add(value.longValue());
            } else {
                // One decimal is what the tables show; the chart draws the same figure.
                array.add(Math.round(value.doubleValue() * 10) / 10.0);
            }
        }
        return array;
    }
}
