package vn.dieuhanh.engine.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dieuhanh.engine.control.EngineLifecycle;

/**
 * Task lists are read in a few queries for the whole list (business keys and subjects batched):
 * each task must still carry its own case's subject and business key, for cases started directly
 * and for cases called from another (a unit's case, whose subject is passed in).
 */
class WorkflowTaskListTest {

    private static ProcessEngine engine;
    private static Workflow workflow;

    @BeforeAll
    static void start() {
        var configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:workflow-task-list;DB_CLOSE_DELAY=-1");
        configuration.setProcessEngineName("workflow-task-list");
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService()
                .createDeployment()
                .addModelInstance(
                        "parent.bpmn",
                        Bpmn.createExecutableProcess("parent")
                                .startEvent()
                                .parallelGateway("fork")
                                .userTask("own")
                                .camundaCandidateGroups("VP-VT:records-clerk")
                                .endEvent()
                                .moveToNode("fork")
                                .callActivity("unit")
                                .calledElement("child")
                                .camundaIn("subject", "subject")
                                .camundaInBusinessKey("#{execution.processBusinessKey}-unit")
                                .endEvent()
                                .done())
                .addModelInstance(
                        "child.bpmn",
                        Bpmn.createExecutableProcess("child")
                                .startEvent()
                                .userTask("report")
                                .camundaCandidateGroups("SO-YTE:unit-officer")
                                .endEvent()
                                .done())
                .deploy();
        workflow = new Workflow();
        workflow.lifecycle = new EngineLifecycle() {
            @Override
            public ProcessEngine engine() {
                return engine;
            }
        };
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void everyTaskCarriesItsOwnCasesSubjectAndBusinessKey() {
        String first = workflow.start("parent", "CASE-1", Map.of("subject", "Báo cáo i-Speed tháng 5"));
        String second = workflow.start("parent", "CASE-2", Map.of("subject", "Công văn số 12"));
        workflow.start("parent", "CASE-3", Map.of("other", "a case without a subject"));

        List<OpenTask> clerk = workflow.openTasksFor(List.of("VP-VT:records-clerk"));
        assertThat(clerk)
                .extracting(OpenTask::businessKey, OpenTask::subject, OpenTask::processKey, OpenTask::stepKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("CASE-1", "Báo cáo i-Speed tháng 5", "parent", "own"),
                        org.assertj.core.groups.Tuple.tuple("CASE-2", "Công văn số 12", "parent", "own"),
                        org.assertj.core.groups.Tuple.tuple("CASE-3", null, "parent", "own"));

        List<OpenTask> officer = workflow.openTasksFor(List.of("SO-YTE:unit-officer"));
        assertThat(officer)
                .extracting(OpenTask::businessKey, OpenTask::subject, OpenTask::processKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("CASE-1-unit", "Báo cáo i-Speed tháng 5", "child"),
                        org.assertj.core.groups.Tuple.tuple("CASE-2-unit", "Công văn số 12", "child"),
                        org.assertj.core.groups.Tuple.tuple("CASE-3-unit", null, "child"));

        assertThat(workflow.openTasksOf(second)).singleElement().satisfies(task -> assertThat(task.subject())
                .isEqualTo("Công văn số 12"));
        assertThat(workflow.openTask(clerk.get(0).id())).get().satisfies(task -> assertThat(task.businessKey())
                .isEqualTo("CASE-1"));
        assertThat(workflow.openTasksFor(List.of())).isEmpty();
        assertThat(first).isNotBlank();
    }
}
