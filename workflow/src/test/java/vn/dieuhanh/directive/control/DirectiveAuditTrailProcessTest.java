package vn.dieuhanh.directive.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dieuhanh.audit.boundary.AuditFacts;
import vn.dieuhanh.audit.boundary.AuditLog;
import vn.dieuhanh.audit.control.AuditEntries;
import vn.dieuhanh.audit.entity.AuditEntry;
import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.directive.entity.DirectiveReminder;
import vn.dieuhanh.directive.entity.DirectiveUnits;
import vn.dieuhanh.directive.entity.ReportingCycle;
import vn.dieuhanh.engine.boundary.EngineHistory;
import vn.dieuhanh.engine.control.ServiceStepDelegate;
import vn.dieuhanh.inspection.boundary.TrailEvent;
import vn.dieuhanh.inspection.boundary.Trails;
import vn.dieuhanh.inspection.control.ChainVerifier;
import vn.dieuhanh.reporting.entity.Target;

/**
 * The trail of a directive run on the in-memory engine: a return for revision, a forward to a
 * ward, a late report with its reminder. Persons' actions are recorded as the facade records them
 * (the real {@link AuditLog#taskDone}: unit and role from the task's candidate group); the timers'
 * by the real delegates; the engine's side read by the real {@link EngineHistory}. The merged
 * trail must hold each of them, in order, with the right actor, and the chain must verify.
 */
class DirectiveAuditTrailProcessTest {

    private static ProcessEngine engine;
    private static DataSource dataSource;

    private final DirectiveProcessTest.FakeDirectiveData directives = new DirectiveProcessTest.FakeDirectiveData();
    private final Recorder audit = new Recorder();
    private String directiveId;
    private OffsetDateTime clock = OffsetDateTime.parse("2024-10-20T09:00+07:00");

    /** The audit log with its chain in a list, the signed-in person set by the test. */
    static final class Recorder extends AuditLog {
        final List<AuditEntry> entries = new ArrayList<>();
        String user = "system";

        Recorder() {
            super(new EngineHistory(engine, dataSource));
        }

        @Override
        public void append(AuditFacts facts) {
            AuditEntry previous = entries.isEmpty() ? null : entries.get(entries.size() - 1);
            AuditEntry entry = AuditEntries.of(
                    entries.size() + 1L,
                    previous == null ? AuditEntry.GENESIS : previous.entryHash(),
                    facts,
                    OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ReportingPeriodsDelegate.ZONE));
            entries.add(entry);
        }

        @Override
        public String caller() {
            return user;
        }

        @Override
        public String nameOf(String name) {
            return name.toUpperCase();
        }
    }

    @BeforeAll
    static void startEngine() {
        var configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:audit-trail-process;DB_CLOSE_DELAY=-1");
        configuration.setProcessEngineName("audit-trail-process");
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setExpressionManager(new MockExpressionManager());
        configuration.setJobExecutorActivate(false);
        engine = configuration.buildProcessEngine();
        dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
        engine.getRepositoryService()
                .createDeployment()
                .addClasspathResource("bpmn/directive.bpmn")
                .addClasspathResource("bpmn/unitTask.bpmn")
                .addClasspathResource("bpmn/consolidation.bpmn")
                .deploy();
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    /** Time moves a minute per action, so the trail's order is the order things happened. */
    private void tick() {
        clock = clock.plusMinutes(1);
        ClockUtil.setCurrentTime(Date.from(clock.toInstant()));
    }

    private void stubDelegates() {
        EntityManager ignoring = (EntityManager) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {EntityManager.class}, (proxy, method, args) -> null);
        var reminder = new ReminderDelegates.UnitReminder();
        reminder.em = ignoring;
        reminder.audit = audit;
        var submission = new UnitReportSubmissionDelegate();
        submission.em = ignoring;
        submission.audit = audit;
        Mocks.register("directives", directives);
        Mocks.register("reportingPeriods", ServiceStepDelegate.of(new ReportingPeriodsDelegate()));
        Mocks.register("unitReminder", ServiceStepDelegate.of(reminder));
        // The letter's document is the documents' business; its record is the same as the real one's.
        Mocks.register(
                "reminderLetter",
                ServiceStepDelegate.of(execution ->
                        ReminderDelegates.record(ignoring, audit, execution, DirectiveReminder.Kind.REMINDER_LETTER)));
        Mocks.register("unitReportSubmission", ServiceStepDelegate.of(submission));
        Mocks.register("directiveClosure", (JavaDelegate) execution -> {});
    }

    /** A person completes the step offered to their unit and role, recorded as the facade records it. */
    private void act(String user, String group, String step, String decision, String reason, Map<String, Object> vars) {
        tick();
        List<Task> tasks = engine.getTaskService()
                .createTaskQuery()
                .taskCandidateGroup(group)
                .taskDefinitionKey(step)
                .list();
        assertThat(tasks).as("one %s for %s", step, group).hasSize(1);
        String taskId = tasks.get(0).getId();
        Collection<String> callerGroups = Set.of(group, "OTHER-UNIT:specialist");
        audit.user = user;
        audit.taskDone(directiveId, taskId, callerGroups, null, null, decision, reason, null);
        engine.getTaskService().complete(taskId, vars);
    }

    private void fire(String timer, String unit) {
        tick();
        List<Job> jobs = engine.getManagementService().createJobQuery().activityId(timer).list().stream()
                .filter(job -> unit.equals(engine.getRuntimeService().getVariable(job.getExecutionId(), "unitCode")))
                .toList();
        assertThat(jobs).hasSize(1);
        engine.getManagementService().executeJob(jobs.get(0).getId());
    }

    @Test
    void theTrailHoldsTheReturnTheForwardTheReminderAndTheLateReportInOrderWithTheirActors() {
        stubDelegates();
        tick();
        Directive directive = iSpeed(List.of("SO-YTE", "QUAN-NGOQUYEN"));
        directives.recipients.put(directive.id(), directive.recipients());
        directives.forwarded.put("QUAN-NGOQUYEN", List.of("P-MAYTO"));
        directiveId = directive.id();
        String root = engine.getRuntimeService()
                .startProcessInstanceByKey("directive", directive.code(), directive.processVariables())
                .getId();

        act("chuyenvien", "VP-KSTTHC:specialist", "draftLetter", "DRAFTED", null, Map.of());
        act(
                "truongphong",
                "VP-KSTTHC:division-head",
                "reviewDraft",
                "RETURNED",
                "Sửa đoạn 2",
                Map.of("approved", false));
        act("chuyenvien", "VP-KSTTHC:specialist", "draftLetter", "DRAFTED", null, Map.of());
        act("truongphong", "VP-KSTTHC:division-head", "reviewDraft", "APPROVED", null, Map.of("approved", true));
        act("chanhvanphong", "VP-UBND:chief-of-office", "signLetter", "APPROVED", null, Map.of("approved", true));
        act("vanthu", "VP-VT:records-clerk", "issueLetter", "ISSUED", null, Map.of());
        act(
                "thutruong-ngoquyen",
                "QUAN-NGOQUYEN:unit-head",
                "assignOrForward",
                "FORWARDED",
                null,
                Map.of("forwarded", true));
        act("thutruong-yte", "SO-YTE:unit-head", "assignOrForward", "ASSIGNED", null, Map.of("forwarded", false));
        act("thutruong-mayto", "P-MAYTO:unit-head", "assignOrForward", "ASSIGNED", null, Map.of("forwarded", false));

        // The ward misses its deadline: reminded at the deadline, then reports late.
        clock = OffsetDateTime.parse("2024-11-15T08:00+07:00");
        fire("reportOverdue", "P-MAYTO");
        act("canbo-mayto", "P-MAYTO:unit-officer", "draftUnitReport", "REPORTED", null, Map.of());
        act("thutruong-mayto", "P-MAYTO:unit-head", "approveUnitReport", "APPROVED", null, Map.of("approved", true));

        List<TrailEvent> ours = audit.entries.stream()
                .map(e -> Trails.of(
                        e, e.periodIndex() == null ? null : directive.cycle().label(e.periodIndex())))
                .toList();
        List<TrailEvent> theirs = new EngineHistory(engine, dataSource)
                .events(root, null, null, 10_000).stream()
                        .map(e -> Trails.of(e, directiveId, directive.code()))
                        .toList();
        List<TrailEvent> trail = Trails.merge(ours, theirs, 100_000);

        int returned = index(trail, e -> "RETURNED".equals(e.decision()));
        int forwarded = index(trail, e -> "FORWARDED".equals(e.decision()));
        int wardOpened = index(
                trail,
                e -> "TASK_OPENED".equals(e.kind())
                        && "P-MAYTO".equals(e.unitCode())
                        && "assignOrForward".equals(e.stepKey()));
        int timer = index(
                trail,
                e -> "TIMER_FIRED".equals(e.kind())
                        && "reportOverdue".equals(e.stepKey())
                        && "P-MAYTO".equals(e.unitCode()));
        int reminder = index(trail, e -> "REMINDER".equals(e.kind()));
        int late = index(trail, e -> "REPORT_SUBMITTED".equals(e.kind()));
        assertThat(List.of(returned, forwarded, wardOpened, timer, reminder, late))
                .isSorted();
        assertThat(IntStream.of(returned, forwarded, wardOpened, timer, reminder, late)
                        .distinct()
                        .count())
                .isEqualTo(6);

        TrailEvent ret = trail.get(returned);
        assertThat(ret.actor()).isEqualTo("truongphong");
        assertThat(ret.actorName()).isEqualTo("TRUONGPHONG");
        assertThat(ret.unitCode()).isEqualTo("VP-KSTTHC");
        assertThat(ret.role()).isEqualTo("division-head");
        assertThat(ret.stepKey()).isEqualTo("reviewDraft");
        assertThat(ret.reason()).isEqualTo("Sửa đoạn 2");
        assertThat(ret.caseRef()).isEqualTo(directive.code());

        TrailEvent fwd = trail.get(forwarded);
        assertThat(fwd.actor()).isEqualTo("thutruong-ngoquyen");
        assertThat(fwd.unitCode()).isEqualTo("QUAN-NGOQUYEN");
        assertThat(fwd.role()).isEqualTo("unit-head");

        assertThat(trail.get(reminder).actor()).isEqualTo("system");
        assertThat(trail.get(reminder).unitCode()).isEqualTo("P-MAYTO");
        assertThat(trail.get(reminder).periodIndex()).isZero();
        assertThat(trail.get(late).decision()).isEqualTo("LATE");
        assertThat(trail.get(late).unitCode()).isEqualTo("P-MAYTO");

        // The report's drafting is the ward officer's, in the ward's unit and role, period 1.
        TrailEvent drafted = trail.get(index(trail, e -> "REPORTED".equals(e.decision())));
        assertThat(drafted.actor()).isEqualTo("canbo-mayto");
        assertThat(drafted.role()).isEqualTo("unit-officer");
        assertThat(drafted.periodIndex()).isZero();

        // Every line in time order; the chain of what was recorded verifies.
        assertThat(trail).extracting(TrailEvent::at).isSorted();
        AuditEntry last = audit.entries.get(audit.entries.size() - 1);
        assertThat(ChainVerifier.verify(
                                audit.entries.stream()
                                        .map(ChainVerifier.Link::of)
                                        .iterator(),
                                last.seq(),
                                last.entryHash())
                        .intact())
                .isTrue();

        // The diagram's figures: the draft reviewed twice, the ward's report step ran once.
        var counts = new EngineHistory(engine, dataSource).counts(root);
        assertThat(counts)
                .anySatisfy(c -> {
                    assertThat(c.activityId()).isEqualTo("reviewDraft");
                    assertThat(c.runs()).isEqualTo(2);
                })
                .anySatisfy(c -> {
                    assertThat(c.activityId()).isEqualTo("draftUnitReport");
                    assertThat(c.unitCode()).isEqualTo("SO-YTE");
                    assertThat(c.open()).isEqualTo(1);
                });
        assertThat(new EngineHistory(engine, dataSource).models(root))
                .extracting(EngineHistory.Model::processKey)
                .contains("directive", "unitTask", "consolidation");
    }

    private static int index(List<TrailEvent> trail, java.util.function.Predicate<TrailEvent> which) {
        for (int i = 0; i < trail.size(); i++) {
            if (which.test(trail.get(i))) {
                return i;
            }
        }
        throw new AssertionError("not in the trail: " + trail);
    }

    private static Directive iSpeed(List<String> recipients) {
        return new Directive(
                "ISPEED-AUDIT",
                "V/v đẩy mạnh sử dụng ứng dụng i-Speed",
                new DirectiveUnits("VP-KSTTHC", "VP-UBND", "VP-VT", "SO-TTTT", "BO-TTTT"),
                recipients,
                List.of(new Target(
                        "samples",
                        "Số mẫu đo i-Speed",
                        "mẫu",
                        new BigDecimal("300"),
                        Target.Comparison.AT_LEAST,
                        Target.Source.SELF_REPORTED)),
                new ReportingCycle(
                        OffsetDateTime.parse("2024-10-15T00:00+07:00"),
                        "P1M",
                        "P0D",
                        "P3D",
                        "PT23H59M",
                        OffsetDateTime.parse("2024-12-15T00:00+07:00")),
                null);
    }
}
