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
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dieuhanh.directive.boundary.Directives;
import vn.dieuhanh.directive.boundary.NewDirective;
import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.directive.entity.ReportingCycle;
import vn.dieuhanh.directive.entity.Target;
import vn.dieuhanh.engine.boundary.CandidateGroups;
import vn.dieuhanh.engine.boundary.OpenTask;
import vn.dieuhanh.engine.boundary.Workflow;
import vn.dieuhanh.incoming.boundary.IncomingDocuments;
import vn.dieuhanh.incoming.boundary.Receipt;
import vn.dieuhanh.incoming.boundary.Registration;

/**
 * On the demo database's first start, builds the i-Speed directive as it would stand a few
 * weeks in: the Ministry's letter registered and directed, the letter drafted, signed and issued
 * to the city's units, a district forwarding to its wards, part of the units reported for the
 * current month; and a new letter from the Ministry waiting for the records clerk. Every step goes
 * through the same actions people take, acting as the demo's people. Described by
 * {@code demo/ispeed-directive.json}; runs once per database; off outside the demo.
 */
@Singleton
@Startup
@DependsOn("EngineLifecycle")
public class DemoData {

    static final String MIC_LETTER = "DEMO-BTTTT-4459";
    static final String NEXT_LETTER = "DEMO-BTTTT-5121";
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
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

    Clock clock = Clock.system(ZONE);

    @PostConstruct
    void load() {
        if (!demo || incomingDocuments.wasReceived(MIC_LETTER)) {
            return;
        }
        JsonObject data = read("demo/ispeed-directive.json");
        Directive directive = directed(data);
        issued(directive);
        unitsAtWork(directive, data);
        incomingDocuments.receive(data.getJsonObject("waitingLetter").getString("subject"), null, NEXT_LETTER);
        LOG.info("Demo data: the i-Speed directive " + directive.code() + " is in force with "
                + directive.recipients().size() + " units; a new letter waits for the records clerk");
    }

    private Directive directed(JsonObject data) {
        JsonObject letter = data.getJsonObject("incoming");
        Receipt receipt = incomingDocuments.receive(letter.getString("subject"), null, MIC_LETTER);
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
        LocalDate firstStart = today.getDayOfMonth() >= day
                ? today.withDayOfMonth(day)
                : today.minusMonths(1).withDayOfMonth(day);
        OffsetDateTime start = firstStart.atStartOfDay(ZONE).toOffsetDateTime();
        List<Target> targets = spec.getJsonArray("targets").stream()
                .map(value -> value.asJsonObject())
                .map(t -> new Target(
                        t.getString("code"),
                        t.getString("name"),
                        t.getString("measure"),
                        t.getJsonNumber("threshold").bigDecimalValue(),
                        Target.Comparison.valueOf(t.getString("comparison")),
                        Target.Source.valueOf(t.getString("source"))))
                .toList();
        return directives.create(
                opinionTask,
                Set.of(CandidateGroups.of("UBND-HP", "city-leader")),
                new NewDirective(
                        spec.getString("code"),
                        spec.getString("subject"),
                        spec.getString("opinion"),
                        spec.getString("leadUnit"),
                        spec.getString("consolidatingUnit"),
                        spec.getString("receiverUnit"),
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
        directives.draft(id, step(id, "draftLetter"), Set.of("VP-KSTTHC:specialist"));
        directives.review(id, step(id, "reviewDraft"), Set.of("VP-KSTTHC:division-head"), true, null);
        directives.sign(id, step(id, "signLetter"), Set.of("VP-UBND:chief-of-office"), true, null);
        directives.issue(id, step(id, "issueLetter"), Set.of("VP-VT:records-clerk"));
    }

    private void unitsAtWork(Directive directive, JsonObject data) {
        String id = directive.id();
        JsonObject forwarding = data.getJsonObject("forwarding");
        JsonObject officers = data.getJsonObject("officers");
        for (OpenTask task : tasksAt(id, "assignOrForward")) {
            String unit = unitOf(task);
            var groups = Set.of(CandidateGroups.of(unit, "unit-head"));
            if (forwarding.containsKey(unit)) {
                directives.forward(id, unit, task.id(), groups, strings(forwarding, unit));
            } else {
                directives.assign(id, unit, task.id(), groups, officers.getString(unit, "canbo-" + unit.toLowerCase()));
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
                        "Đã vận động cán bộ, công chức cài đặt i-Speed; đạt trên 300 mẫu đo trong tháng.");
            }
        }
        for (OpenTask task : tasksAt(id, "approveUnitReport")) {
            String unit = unitOf(task);
            if (reported.contains(unit)) {
                directives.approveReport(
                        id, unit, task.id(), Set.of(CandidateGroups.of(unit, "unit-head")), true, null);
            }
        }
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
