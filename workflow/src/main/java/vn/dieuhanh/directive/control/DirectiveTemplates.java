package vn.dieuhanh.directive.control;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import vn.dieuhanh.reporting.entity.Target;

/**
 * The directive templates a leader starts from: files under {@code directive-templates/}, listed
 * in its {@code index.json}. A template sets a directive's substance (its targets, its cycle, who
 * consolidates and who receives) and the leader changes what differs; adding a template is adding
 * a file, no code. Read once, on first use; DirectiveTemplatesTest reads every listed file in the
 * build, so a file that does not hold together fails the build, not a leader's page.
 */
public final class DirectiveTemplates {

    private static final String FOLDER = "directive-templates/";
    private static final List<DirectiveTemplate> ALL = load();

    private DirectiveTemplates() {}

    /**
     * A directive's starting point.
     *
     * @param consolidatingUnit null: no consolidated report (the units report to the lead division)
     * @param receiverUnit null: the consolidated report stays in the city
     * @param cycle the plain cycle without its start, which the leader gives
     */
    public record DirectiveTemplate(
            String code,
            String name,
            String nameEn,
            String description,
            String consolidatingUnit,
            String receiverUnit,
            Cycle cycle,
            List<Target> targets) {}

    /**
     * A cycle as a template states it: the frequency, how many periods (or, once, how many days
     * until the deadline) and the deadlines in days.
     */
    public record Cycle(
            CycleChoice.Frequency frequency,
            Integer periods,
            Integer deadlineDays,
            int reportDueDays,
            int reminderLetterDays,
            int consolidationDueDays) {

        /** The cycle from this start: the template's periods, or once until its deadline in days. */
        public CycleChoice from(java.time.OffsetDateTime firstPeriodStart) {
            return new CycleChoice(
                    frequency,
                    firstPeriodStart,
                    periods,
                    deadlineDays == null ? null : firstPeriodStart.plusDays(deadlineDays),
                    reportDueDays,
                    reminderLetterDays,
                    consolidationDueDays);
        }
    }

    public static List<DirectiveTemplate> all() {
        return ALL;
    }

    public static Optional<DirectiveTemplate> find(String code) {
        return ALL.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The template with this code; an unknown code is refused with the codes there are. */
    public static DirectiveTemplate get(String code) {
        return find(code == null ? "" : code.strip())
                .orElseThrow(() -> new IllegalArgumentException("Không có mẫu văn bản chỉ đạo \"" + code
                        + "\" (các mẫu: " + codes() + "). / No directive template \"" + code + "\" (templates: "
                        + codes() + ")."));
    }

    private static String codes() {
        return String.join(", ", ALL.stream().map(DirectiveTemplate::code).toList());
    }

    private static List<DirectiveTemplate> load() {
        return read("index.json").getJsonArray("templates").getValuesAs(JsonString.class).stream()
                .map(name -> template(read(name.getString() + ".json")))
                .toList();
    }

    private static DirectiveTemplate template(JsonObject json) {
        JsonObject cycle = json.getJsonObject("cycle");
        return new DirectiveTemplate(
                json.getString("code"),
                json.getString("name"),
                json.getString("nameEn"),
                json.getString("description"),
                text(json, "consolidatingUnit"),
                text(json, "receiverUnit"),
                new Cycle(
                        CycleChoice.Frequency.parse(cycle.getString("frequency")),
                        number(cycle, "periods"),
                        number(cycle, "deadlineDays"),
                        cycle.getInt("reportDueDays"),
                        cycle.getInt("reminderLetterDays"),
                        cycle.getInt("consolidationDueDays")),
                json.getJsonArray("targets").stream()
                        .map(JsonValue::asJsonObject)
                        .map(DirectiveTemplates::target)
                        .toList());
    }

    private static Target target(JsonObject t) {
        return new Target(
                t.getString("code"),
                t.getString("name"),
                t.getString("measure", ""),
                Target.Kind.valueOf(t.getString("kind")),
                Target.Comparison.valueOf(t.getString("comparison")),
                t.containsKey("threshold") ? t.getJsonNumber("threshold").bigDecimalValue() : null,
                Target.RollUp.valueOf(t.getString("rollUp")),
                Target.Source.valueOf(t.getString("source")),
                t.getString("series", null));
    }

    private static String text(JsonObject json, String name) {
        return json.containsKey(name) && !json.isNull(name) ? json.getString(name) : null;
    }

    private static Integer number(JsonObject json, String name) {
        return json.containsKey(name) && !json.isNull(name) ? ((JsonNumber) json.get(name)).intValueExact() : null;
    }

    private static JsonObject read(String file) {
        try (InputStream in = DirectiveTemplates.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("No directive template file " + FOLDER + file);
            }
            try (var reader = Json.createReader(in)) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
