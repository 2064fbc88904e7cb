package vn.dieuhanh.directive.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.directive.entity.DirectiveUnits;
import vn.dieuhanh.directive.entity.ReportingCycle;
import vn.dieuhanh.engine.control.ServiceStepDelegate;
import vn.dieuhanh.reporting.entity.Target;

/**
 * Every path of directive.bpmn, unitTask.bpmn and consolidation.bpmn on the in-memory engine.
 * The period arithmetic is the real delegate; the delegates that write to our tables are
 * recorded instead. Time moves by the engine clock, never by sleeping.
 */
@Deployment(resources = {"bpmn/directive.bpmn", "bpmn/unitTask.bpmn", "bpmn/consolidation.bpmn"})
class DirectiveProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder(inMemoryEngine())
            .assertClassCoverageAtLeast(1.0)
            .build();

    private final FakeDirectiveData directives = new FakeDirectiveData();
    private final List<String> events = new ArrayList<>();

    private static ProcessEngineConfiguration inMemoryEngine() {
        // The coverage configuration, not the plain one: with the plain one coverage is silently not recorded.
        var configuration = new ProcessCoverageInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:directive-process;DB_CLOSE_DELAY=-1");
        configuration.setProcessEngineName("directive-process");
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setExpressionManager(new MockExpressionManager());
        configuration.setJobExecutorActivate(false);
        return configuration;
    }

    /** Stands in for the directive's data: recipients and forwarded sub-units. */
    public static class FakeDirectiveData {
        final Map<String, List<String>> recipients = new java.util.HashMap<>();
        final Map<String, List<String>> forwarded = new java.util.HashMap<>();

        public List<String> recipientsOf(String directiveId) {
            return recipients.get(directiveId);
        }

        public List<String> forwardedUnits(String directiveId, String unitCode) {
            return forwarded.getOrDefault(unitCode, List.of());
        }
    }

    @BeforeEach
    void stubDelegates() {
        // Several engines live in one test JVM: point the assertions at this class's engine.
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
        Mocks.register("directives", directives);
        Mocks.register("reportingPeriods", ServiceStepDelegate.of(new ReportingPeriodsDelegate()));
        Mocks.register("unitReminder", recorder("reminder"));
        Mocks.register("reminderLetter", recorder("letter"));
        Mocks.register("unitReportSubmission", recorder("report"));
        Mocks.register("directiveClosure", (JavaDelegate)
                execution -> events.add("closed " + execution.getVariable("directiveCode")));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private JavaDelegate recorder(String kind) {
        return execution -> events.add(
                kind + " " + execution.getVariable("unitCode") + " #" + execution.getVariable("periodIndex"));
    }

    private static void now(String isoDateTime) {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(isoDateTime).toInstant()));
    }

    private ProcessInstance start(Directive directive) {
        directives.recipients.put(directive.id(), directive.recipients());
        return runtimeService().startProcessInstanceByKey("directive", directive.code(), directive.processVariables());
    }

    private static Task taskOf(String candidateGroup, String step) {
        List<Task> tasks = taskService()
                .createTaskQuery()
                .taskCandidateGroup(candidateGroup)
                .taskDefinitionKey(step)
                .list();
        assertThat(tasks).as("one %s task for %s", step, candidateGroup).hasSize(1);
        return tasks.get(0);
    }

    private static void complete(String candidateGroup, String step, Map<String, Object> variables) {
        taskService().complete(taskOf(candidateGroup, step).getId(), variables);
    }

    private static void complete(String candidateGroup, String step) {
        complete(candidateGroup, step, Map.of());
    }

    private static void fire(String timerActivity, String unitCode) {
        List<Job> jobs = managementService().createJobQuery().activityId(timerActivity).list().stream()
                .filter(job -> unitCode == null
                        || unitCode.equals(runtimeService().getVariable(job.getExecutionId(), "unitCode")))
                .toList();
        assertThat(jobs).as("one %s timer for %s", timerActivity, unitCode).hasSize(1);
        managementService().executeJob(jobs.get(0).getId());
    }

    private static void reportAndSign(String unit) {
        complete(unit + ":unit-officer", "draftUnitReport");
        complete(unit + ":unit-head", "approveUnitReport", Map.of("approved", true));
    }

    private static void consolidateSignAcknowledge(String consolidating, String receiver) {
        fire("unitDeadlinePassed", null);
        complete(consolidating + ":dic-officer", "consolidateReports");
        complete(consolidating + ":dic-director", "signConsolidatedReport", Map.of("approved", true));
        complete(receiver + ":ministry-officer", "acknowledgeReceipt");
    }

    /** The i-Speed directive, two periods long, to two units of which a district forwards to its wards. */
    private static Directive iSpeed(List<String> recipients) {
        return new Directive(
                "ISPEED-2024",
                "V/v đẩy mạnh sử dụng ứng dụng i-Speed",
                new DirectiveUnits("VP-KSTTHC", "VP-UBND", "VP-VT", "SO-TTTT", "BO-TTTT"),
                recipients,
                List.of(
                        new Target(
                                "samples",
                                "Số mẫu đo i-Speed",
                                "mẫu",
                                new BigDecimal("300"),
                                Target.Comparison.AT_LEAST,
                                Target.Source.SELF_REPORTED),
                        new Target(
                                "download4g",
                                "Tốc độ tải xuống trung bình 4G",
                                "Mbps",
                                Target.Kind.NUMBER,
                                Target.Comparison.AT_LEAST,
                                new BigDecimal("40"),
                                Target.RollUp.AVERAGE,
                                Target.Source.MEASURED,
                                "download-4g")),
                new ReportingCycle(
                        OffsetDateTime.parse("2024-10-15T00:00+07:00"),
                        "P1M",
                        "P0D",
                        "P3D",
                        "PT23H59M",
                        OffsetDateTime.parse("2024-12-15T00:00+07:00")),
                null);
    }

    private static void draftReviewSignIssue() {
        complete("VP-KSTTHC:specialist", "draftLetter");
        complete("VP-KSTTHC:division-head", "reviewDraft", Map.of("approved", true));
        complete("VP-UBND:chief-of-office", "signLetter", Map.of("approved", true));
        complete("VP-VT:records-clerk", "issueLetter");
    }

    @Test
    void theISpeedDirectiveRunsFromDraftToClosureWithReturnsForwardingAndReminders() {
        now("2024-10-20T09:00+07:00");
        ProcessInstance directive = start(iSpeed(List.of("SO-YTE", "QUAN-NGOQUYEN")));
        directives.forwarded.put("QUAN-NGOQUYEN", List.of("P-MAYTO", "P-LACHTRAY"));

        // Drafting, with a return by the division head and one by the Chief of Office.
        assertThat(directive).isWaitingAt("draftLetter");
        complete("VP-KSTTHC:specialist", "draftLetter");
        complete("VP-KSTTHC:division-head", "reviewDraft", Map.of("approved", false));
        assertThat(directive).isWaitingAt("draftLetter");
        complete("VP-KSTTHC:specialist", "draftLetter");
        complete("VP-KSTTHC:division-head", "reviewDraft", Map.of("approved", true));
        complete("VP-UBND:chief-of-office", "signLetter", Map.of("approved", false));
        assertThat(directive).isWaitingAt("draftLetter");
        draftReviewSignIssue();

        // Issued: every recipient has its case; the consolidation waits for the units' deadline.
        assertThat(directive).isWaitingAt("carryOutInUnits", "consolidateReporting", "closeRequested");
        complete("SO-YTE:unit-head", "assignOrForward", Map.of("forwarded", false));
        complete("QUAN-NGOQUYEN:unit-head", "assignOrForward", Map.of("forwarded", true));
        complete("P-MAYTO:unit-head", "assignOrForward", Map.of("forwarded", false));
        complete("P-LACHTRAY:unit-head", "assignOrForward", Map.of("forwarded", false));

        // Period 0 (15 Oct - 14 Nov): one report returned once, one ward late.
        complete("SO-YTE:unit-officer", "draftUnitReport");
        complete("SO-YTE:unit-head", "approveUnitReport", Map.of("approved", false));
        reportAndSign("SO-YTE");
        reportAndSign("QUAN-NGOQUYEN");
        reportAndSign("P-MAYTO");
        now("2024-11-19T08:00+07:00");
        fire("reportOverdue", "P-LACHTRAY");
        fire("reportStillMissing", "P-LACHTRAY");
        assertThat(taskOf("P-LACHTRAY:unit-officer", "draftUnitReport")).isNotNull();
        reportAndSign("P-LACHTRAY");
        consolidateReturnedOnceThenSigned();

        // Period 1 (15 Nov - 14 Dec), the last.
        for (String unit : List.of("SO-YTE", "QUAN-NGOQUYEN", "P-MAYTO", "P-LACHTRAY")) {
            fire("nextPeriodStarts", unit);
            reportAndSign(unit);
        }
        consolidateSignAcknowledge("SO-TTTT", "BO-TTTT");

        assertThat(directive).isEnded().hasPassed("reportingEnds", "closeAtEnd", "directiveClosed");
        assertThat(events)
                .contains("reminder P-LACHTRAY #0", "letter P-LACHTRAY #0", "report P-LACHTRAY #0")
                .contains("report SO-YTE #1", "report P-MAYTO #1", "closed ISPEED-2024")
                .filteredOn(e -> e.startsWith("report "))
                .hasSize(8);
        assertThat(runtimeService().createProcessInstanceQuery().count())
                .as("no case left")
                .isZero();
        assertThat(managementService().createJobQuery().count())
                .as("no job left")
                .isZero();
        assertThat(historyService()
                        .createHistoricProcessInstanceQuery()
                        .processDefinitionKey("unitTask")
                        .count())
                .as("a case per recipient and per forwarded ward")
                .isEqualTo(4);
    }

    private void consolidateReturnedOnceThenSigned() {
        fire("unitDeadlinePassed", null);
        Task consolidate = taskOf("SO-TTTT:dic-officer", "consolidateReports");
        assertThat(consolidate.getDueDate())
                .isEqualTo(
                        Date.from(OffsetDateTime.parse("2024-11-15T23:59+07:00").toInstant()));
        taskService().complete(consolidate.getId());
        complete("SO-TTTT:dic-director", "signConsolidatedReport", Map.of("approved", false));
        complete("SO-TTTT:dic-officer", "consolidateReports");
        complete("SO-TTTT:dic-director", "signConsolidatedReport", Map.of("approved", true));
        complete("BO-TTTT:ministry-officer", "acknowledgeReceipt");
    }

    @Test
    void theLeaderClosesADirectiveEarlyAndEveryOpenCaseEndsWithIt() {
        now("2024-10-20T09:00+07:00");
        ProcessInstance directive = start(iSpeed(List.of("SO-YTE", "QUAN-NGOQUYEN")));
        draftReviewSignIssue();
        complete("SO-YTE:unit-head", "assignOrForward", Map.of("forwarded", false));

        runtimeService()
                .createMessageCorrelation("closeDirective")
                .processInstanceId(directive.getId())
                .setVariable("closingReason", "Nhiệm vụ đã hoàn thành sớm")
                .correlate();

        assertThat(directive)
                .isEnded()
                .hasPassed("closeEarly", "closedByLeader")
                .hasNotPassed("closeAtEnd");
        assertThat(events).containsExactly("closed ISPEED-2024");
        assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
        assertThat(taskService().createTaskQuery().count()).isZero();
        assertThat(managementService().createJobQuery().count()).isZero();
    }

    @Test
    void aDifferentDirectiveRunsThroughTheSameModelsWithItsOwnUnitsAndCycle() {
        // A weekly health campaign: three recipients, reports to the City People's Committee.
        now("2026-03-02T08:00+07:00");
        var campaign = new Directive(
                "TIEMCHUNG-2026",
                "V/v đẩy nhanh tiêm chủng mở rộng",
                new DirectiveUnits("VP-NCKTGS", "VP-UBND", "VP-VT", "SO-YTE", "UBND-HP"),
                List.of("QUAN-HONGBANG", "HUYEN-ANLAO", "BV-VIETTIEP"),
                List.of(new Target(
                        "coverage",
                        "Tỷ lệ tiêm chủng",
                        "%",
                        new BigDecimal("95"),
                        Target.Comparison.AT_LEAST,
                        Target.Source.SELF_REPORTED)),
                new ReportingCycle(
                        OffsetDateTime.parse("2026-03-02T00:00+07:00"),
                        "P7D",
                        "P1D",
                        "P2D",
                        "P2D",
                        OffsetDateTime.parse("2026-03-23T00:00+07:00")),
                null);
        ProcessInstance directive = start(campaign);

        complete("VP-NCKTGS:specialist", "draftLetter");
        complete("VP-NCKTGS:division-head", "reviewDraft", Map.of("approved", true));
        complete("VP-UBND:chief-of-office", "signLetter", Map.of("approved", true));
        complete("VP-VT:records-clerk", "issueLetter");
        for (String unit : campaign.recipients()) {
            complete(unit + ":unit-head", "assignOrForward", Map.of("forwarded", false));
        }
        for (int week = 0; week < 3; week++) {
            for (String unit : campaign.recipients()) {
                if (week > 0) {
                    fire("nextPeriodStarts", unit);
                }
                assertThat(taskOf(unit + ":unit-officer", "draftUnitReport").getDueDate())
                        .isEqualTo(Date.from(OffsetDateTime.parse("2026-03-10T00:00+07:00")
                                .plusWeeks(week)
                                .toInstant()));
                reportAndSign(unit);
            }
            consolidateSignAcknowledge("SO-YTE", "UBND-HP");
        }

        assertThat(directive).isEnded().hasPassed("directiveClosed");
        assertThat(events).filteredOn(e -> e.startsWith("report ")).hasSize(9);
        assertThat(events).contains("report BV-VIETTIEP #2", "closed TIEMCHUNG-2026");
    }
    /** A one-off task: one period, no consolidating unit; the units report to the lead division. */
    @Test
    void aOneOffTaskWithoutConsolidationEndsWhenEveryUnitHasReported() {
        now("2026-06-01T08:00+07:00");
        var task = new Directive(
                "RASOAT-VBQPPL-2026",
                "V/v rà soát, đề xuất sửa đổi quy định về thủ tục hành chính",
                new DirectiveUnits("VP-KSTTHC", "VP-UBND", "VP-VT", null, null),
                List.of("SO-TP", "SO-NV"),
                List.of(new Target(
                        "proposal",
                        "Đã gửi văn bản đề xuất",
                        "",
                        Target.Kind.YES_NO,
                        Target.Comparison.YES,
                        null,
                        Target.RollUp.ALL,
                        Target.Source.SELF_REPORTED,
                        null)),
                new ReportingCycle(
                        OffsetDateTime.parse("2026-06-01T00:00+07:00"),
                        "P29D",
                        "P0D",
                        "P2D",
                        "P0D",
                        OffsetDateTime.parse("2026-06-30T00:00+07:00")),
                null);
        assertThat(task.consolidates()).isFalse();
        assertThat(task.followUpUnit()).isEqualTo("VP-KSTTHC");
        ProcessInstance directive = start(task);
        draftReviewSignIssue();
        for (String unit : task.recipients()) {
            complete(unit + ":unit-head", "assignOrForward", Map.of("forwarded", false));
        }
        // No consolidation runs beside the units: nothing waits for a deadline to consolidate.
        assertThat(managementService()
                        .createJobQuery()
                        .activityId("unitDeadlinePassed")
                        .count())
                .isZero();
        assertThat(historyService()
                        .createHistoricProcessInstanceQuery()
                        .superProcessInstanceId(directive.getId())
                        .processDefinitionKey("consolidation")
                        .count())
                .isZero();
        for (String unit : task.recipients()) {
            reportAndSign(unit);
        }

        assertThat(directive)
                .isEnded()
                .hasPassed("consolidationOver", "directiveClosed")
                .hasNotPassed("consolidateReporting");
        assertThat(events).contains("report SO-TP #0", "report SO-NV #0", "closed RASOAT-VBQPPL-2026");
    }

    /** Reports back to the City Office: its monitoring division consolidates; nobody beyond the city receives. */
    @Test
    void aConsolidatedReportThatStaysInTheCityIsDoneWhenSigned() {
        now("2026-01-16T08:00+07:00");
        var quarterly = new Directive(
                "CCHC-2026",
                "V/v báo cáo kết quả cải cách hành chính",
                new DirectiveUnits("VP-KSTTHC", "VP-UBND", "VP-VT", "VP-NCKTGS", null),
                List.of("SO-TP"),
                List.of(new Target(
                        "late",
                        "Số hồ sơ trễ hạn",
                        "hồ sơ",
                        Target.Kind.COUNT,
                        Target.Comparison.AT_MOST,
                        BigDecimal.ZERO,
                        Target.RollUp.SUM,
                        Target.Source.SELF_REPORTED,
                        null)),
                new ReportingCycle(
                        OffsetDateTime.parse("2026-01-15T00:00+07:00"),
                        "P3M",
                        "P0D",
                        "P3D",
                        "P5D",
                        OffsetDateTime.parse("2026-07-15T00:00+07:00")),
                null);
        ProcessInstance directive = start(quarterly);
        draftReviewSignIssue();
        complete("SO-TP:unit-head", "assignOrForward", Map.of("forwarded", false));
        for (int quarter = 0; quarter < 2; quarter++) {
            if (quarter > 0) {
                fire("nextPeriodStarts", "SO-TP");
            }
            reportAndSign("SO-TP");
            fire("unitDeadlinePassed", null);
            complete("VP-NCKTGS:dic-officer", "consolidateReports");
            complete("VP-NCKTGS:dic-director", "signConsolidatedReport", Map.of("approved", true));
            assertThat(taskService()
                            .createTaskQuery()
                            .taskDefinitionKey("acknowledgeReceipt")
                            .count())
                    .isZero();
        }

        assertThat(directive).isEnded().hasPassed("consolidateReporting", "directiveClosed");
        String consolidation = historyService()
                .createHistoricProcessInstanceQuery()
                .superProcessInstanceId(directive.getId())
                .processDefinitionKey("consolidation")
                .singleResult()
                .getId();
        assertThat(historyService()
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(consolidation)
                        .activityId("acknowledgeReceipt")
                        .count())
                .isZero();
        assertThat(historyService()
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(consolidation)
                        .activityId("periodReported")
                        .count())
                .isEqualTo(2);
    }
}
