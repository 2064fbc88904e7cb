package vn.dieuhanh.directive.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dieuhanh.audit.boundary.AuditFacts;
import vn.dieuhanh.audit.boundary.AuditLog;
import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.directive.entity.DirectiveReminder;
import vn.dieuhanh.directive.entity.DirectiveUnits;
import vn.dieuhanh.directive.entity.ReportingCycle;
import vn.dieuhanh.directive.entity.UnitReport;
import vn.dieuhanh.engine.boundary.Workflow;
import vn.dieuhanh.engine.boundary.Workflows;
import vn.dieuhanh.engine.control.ServiceStepDelegate;
import vn.dieuhanh.inbox.boundary.CaseStep;
import vn.dieuhanh.persistence.control.MigratedH2;
import vn.dieuhanh.reporting.entity.Target;

/**
 * Periods per unit: a unit silent in one period still gets the next period's report when that
 * period begins, and can send the missed one late; each open period keeps its own dates and its
 * own decisions. A quarterly directive to two units, on the in-memory engine, with the real
 * submission and reminder delegates writing to H2 (the real migrations), as the consolidation
 * reads them.
 */
class UnitPeriodsProcessTest {

    private static final String DEPARTMENT = "SO-TAINGUYEN";
    private static final String DISTRICT = "HUYEN-VINHBAO";

    private static ProcessEngine engine;
    private static Workflow workflow;
    private static EntityManagerFactory factory;

    private final DirectiveProcessTest.FakeDirectiveData directives = new DirectiveProcessTest.FakeDirectiveData();
    private final List<String> letters = new ArrayList<>();
    private EntityManager em;

    @BeforeAll
    static void start() {
        var configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:unit-periods-process;DB_CLOSE_DELAY=-1");
        configuration.setProcessEngineName("unit-periods-process");
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
        workflow = Workflows.on(engine);

        factory = MigratedH2.open("unit-periods-data", "reminders-test");
    }

    @AfterAll
    static void stop() {
        factory.close();
        engine.close();
    }

    @BeforeEach
    void delegates() {
        em = factory.createEntityManager();
        AuditLog audit = new AuditLog() {
            @Override
            public void append(AuditFacts facts) {
                // The trail has its own process test; here only what the units owe matters.
            }
        };
        var submission = new UnitReportSubmissionDelegate();
        submission.em = em;
        submission.audit = audit;
        var reminder = new ReminderDelegates.UnitReminder();
        reminder.em = em;
        reminder.audit = audit;
        Mocks.register("directives", directives);
        Mocks.register("reportingPeriods", ServiceStepDelegate.of(new ReportingPeriodsDelegate()));
        Mocks.register("unitReportSubmission", ServiceStepDelegate.of(submission));
        Mocks.register("unitReminder", ServiceStepDelegate.of(reminder));
        Mocks.register("reminderLetter", (JavaDelegate) execution ->
                letters.add(execution.getVariable("unitCode") + " #" + execution.getVariable("periodIndex")));
        Mocks.register("directiveClosure", (JavaDelegate) execution -> {});
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
        em.close();
    }

    @Test
    void aSilentUnitMovesOnToTheNextQuarterAndSendsTheMissedOneLate() {
        at("2027-01-20T09:00+07:00");
        Directive directive = digitisingFiles();
        inTransaction(() -> em.persist(directive));
        directives.recipients.put(directive.id(), directive.recipients());
        ProcessInstance root = engine.getRuntimeService()
                .startProcessInstanceByKey("directive", directive.code(), directive.processVariables());
        complete("VP-NCTH:specialist", "draftLetter", Map.of());
        complete("VP-NCTH:division-head", "reviewDraft", Map.of("approved", true, "returnReason", ""));
        complete("VP-UBND:chief-of-office", "signLetter", Map.of("approved", true, "returnReason", ""));
        complete("VP-VT:records-clerk", "issueLetter", Map.of());
        complete(DEPARTMENT + ":unit-head", "assignOrForward", Map.of("forwarded", false));
        complete(DISTRICT + ":unit-head", "assignOrForward", Map.of("forwarded", false));
        String district = unitCase(DISTRICT);

        // Quarter I (15 Jan - 14 Apr): the department reports on time, the district says nothing.
        at("2027-04-10T09:00+07:00");
        report(DEPARTMENT, 0, "Đã số hóa 86% hồ sơ quý I");
        sign(DEPARTMENT, 0);
        assertThat(periods(DISTRICT + ":unit-officer", "draftUnitReport")).containsOnlyKeys(0);

        // Quarter II begins on 15 April for both, whether they reported or not.
        assertThat(job("nextPeriodStarts", DISTRICT, 0).getDuedate()).isEqualTo(date("2027-04-15T00:00+07:00"));
        at("2027-04-15T00:00+07:00");
        fire("nextPeriodStarts", DEPARTMENT, 0);
        fire("nextPeriodStarts", DISTRICT, 0);
        assertThat(periods(DEPARTMENT + ":unit-officer", "draftUnitReport")).containsOnlyKeys(1);
        Map<Integer, Task> districtDrafts = periods(DISTRICT + ":unit-officer", "draftUnitReport");
        assertThat(districtDrafts).containsOnlyKeys(0, 1);
        assertThat(districtDrafts.get(0).getDueDate()).isEqualTo(date("2027-04-25T00:00+07:00"));
        assertThat(districtDrafts.get(1).getDueDate()).isEqualTo(date("2027-07-25T00:00+07:00"));
        assertThat(variable(districtDrafts.get(0), "periodStartAt")).isEqualTo("2027-01-15T00:00+07:00");
        assertThat(variable(districtDrafts.get(1), "periodStartAt")).isEqualTo("2027-04-15T00:00+07:00");
        assertThat(variable(districtDrafts.get(0), "unitDeadlineAt")).isEqualTo("2027-04-25T00:00+07:00");
        assertThat(variable(districtDrafts.get(1), "unitDeadlineAt")).isEqualTo("2027-07-25T00:00+07:00");
        // Quarter II is the last: nothing waits for a third.
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .activityId("nextPeriodStarts")
                        .count())
                .isZero();

        // The consolidation of quarter I finds the district missing; its reminders are for quarter I only.
        at("2027-04-26T08:00+07:00");
        assertThat(reports(directive, 0)).containsExactly(DEPARTMENT + " đúng hạn");
        consolidate(0);
        fire("reportOverdue", DISTRICT, 0);
        at("2027-05-01T08:00+07:00");
        fire("reportStillMissing", DISTRICT, 0);
        assertThat(letters).containsExactly(DISTRICT + " #0");
        assertThat(em.createQuery("select r from DirectiveReminder r", DirectiveReminder.class)
                        .getResultList())
                .extracting(r -> r.unitCode() + " #" + r.periodIndex() + " " + r.kind())
                .containsExactly(DISTRICT + " #0 REMINDER");
        assertThat(periods(DISTRICT + ":unit-officer", "draftUnitReport")).containsOnlyKeys(0, 1);

        // July: the district drafts both quarters; its head returns the late one and signs the other.
        at("2027-07-08T09:00+07:00");
        report(DISTRICT, 0, "Báo cáo bổ sung quý I");
        at("2027-07-08T10:00+07:00");
        report(DISTRICT, 1, "Đã số hóa 81% hồ sơ quý II");
        assertThat(periods(DISTRICT + ":unit-head", "approveUnitReport")).containsOnlyKeys(0, 1);
        at("2027-07-09T09:00+07:00");
        complete(
                DISTRICT + ":unit-head",
                "approveUnitReport",
                0,
                Map.of("approved", false, "returnReason", "Thiếu số hồ sơ đã số hóa quý I"));
        Task returned = period(DISTRICT + ":unit-officer", "draftUnitReport", 0);
        assertThat(variable(returned, "returnReason")).isEqualTo("Thiếu số hồ sơ đã số hóa quý I");
        assertThat(variable(returned, "reportNote")).isEqualTo("Báo cáo bổ sung quý I");
        Task toSign = period(DISTRICT + ":unit-head", "approveUnitReport", 1);
        assertThat(variable(toSign, "approved")).isNull();
        assertThat(variable(toSign, "returnReason")).isNull();
        assertThat(variable(toSign, "reportNote")).isEqualTo("Đã số hóa 81% hồ sơ quý II");
        assertThat(engine.getRuntimeService().getVariablesLocal(district))
                .as("what drafting and approving write stays in the period")
                .doesNotContainKeys("approved", "returnReason", "reportNote", "reportedSamples");
        at("2027-07-09T10:00+07:00");
        sign(DISTRICT, 1);
        assertThat(periods(DISTRICT + ":unit-officer", "draftUnitReport")).containsOnlyKeys(0);

        at("2027-07-10T09:00+07:00");
        report(DISTRICT, 0, "Báo cáo bổ sung quý I, đủ số liệu");
        at("2027-07-10T10:00+07:00");
        sign(DISTRICT, 0);
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(district)
                        .count())
                .as("the district's case ends with its last report")
                .isZero();

        at("2027-07-20T09:00+07:00");
        report(DEPARTMENT, 1, "Đã số hóa 90% hồ sơ quý II");
        sign(DEPARTMENT, 1);

        // What the consolidation reads, per period: the late report shows as late in its own quarter.
        assertThat(reports(directive, 0)).containsExactlyInAnyOrder(DEPARTMENT + " đúng hạn", DISTRICT + " muộn");
        assertThat(reports(directive, 1)).containsExactlyInAnyOrder(DEPARTMENT + " đúng hạn", DISTRICT + " đúng hạn");
        at("2027-07-26T08:00+07:00");
        consolidate(1);
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(root.getId())
                        .count())
                .as("the directive ends with its last period")
                .isZero();

        // The case's history gives each decision to the step that took it, across open periods.
        List<CaseStep> steps = CaseStep.historyOf(workflow, district);
        assertThat(steps)
                .filteredOn(s -> s.stepKey().equals("approveUnitReport"))
                .extracting(s -> s.approved() + " " + s.reason())
                .containsExactly("false Thiếu số hồ sơ đã số hóa quý I", "true null", "true null");
        assertThat(steps)
                .filteredOn(s -> s.stepKey().equals("draftUnitReport"))
                .hasSize(3)
                .allSatisfy(s -> {
                    assertThat(s.approved()).isNull();
                    assertThat(s.reason()).isNull();
                });
        assertThat(CaseStep.historyOf(workflow, root.getId()))
                .extracting(s -> s.stepKey() + " " + s.approved())
                .containsExactly("draftLetter null", "reviewDraft true", "signLetter true", "issueLetter null");
    }

    /** A quarterly directive on digitising administrative files, to a department and a district. */
    private static Directive digitisingFiles() {
        return new Directive(
                "SOHOA-TTHC-2027",
                "V/v đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
                new DirectiveUnits("VP-NCTH", "VP-UBND", "VP-VT", "SO-NOIVU", "VP-UBND"),
                List.of(DEPARTMENT, DISTRICT),
                List.of(new Target(
                        "digitised",
                        "Tỷ lệ hồ sơ được số hóa",
                        "%",
                        Target.Kind.PERCENT,
                        Target.Comparison.AT_LEAST,
                        new BigDecimal("80"),
                        Target.RollUp.AVERAGE,
                        Target.Source.SELF_REPORTED,
                        null)),
                new ReportingCycle(
                        OffsetDateTime.parse("2027-01-15T00:00+07:00"),
                        "P3M",
                        "P10D",
                        "P5D",
                        "P15D",
                        OffsetDateTime.parse("2027-07-15T00:00+07:00")),
                null);
    }

    private void report(String unit, int period, String note) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("reportNote", note);
        variables.put("reportedSamples", null);
        complete(unit + ":unit-officer", "draftUnitReport", period, variables);
    }

    private void sign(String unit, int period) {
        complete(unit + ":unit-head", "approveUnitReport", period, Map.of("approved", true, "returnReason", ""));
    }

    /** The consolidating unit's round for a period, from the units' deadline to the receipt. */
    private void consolidate(int period) {
        List<Job> deadline = engine.getManagementService()
                .createJobQuery()
                .activityId("unitDeadlinePassed")
                .list();
        assertThat(deadline).hasSize(1);
        inTransaction(
                () -> engine.getManagementService().executeJob(deadline.get(0).getId()));
        assertThat(period("SO-NOIVU:dic-officer", "consolidateReports", period)).isNotNull();
        complete("SO-NOIVU:dic-officer", "consolidateReports", Map.of());
        complete("SO-NOIVU:dic-director", "signConsolidatedReport", Map.of("approved", true, "returnReason", ""));
        complete("VP-UBND:ministry-officer", "acknowledgeReceipt", Map.of());
    }

    /** The rows the consolidation reads for a period, as "unit on time" or "unit late". */
    private List<String> reports(Directive directive, int period) {
        em.clear();
        return em
                .createQuery(
                        "select r from UnitReport r where r.directiveId = :id and r.periodIndex = :period",
                        UnitReport.class)
                .setParameter("id", directive.id())
                .setParameter("period", period)
                .getResultList()
                .stream()
                .map(r -> r.unitCode() + (r.late() ? " muộn" : " đúng hạn"))
                .toList();
    }

    /** The open tasks at a step offered to a group, by the period each one is for. */
    private static Map<Integer, Task> periods(String group, String step) {
        Map<Integer, Task> byPeriod = new TreeMap<>();
        engine.getTaskService()
                .createTaskQuery()
                .taskCandidateGroup(group)
                .taskDefinitionKey(step)
                .list()
                .forEach(task -> {
                    Task earlier = byPeriod.put(((Number) variable(task, "periodIndex")).intValue(), task);
                    assertThat(earlier)
                            .as("one %s task per period for %s", step, group)
                            .isNull();
                });
        return byPeriod;
    }

    private static Task period(String group, String step, int period) {
        Task task = periods(group, step).get(period);
        assertThat(task).as("%s of period %d for %s", step, period, group).isNotNull();
        return task;
    }

    /** As the pages read it: through our boundary, from the task. */
    private static Object variable(Task task, String name) {
        return workflow.taskVariable(task.getId(), name);
    }

    private void complete(String group, String step, int period, Map<String, Object> variables) {
        String taskId = period(group, step, period).getId();
        inTransaction(() -> engine.getTaskService().complete(taskId, variables));
    }

    private void complete(String group, String step, Map<String, Object> variables) {
        List<Task> tasks = engine.getTaskService()
                .createTaskQuery()
                .taskCandidateGroup(group)
                .taskDefinitionKey(step)
                .list();
        assertThat(tasks).as("one %s task for %s", step, group).hasSize(1);
        inTransaction(() -> engine.getTaskService().complete(tasks.get(0).getId(), variables));
    }

    private static String unitCase(String unit) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey("unitTask")
                .variableValueEquals("unitCode", unit)
                .singleResult()
                .getId();
    }

    /** The timer of this unit's case waiting at this activity for this period. */
    private static Job job(String activity, String unit, int period) {
        var runtime = engine.getRuntimeService();
        List<Job> jobs = engine.getManagementService().createJobQuery().activityId(activity).list().stream()
                .filter(job -> unit.equals(runtime.getVariable(job.getExecutionId(), "unitCode")))
                .filter(job -> Integer.valueOf(period).equals(runtime.getVariable(job.getExecutionId(), "periodIndex")))
                .toList();
        assertThat(jobs)
                .as("one %s timer for %s, period %d", activity, unit, period)
                .hasSize(1);
        return jobs.get(0);
    }

    private void fire(String activity, String unit, int period) {
        String jobId = job(activity, unit, period).getId();
        inTransaction(() -> engine.getManagementService().executeJob(jobId));
    }

    /** The engine's work and what the delegates write commit together, as in the server. */
    private void inTransaction(Runnable work) {
        em.getTransaction().begin();
        try {
            work.run();
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
        }
    }

    private static void at(String isoDateTime) {
        ClockUtil.setCurrentTime(date(isoDateTime));
    }

    private static Date date(String isoDateTime) {
        return Date.from(OffsetDateTime.parse(isoDateTime).toInstant());
    }
}
