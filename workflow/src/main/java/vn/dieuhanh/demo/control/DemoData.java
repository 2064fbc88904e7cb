package vn.dieuhanh.demo.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dieuhanh.delegation.boundary.Delegations;
import vn.dieuhanh.directive.boundary.Actor;
import vn.dieuhanh.directive.boundary.Directives;
import vn.dieuhanh.directive.boundary.NewDirective;
import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.directive.entity.ReportingCycle;
import vn.dieuhanh.engine.boundary.CandidateGroups;
import vn.dieuhanh.engine.boundary.OpenTask;
import vn.dieuhanh.engine.boundary.Workflow;
import vn.dieuhanh.identity.boundary.Directory;
import vn.dieuhanh.incoming.boundary.IncomingDocuments;
import vn.dieuhanh.incoming.boundary.Receipt;
import vn.dieuhanh.incoming.boundary.Registration;
import vn.dieuhanh.ispeed.boundary.Measurements;
import vn.dieuhanh.ispeed.boundary.SampleFormat;
import vn.dieuhanh.ispeed.control.SampleRow;
import vn.dieuhanh.platform.boundary.CityTime;
import vn.dieuhanh.reporting.boundary.ReportValues;
import vn.dieuhanh.reporting.entity.Target;

/**
 * On the demo database's first start, builds the demo's directives as they would stand a few
 * weeks in: the letter each answers registered and directed, the directive drafted, signed and
 * issued to the city's units, a district forwarding to its wards, part of the units reported for
 * the current period. Every step goes through the same actions people take, acting as the demo's
 * people. Each directive is described by a file under {@code demo/}: the i-Speed directive (monthly,
 * consolidated by a department for the Ministry, with measured samples and a new letter from the
 * Ministry waiting for the records clerk) and a quarterly one unlike it (consolidated by the City
 * Office for the city's leaders, a percent, a count, a yes/no and a text target). Runs once per
 * database and directive; off outside the demo.
 */
@Singleton
@Startup
@DependsOn("EngineLifecycle")
public class DemoData {

    /** The demo's directives, in the order they are built. */
    static final List<String> DIRECTIVES = List.of("demo/ispeed-directive.json", "demo/digitising-directive.json");

    private static final ZoneId ZONE = CityTime.ZONE;
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "dieuhanh.demo", defaultValue = "false")
    boolean demo;

    @Inject
    IncomingDocuments incomingDocuments;

    @Inject
    Directives directives;

    @Inject
    Workflow workflow;

    @Inject
    DemoKeyMaker keyMaker;

    @Inject
    Measurements measurements;

    @Inject
    Directory directory;

    @Inject
    Delegations delegations;

    Clock clock = Clock.system(ZONE);

    private JsonObject officers;

    @PostConstruct
    void load() {
        if (!demo) {
            return;
        }
        for (String resource : DIRECTIVES) {
            JsonObject data = read(resource);
            if (!incomingDocuments.wasReceived(data.getJsonObject("incoming").getString("reference"))) {
                build(data);
            }
        }
        try {
            standingDelegation();
        } catch (RuntimeException e) {
            // The demo runs without it; the directives above are already in place.
            LOG.warning("Demo data: no standing delegation: " + e.getMessage());
        }
    }

    /**
     * The Finance director lets her deputy approve and sign the department's reports for a year:
     * a standing delegation (ủy quyền thường xuyên), granted once, renewed by a start after it ends.
     */
    private void standingDelegation() {
        String grantor = "thutruong-so-tc", deputy = "phogiamdoc-tc";
        if (delegations.of(deputy).stream().anyMatch(g -> g.grantor().equals(grantor) && g.inForce())) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        delegations.grant(
                grantor,
                Set.of(CandidateGroups.of("SO-TC", "unit-head")),
                "SO-TC",
                "unit-head",
                List.of("approveUnitReport"),
                deputy,
                today,
                today.plusDays(365),
                "Ủy quyền thường xuyên: Phó Giám đốc ký thay Giám đốc các báo cáo định kỳ của Sở.");
    }

    private void build(JsonObject data) {
        officers = data.getJsonObject("officers");
        Directive directive = directed(data);
        issued(directive);
        if (data.getBoolean("ispeedSamples", false)) {
            // The samples first: the units' reports state what the system has measured so far.
            measured(directive);
        }
        unitsAtWork(directive, data);
        if (data.containsKey("waitingLetter")) {
            JsonObject waiting = data.getJsonObject("waitingLetter");
            incomingDocuments.receive(waiting.getString("subject"), null, waiting.getString("reference"));
        }
        LOG.info("Demo data: the directive " + directive.code() + " is in force with "
                + directive.recipients().size() + " units");
    }

    private Directive directed(JsonObject data) {
        JsonObject letter = data.getJsonObject("incoming");
        Receipt receipt = incomingDocuments.receive(letter.getString("subject"), null, letter.getString("reference"));
        incomingDocuments.register(
                receipt.registrationTaskId(),
                new Registration(
                        letter.getString("sender"),
                        letter.getString("senderReference"),
                        LocalDate.parse(letter.getString("documentDate")),
                        letter.getString("subject"),
                        LocalDate.now(clock).plusDays(7)),
                "vanthu",
                Set.of(CandidateGroups.of("VP-VT", "records-clerk")));
        String opinionTask = only(workflow.openTasksOf(receipt.processInstanceId()), "giveDirectingOpinion");

        JsonObject spec = data.getJsonObject("directive");
        LocalDate today = LocalDate.now(clock);
        int day = spec.getInt("periodStartDay");
        // The period under way today: the latest start day on or before today, in one of the
        // months periods start in (any month for a monthly cycle; March, June... for quarters).
        List<Integer> months = spec.containsKey("periodStartMonths")
                ? spec.getJsonArray("periodStartMonths").getValuesAs(jakarta.json.JsonNumber.class).stream()
                        .map(jakarta.json.JsonNumber::intValue)
                        .toList()
                : List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        LocalDate firstStart = today.withDayOfMonth(day);
        while (firstStart.isAfter(today) || !months.contains(firstStart.getMonthValue())) {
            firstStart = firstStart.minusMonths(1);
        }
        OffsetDateTime start = firstStart.atStartOfDay(ZONE).toOffsetDateTime();
        List<Target> targets = spec.getJsonArray("targets").stream()
                .map(value -> value.asJsonObject())
                .map(t -> new Target(
                        t.getString("code"),
                        t.getString("name"),
                        t.getString("measure", ""),
                        Target.Kind.valueOf(t.getString("kind")),
                        Target.Comparison.valueOf(t.getString("comparison")),
                        t.containsKey("threshold")
                                ? t.getJsonNumber("threshold").bigDecimalValue()
                                : null,
                        Target.RollUp.valueOf(t.getString("rollUp")),
                        Target.Source.valueOf(t.getString("source")),
                        t.getString("series", null)))
                .toList();
        return directives.create(
                opinionTask,
                Set.of(CandidateGroups.of("UBND-HP", "city-leader")),
                actor("lanhdao"),
                new NewDirective(
                        spec.getString("code"),
                        spec.getString("subject"),
                        spec.getString("opinion"),
                        spec.getString("leadUnit"),
                        spec.getString("consolidatingUnit", null),
                        spec.getString("receiverUnit", null),
                        strings(spec, "recipients"),
                        targets,
                        new ReportingCycle(
                                start,
                                spec.getString("periodLength"),
                                spec.getString("unitDeadlineAfterEnd"),
                                spec.getString("reminderLetterAfterDeadline"),
                                spec.getString("consolidationDeadlineAfterEnd"),
                                start.plusMonths(spec.getInt("months")))));
    }

    private void issued(Directive directive) {
        String id = directive.id();
        String lead = directive.leadUnit();
        directives.draft(
                id,
                step(id, "draftLetter"),
                Set.of(CandidateGroups.of(lead, "specialist")),
                actor("chuyenvien"),
                List.of());
        directives.review(id, step(id, "reviewDraft"), Set.of(CandidateGroups.of(lead, "division-head")), true, null);
        directives.sign(
                id,
                step(id, "signLetter"),
                Set.of("VP-UBND:chief-of-office"),
                actor("chanhvanphong"),
                true,
                null,
                keyMaker.pin().toCharArray());
        directives.issue(id, step(id, "issueLetter"), Set.of("VP-VT:records-clerk"), actor("vanthu"));
    }

    private void unitsAtWork(Directive directive, JsonObject data) {
        String id = directive.id();
        JsonObject forwarding = data.getJsonObject("forwarding");
        for (OpenTask task : tasksAt(id, "assignOrForward")) {
            String unit = unitOf(task);
            var groups = Set.of(CandidateGroups.of(unit, "unit-head"));
            if (forwarding.containsKey(unit)) {
                directives.forward(id, unit, task.id(), groups, head(unit), strings(forwarding, unit));
            } else {
                directives.assign(
                        id,
                        unit,
                        task.id(),
                        groups,
                        head(unit),
                        officers.getString(unit, "canbo-" + unit.toLowerCase()));
            }
        }
        // The forwarded wards receive their own task in the same transaction.
        for (OpenTask task : tasksAt(id, "assignOrForward")) {
            String unit = unitOf(task);
            directives.assign(
                    id,
                    unit,
                    task.id(),
                    Set.of(CandidateGroups.of(unit, "unit-head")),
                    head(unit),
                    officers.getString(unit, "canbo-" + unit.toLowerCase()));
        }
        List<String> reported = strings(data, "reportedThisPeriod");
        List<String> drafted = strings(data, "draftedThisPeriod");
        for (OpenTask task : tasksAt(id, "draftUnitReport")) {
            String unit = unitOf(task);
            if (reported.contains(unit) || drafted.contains(unit)) {
                directives.report(
                        id,
                        unit,
                        task.id(),
                        Set.of(CandidateGroups.of(unit, "unit-officer")),
                        actor(officers.getString(unit, "canbo-" + unit.toLowerCase())),
                        data.getString("reportNote"),
                        values(data, unit));
            }
        }
        for (OpenTask task : tasksAt(id, "approveUnitReport")) {
            String unit = unitOf(task);
            if (reported.contains(unit)) {
                directives.approveReport(
                        id,
                        unit,
                        task.id(),
                        Set.of(CandidateGroups.of(unit, "unit-head")),
                        head(unit),
                        true,
                        null,
                        keyMaker.pin().toCharArray());
            }
        }
    }

    /**
     * i-Speed samples of the current period, generated (deterministic seed) over the demo chart's
     * districts and wards, imported as the DIC officer would, and of the two months before it (the
     * baseline a trend is read against); and a small file with a few malformed rows, so the error
     * report has something to show.
     */
    private void measured(Directive directive) {
        List<String> places = new ArrayList<>();
        Map<String, String> districtOf = new HashMap<>();
        List<String> departments = new ArrayList<>();
        directory.parents().forEach((unit, parent) -> {
            String type = directory.unit(unit).type();
            switch (type) {
                case "district" -> districtOf.put(unit, unit);
                case "ward", "commune" -> districtOf.put(
                        unit,
                        parent != null
                                        && "district"
                                                .equals(directory.unit(parent).type())
                                ? parent
                                : unit);
                case "department" -> departments.add(unit);
                default -> {}
            }
        });
        places.addAll(districtOf.keySet());
        places.sort(null);
        departments.sort(null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        var period = directive.cycle().periodAt(now);
        OffsetDateTime from = period.start().isBefore(now.minusHours(1)) ? period.start() : now.minusDays(30);
        // The two months before the directive, fewer tests each: the dashboard's trend starts from them.
        var cycle = directive.cycle();
        OffsetDateTime twoBefore = cycle.startOf(-2);
        OffsetDateTime oneBefore = cycle.startOf(-1);
        OffsetDateTime earlierEnd = cycle.startOf(0).isBefore(from) ? cycle.startOf(0) : from;
        importCsv(
                DemoSamples.generate(2022, places, districtOf, departments, twoBefore, oneBefore, 12_000),
                0,
                "ispeed-truoc-2-thang.csv");
        importCsv(
                DemoSamples.generate(2023, places, districtOf, departments, oneBefore, earlierEnd, 17_000),
                0,
                "ispeed-truoc-1-thang.csv");
        importCsv(
                DemoSamples.generate(2024, places, districtOf, departments, from, now, 24_000), 0, "ispeed-thang.csv");
        importCsv(DemoSamples.generate(2025, places, districtOf, departments, from, now, 300), 8, "ispeed-bo-sung.csv");
    }

    private void importCsv(java.util.stream.Stream<SampleRow> rows, int malformed, String name) {
        var csv = new java.io.StringWriter();
        try {
            DemoSamples.writeCsv(rows, csv, malformed);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        var report = measurements.importSamples(
                new java.io.ByteArrayInputStream(csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                SampleFormat.CSV,
                name,
                "tonghop-tttt");
        LOG.info("Demo data: imported " + name + ": " + report.rowsStored() + " samples stored, " + report.rowsRefused()
                + " rows refused");
    }

    /** The values a unit reports: the file's usual values, with the unit's own where it has them. */
    private static List<ReportValues.Entry> values(JsonObject data, String unit) {
        Map<String, jakarta.json.JsonValue> values = new java.util.LinkedHashMap<>(data.getJsonObject("reportValues"));
        JsonObject byUnit = data.getJsonObject("valuesByUnit");
        if (byUnit != null && byUnit.containsKey(unit)) {
            values.putAll(byUnit.getJsonObject(unit));
        }
        return values.entrySet().stream()
                .map(e -> new ReportValues.Entry(e.getKey(), plain(e.getValue()), null))
                .toList();
    }

    /** A JSON value as the report's values take it: a number, a yes/no or a text. */
    private static Object plain(jakarta.json.JsonValue value) {
        return switch (value.getValueType()) {
            case NUMBER -> ((jakarta.json.JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case STRING -> ((JsonString) value).getString();
            default -> throw new IllegalArgumentException("Demo data: not a report value: " + value);
        };
    }

    private Actor actor(String user) {
        return new Actor(user, directory.fullName(user));
    }

    /**
     * The demo chart names a unit's head thutruong-<code>, and thutruong-<name> where it names the
     * officer canbo-<name> (the units with named people).
     */
    private Actor head(String unit) {
        String officer = officers.getString(unit, "canbo-" + unit.toLowerCase());
        return actor("thutruong-" + officer.substring("canbo-".length()));
    }

    private String step(String directiveId, String stepKey) {
        return only(workflow.openTasksWhere("directiveId", directiveId), stepKey);
    }

    private List<OpenTask> tasksAt(String directiveId, String stepKey) {
        return workflow.openTasksWhere("directiveId", directiveId).stream()
                .filter(task -> task.stepKey().equals(stepKey))
                .toList();
    }

    private String unitOf(OpenTask task) {
        return (String) workflow.taskVariable(task.id(), "unitCode");
    }

    private static String only(List<OpenTask> tasks, String stepKey) {
        return tasks.stream()
                .filter(task -> task.stepKey().equals(stepKey))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo data: no open task " + stepKey))
                .id();
    }

    private static List<String> strings(JsonObject object, String name) {
        return object.getJsonArray(name).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    private static JsonObject read(String resource) {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(resource);
                var reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
