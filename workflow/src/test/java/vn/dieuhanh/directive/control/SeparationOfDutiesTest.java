package vn.dieuhanh.directive.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.directive.entity.DirectiveUnits;
import vn.dieuhanh.directive.entity.ReportingCycle;
import vn.dieuhanh.engine.boundary.SameHandsException;
import vn.dieuhanh.engine.boundary.Workflow;
import vn.dieuhanh.engine.boundary.Workflows;
import vn.dieuhanh.engine.control.ServiceStepDelegate;
import vn.dieuhanh.reporting.entity.Target;

/**
 * Separation of duties as the models declare it: whoever drafted a letter, a unit's report or a
 * consolidated report may not approve or sign it, whatever positions they hold; someone else of
 * the same position may. A quarterly directive on waste collection, on the in-memory engine,
 * driven through our engine boundary with the acting person set per call.
 */
class SeparationOfDutiesTest {

    private static ProcessEngine engine;
    private static Workflow workflow;
    private static String actor;

    private final DirectiveProcessTest.FakeDirectiveData directives = new DirectiveProcessTest.FakeDirectiveData();

    @BeforeAll
    static void start() {
        var configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:separation-of-duties;DB_CLOSE_DELAY=-1");
        configuration.setProcessEngineName("separation-of-duties");
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setExpressionManager(new MockExpressionManager());
        configuration.setJobExecutorActivate(false);
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService()
                .createDeployment()
                .addClasspathResource("bpmn/directive.bpmn")
                .addClasspathResource("bpmn/unitTask.bpmn")
                .addClasspathResource("bpmn/consolidation.bpmn")
                .deploy();
        workflow = Workflows.on(engine, () -> actor);
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @BeforeEach
    void delegates() {
        Mocks.register("directives", directives);
        Mocks.register("reportingPeriods", ServiceStepDelegate.of(new ReportingPeriodsDelegate()));
        JavaDelegate nothing = execution -> {};
        Mocks.register("unitReminder", nothing);
        Mocks.register("reminderLetter", nothing);
        Mocks.register("unitReportSubmission", nothing);
        Mocks.register("directiveClosure", nothing);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        workflow.exemptSteps(Optional.empty());
    }

    private String startWasteDirective(String directiveCode) {
        code = directiveCode;
        Directive directive = new Directive(
                code,
                "V/v thu gom rác thải sinh hoạt",
                new DirectiveUnits("VP-NCKTGS", "VP-UBND", "VP-VT", "SO-TNMT", "UBND-HP"),
                List.of("HUYEN-THUYNGUYEN", "QUAN-LECHAN"),
                List.of(new Target(
                        "collected",
                        "Tỷ lệ rác thải được thu gom",
                        "%",
                        new BigDecimal("90"),
                        Target.Comparison.AT_LEAST,
                        Target.Source.SELF_REPORTED)),
                new ReportingCycle(
                        OffsetDateTime.parse("2026-01-01T00:00+07:00"),
                        "P3M",
                        "P10D",
                        "P5D",
                        "P5D",
                        OffsetDateTime.parse("2026-12-31T00:00+07:00")),
                null);
        directives.recipients.put(directive.id(), directive.recipients());
        return engine.getRuntimeService()
                .startProcessInstanceByKey("directive", directive.code(), directive.processVariables())
                .getId();
    }

    /** The directive this test runs: every test starts its own, on the one engine. */
    private static String code;

    private static Task taskOf(String group, String step) {
        List<Task> tasks = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(code)
                .taskCandidateGroup(group)
                .includeAssignedTasks()
                .taskDefinitionKey(step)
                .list();
        assertThat(tasks).as("one %s task for %s", step, group).hasSize(1);
        return tasks.get(0);
    }

    private static void act(String person, String group, String step, Map<String, Object> variables) {
        actor = person;
        workflow.complete(taskOf(group, step).getId(), variables);
    }

    @Test
    void theDrafterOfTheLetterCanNeitherReviewNorSignItAnotherPersonCan() {
        String instance = startWasteDirective("RAC-2026");
        act("an", "VP-NCKTGS:specialist", "draftLetter", Map.of());

        String review = taskOf("VP-NCKTGS:division-head", "reviewDraft").getId();
        actor = "an";
        assertThatThrownBy(() -> workflow.complete(review, Map.of("approved", true)))
                .isInstanceOf(SameHandsException.class)
                .hasMessageContaining("không được tự duyệt");
        assertThat(engine.getTaskService().createTaskQuery().taskId(review).count())
                .as("still open")
                .isOne();

        act("binh", "VP-NCKTGS:division-head", "reviewDraft", Map.of("approved", true));
        String sign = taskOf("VP-UBND:chief-of-office", "signLetter").getId();
        actor = "an";
        assertThatThrownBy(() -> workflow.complete(sign, Map.of("approved", true)))
                .isInstanceOf(SameHandsException.class);
        act("chi", "VP-UBND:chief-of-office", "signLetter", Map.of("approved", true));
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(instance)
                        .taskDefinitionKey("issueLetter")
                        .count())
                .isOne();
    }

    @Test
    void aUnitReportsDrafterCannotApproveItEvenHoldingTheHeadsPositionAndARedraftMovesTheRule() {
        startWasteDirective("RAC-2026-B");
        act("an", "VP-NCKTGS:specialist", "draftLetter", Map.of());
        act("binh", "VP-NCKTGS:division-head", "reviewDraft", Map.of("approved", true));
        act("chi", "VP-UBND:chief-of-office", "signLetter", Map.of("approved", true));
        act("dung", "VP-VT:records-clerk", "issueLetter", Map.of());
        act("em", "QUAN-LECHAN:unit-head", "assignOrForward", Map.of("forwarded", false));

        // "em" heads the district and also drafts its report (a concurrent position).
        act("em", "QUAN-LECHAN:unit-officer", "draftUnitReport", Map.of());
        String approve = taskOf("QUAN-LECHAN:unit-head", "approveUnitReport").getId();
        actor = "em";
        assertThatThrownBy(() -> workflow.complete(approve, Map.of("approved", true)))
                .isInstanceOf(SameHandsException.class);

        // Returned by a colleague; redrafted by someone else: now "em" may approve.
        act("giang", "QUAN-LECHAN:unit-head", "approveUnitReport", Map.of("approved", false));
        act("hoa", "QUAN-LECHAN:unit-officer", "draftUnitReport", Map.of());
        act("em", "QUAN-LECHAN:unit-head", "approveUnitReport", Map.of("approved", true));
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceBusinessKey(code)
                        .taskCandidateGroup("QUAN-LECHAN:unit-head")
                        .taskDefinitionKey("approveUnitReport")
                        .count())
                .isZero();
    }

    @Test
    void aStepExemptedByConfigurationLetsTheSamePersonOn() {
        startWasteDirective("RAC-2026-C");
        workflow.exemptSteps(Optional.of(" reviewDraft , signConsolidatedReport"));
        act("an", "VP-NCKTGS:specialist", "draftLetter", Map.of());
        act("an", "VP-NCKTGS:division-head", "reviewDraft", Map.of("approved", true));
        String sign = taskOf("VP-UBND:chief-of-office", "signLetter").getId();
        actor = "an";
        assertThatThrownBy(() -> workflow.complete(sign, Map.of("approved", true)))
                .as("signing stays separated")
                .isInstanceOf(SameHandsException.class);
    }

    @Test
    void timersAndTheJobExecutorActForNobodyAndAreNeverRefused() {
        startWasteDirective("RAC-2026-D");
        act(null, "VP-NCKTGS:specialist", "draftLetter", Map.of());
        act(null, "VP-NCKTGS:division-head", "reviewDraft", Map.of("approved", true));
        assertThat(taskOf("VP-UBND:chief-of-office", "signLetter")).isNotNull();
    }
}
