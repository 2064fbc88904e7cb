package vn.dieuhanh.incoming.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of {@code incomingDocument.bpmn}, on the in-memory engine with the delegate stubbed. */
@Deployment(resources = "bpmn/incomingDocument.bpmn")
class IncomingDocumentProcessTest {

    /**
     * The coverage extension is a {@code ProcessEngineExtension}: it builds the engine from the configuration, records
     * which flow nodes and sequence flows the tests pass, writes a report under
     * {@code target/process-test-coverage/} and fails the class below 100% (all tests of the class together).
     */
    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder(inMemoryConfiguration())
            .assertClassCoverageAtLeast(1.0)
            .build();

    private final List<String> reminded = new ArrayList<>();

    /** The in-memory engine, with the parse listener that records coverage (without it the coverage is not computed). */
    private static ProcessEngineConfiguration inMemoryConfiguration() {
        var configuration = new ProcessCoverageInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:incoming-process;DB_CLOSE_DELAY=-1");
        configuration.setProcessEngineName("incoming-process");
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setExpressionManager(new MockExpressionManager());
        configuration.setJobExecutorActivate(false);
        return configuration;
    }

    @BeforeEach
    void stubDelegate() {
        // Several engines live in one test JVM: point the assertions at this class's engine.
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
        Mocks.register("registrationReminder", (org.camunda.bpm.engine.delegate.JavaDelegate)
                execution -> reminded.add(execution.getProcessInstanceId()));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    private ProcessInstance receive(OffsetDateTime due) {
        return runtimeService()
                .startProcessInstanceByKey(
                        "incomingDocument",
                        Map.of(
                                "subject", "Công văn 4459/BTTTT-CVT",
                                "registrationDueAt", due.toString(),
                                "recordsOffice", "VP-VT",
                                "leaderUnit", "UBND-HP"));
    }

    @Test
    void registeredInTimeGoesToTheLeaderWithoutReminder() {
        ProcessInstance pi = receive(OffsetDateTime.now().plusHours(8));

        assertThat(pi).isWaitingAt("registerIncoming");
        assertThat(task()).hasCandidateGroup("VP-VT:records-clerk");
        complete(task());

        assertThat(pi).isWaitingAt("giveDirectingOpinion");
        assertThat(task()).hasCandidateGroup("UBND-HP:city-leader");
        complete(task());

        assertThat(pi).isEnded().hasPassed("opinionGiven").hasNotPassed("remindRegistration");
        assertThat(reminded).isEmpty();
    }

    @Test
    void overdueRegistrationRemindsAndKeepsTheTaskOpen() {
        ProcessInstance pi = receive(OffsetDateTime.now().minusMinutes(1));

        assertThat(pi).isWaitingAt("registerIncoming");
        execute(job("registrationOverdue"));

        assertThat(pi).hasPassed("remindRegistration", "reminderSent").isWaitingAt("registerIncoming");
        assertThat(reminded).containsExactly(pi.getId());

        complete(task());
        assertThat(pi).isWaitingAt("giveDirectingOpinion");
    }
}
