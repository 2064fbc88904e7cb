package vn.dieuhanh.engine.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import vn.dieuhanh.engine.control.EngineLifecycle;

/**
 * The engine's side of a trail: what it recorded of a directive's cases (the directive's own, each
 * unit's, each consolidation's, all under the directive's root instance), read in one query with
 * the unit of each. Reads the history tables with SQL because the engine's query API cannot filter
 * by root instance and page in one go; the only place outside the engine that knows its tables.
 */
@ApplicationScoped
public class EngineHistory {

    @Inject
    EngineLifecycle lifecycle;

    @Resource(lookup = "jdbc/dieuhanh")
    DataSource dataSource;

    private ProcessEngine engine;

    public EngineHistory() {}

    /** For process tests: an in-memory engine and its own data source. */
    public EngineHistory(ProcessEngine engine, DataSource dataSource) {
        this.engine = engine;
        this.dataSource = dataSource;
    }

    /** A step as the engine knows it, with the unit and role the acting person holds it in. */
    public record TaskFacts(
            String stepKey, String unit, String role, String businessKey, Integer periodIndex, String directiveId) {}

    /** One thing the engine recorded: a step reached, a task opened, a timer fired, a case started or ended. */
    public record EngineEvent(
            Instant at,
            String activityId,
            String activityName,
            String activityType,
            String processKey,
            String processInstanceId,
            String taskId,
            String assignee,
            String unitCode,
            Instant startedAt,
            Instant endedAt,
            boolean canceled) {
        public boolean open() {
            return endedAt == null;
        }
    }

    /** How often a step ran for a directive, per unit for the multi-instance parts, and how many are open. */
    public record ActivityCount(String processKey, String activityId, String unitCode, long runs, long open) {}

    /** A process model a directive's cases ran on: its BPMN XML as deployed. */
    public record Model(String processKey, String definitionId, String xml) {}

    /**
     * The step, unit and role of an open task as the acting caller holds it. A task completed by a
     * colleague a moment ago (a double click) is "no longer open", as {@code Workflow} answers.
     */
    public TaskFacts task(String taskId, Collection<String> callerGroups) {
        try {
            return openTask(taskId, callerGroups);
        } catch (NullValueException e) {
            throw new TaskNotOpenException(taskId);
        }
    }

    /** The caller holds the group, or acts in it for someone at this step (a delegation). */
    private static boolean holds(Collection<String> callerGroups, String group, String step) {
        return callerGroups.contains(group)
                || callerGroups.stream()
                        .map(vn.dieuhanh.engine.boundary.CandidateGroups::acting)
                        .flatMap(java.util.Optional::stream)
                        .anyMatch(a -> a.group().equals(group) && a.steps().contains(step));
    }

    private TaskFacts openTask(String taskId, Collection<String> callerGroups) {
        Task task = engine().getTaskService().createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new TaskNotOpenException(taskId);
        }
        String group = engine().getTaskService().getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .filter(g -> g != null && holds(callerGroups, g, task.getTaskDefinitionKey()))
                .findFirst()
                .orElse(null);
        String unit = group == null ? null : group.substring(0, Math.max(0, group.indexOf(':')));
        String role = group == null ? null : group.substring(group.indexOf(':') + 1);
        var instance = engine().getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .singleResult();
        Object period = engine().getTaskService().getVariable(taskId, "periodIndex");
        // Every case of a directive carries its id; an incoming letter's case has none yet.
        Object directiveId = engine().getTaskService().getVariable(taskId, "directiveId");
        return new TaskFacts(
                task.getTaskDefinitionKey(),
                unit,
                role,
                instance == null ? null : instance.getBusinessKey(),
                period instanceof Number n ? n.intValue() : null,
                directiveId == null ? null : directiveId.toString());
    }

    private static final String EVENTS = "SELECT a.ACT_ID_, a.ACT_NAME_, a.ACT_TYPE_, a.PROC_DEF_KEY_, a.PROC_INST_ID_,"
            + " a.TASK_ID_, a.ASSIGNEE_, a.START_TIME_, a.END_TIME_, a.ACT_INST_STATE_,"
            + " (SELECT MIN(v.TEXT_) FROM ACT_HI_VARINST v WHERE v.NAME_ = 'unitCode'"
            + " AND v.PROC_INST_ID_ = a.PROC_INST_ID_"
            + " AND (v.EXECUTION_ID_ = a.EXECUTION_ID_ OR v.EXECUTION_ID_ = a.PROC_INST_ID_)) AS UNIT_CODE,"
            + " CASE WHEN a.ACT_TYPE_ LIKE '%Timer%' AND a.END_TIME_ IS NOT NULL THEN a.END_TIME_"
            + " ELSE a.START_TIME_ END AS AT_TIME"
            + " FROM ACT_HI_ACTINST a"
            + " WHERE a.ROOT_PROC_INST_ID_ = ? AND a.ACT_TYPE_ NOT LIKE '%Gateway' AND a.ACT_TYPE_ <> 'multiInstanceBody'";

    /**
     * The engine's events of a directive's cases in time order, the first {@code limit} of them
     * from {@code from} to {@code to} (either may be null).
     */
    public List<EngineEvent> events(String rootProcessInstanceId, Instant from, Instant to, int limit) {
        List<EngineEvent> events = new ArrayList<>();
        if (rootProcessInstanceId == null) {
            return events;
        }
        String sql = EVENTS + (from == null ? "" : " AND a.START_TIME_ >= ?")
                + (to == null ? "" : " AND a.START_TIME_ < ?") + " ORDER BY AT_TIME, a.SEQUENCE_COUNTER_, a.ID_";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            int p = 1;
            s.setString(p++, rootProcessInstanceId);
            if (from != null) {
                s.setTimestamp(p++, Timestamp.from(from));
            }
            if (to != null) {
                s.setTimestamp(p, Timestamp.from(to));
            }
            s.setMaxRows(limit);
            s.setFetchSize(Math.min(limit, 1000));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    events.add(new EngineEvent(
                            instant(r.getTimestamp("AT_TIME")),
                            r.getString("ACT_ID_"),
                            r.getString("ACT_NAME_"),
                            r.getString("ACT_TYPE_"),
                            r.getString("PROC_DEF_KEY_"),
                            r.getString("PROC_INST_ID_"),
                            r.getString("TASK_ID_"),
                            r.getString("ASSIGNEE_"),
                            r.getString("UNIT_CODE"),
                            instant(r.getTimestamp("START_TIME_")),
                            instant(r.getTimestamp("END_TIME_")),
                            r.getInt("ACT_INST_STATE_") == 2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the engine's history failed", e);
        }
        return events;
    }

    /** Runs per step and unit, with the open ones: what the diagram paints. */
    public List<ActivityCount> counts(String rootProcessInstanceId) {
        String sql = "SELECT a.PROC_DEF_KEY_, a.ACT_ID_, u.TEXT_ AS UNIT_CODE, COUNT(*) AS RUNS,"
                + " SUM(CASE WHEN a.END_TIME_ IS NULL THEN 1 ELSE 0 END) AS OPEN_RUNS"
                + " FROM ACT_HI_ACTINST a LEFT JOIN ACT_HI_VARINST u ON u.PROC_INST_ID_ = a.PROC_INST_ID_"
                + " AND u.EXECUTION_ID_ = a.PROC_INST_ID_ AND u.NAME_ = 'unitCode'"
                + " WHERE a.ROOT_PROC_INST_ID_ = ? AND a.ACT_TYPE_ <> 'multiInstanceBody'"
                + " GROUP BY a.PROC_DEF_KEY_, a.ACT_ID_, u.TEXT_ ORDER BY a.PROC_DEF_KEY_, a.ACT_ID_, u.TEXT_";
        List<ActivityCount> counts = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, rootProcessInstanceId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    counts.add(new ActivityCount(
                            r.getString(1), r.getString(2), r.getString(3), r.getLong(4), r.getLong(5)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the engine's history failed", e);
        }
        return counts;
    }

    /** The BPMN models (by process key) that the directive's cases ran on, as deployed. */
    public List<Model> models(String rootProcessInstanceId) {
        Map<String, String> definitions = new LinkedHashMap<>();
        engine().getHistoryService()
                .createHistoricProcessInstanceQuery()
                .rootProcessInstanceId(rootProcessInstanceId)
                .orderByProcessInstanceStartTime()
                .asc()
                .listPage(0, 1)
                .forEach(p -> definitions.put(p.getProcessDefinitionKey(), p.getProcessDefinitionId()));
        // The called models: one row each is enough (all units run the same version at a time).
        String sql = "SELECT PROC_DEF_KEY_, MAX(PROC_DEF_ID_) FROM ACT_HI_PROCINST WHERE ROOT_PROC_INST_ID_ = ?"
                + " GROUP BY PROC_DEF_KEY_";
        Map<String, String> called = new TreeMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, rootProcessInstanceId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    called.put(r.getString(1), r.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the engine's history failed", e);
        }
        called.forEach(definitions::putIfAbsent);
        List<Model> models = new ArrayList<>();
        definitions.forEach((key, id) -> {
            try (InputStream xml = engine().getRepositoryService().getProcessModel(id)) {
                models.add(new Model(key, id, new String(xml.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return models;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private ProcessEngine engine() {
        return engine != null ? engine : lifecycle.engine();
    }

    /** Step names by element id, from the deployed models: read once, the models change only at deployment. */
    private volatile Map<String, String> stepNames;

    /**
     * A step's name as its model writes it ("Cho ý kiến chỉ đạo" for {@code giveDirectingOpinion}):
     * the models are the readable truth of the process, so the trail names steps from them. Null for
     * a key no model has.
     */
    public String stepName(String stepKey) {
        if (stepKey == null) {
            return null;
        }
        Map<String, String> names = stepNames;
        if (names == null) {
            names = readStepNames();
            stepNames = names;
        }
        return names.get(stepKey);
    }

    private Map<String, String> readStepNames() {
        Map<String, String> names = new TreeMap<>();
        var repository = engine().getRepositoryService();
        for (var definition :
                repository.createProcessDefinitionQuery().latestVersion().list()) {
            for (FlowNode node :
                    repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(FlowNode.class)) {
                if (node.getName() != null && !node.getName().isBlank()) {
                    // Names wrap in the diagram (line breaks in the model); read as one line.
                    names.putIfAbsent(node.getId(), node.getName().strip().replaceAll("\\s+", " "));
                }
            }
        }
        return Map.copyOf(names);
    }
}
