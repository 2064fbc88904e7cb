package vn.dieuhanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dieuhanh.system.Cases.*;
import static vn.dieuhanh.system.SystemUnderTest.*;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.dieuhanh.system.Cases.Cycle;

/**
 * The benchmarks of docs/benchmarks.md, against the deployed EAR on PostgreSQL with real tokens,
 * each beside the raw engine doing the same work on the same database. Not part of the Test
 * command: {@code mvn verify -Pbenchmarks} runs them and writes app-ear/target/benchmarks.md.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DirectiveBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final List<String> RESULTS = Collections.synchronizedList(new ArrayList<>());
    private static ProcessEngine raw;

    @BeforeAll
    static void start() {
        awaitReady();
        var configuration = new StandaloneProcessEngineConfiguration();
        configuration.setJdbcUrl(System.getProperty("it.db.url", "jdbc:postgresql://127.0.0.1:5432/dieuhanh_it"));
        configuration.setJdbcUsername(System.getProperty("it.db.user", "postgres"));
        configuration.setJdbcPassword("");
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setProcessEngineName("raw-benchmark");
        raw = configuration.buildProcessEngine();
        raw.getRepositoryService()
                .createDeployment()
                .addClasspathResource("benchmark/benchFanOut.bpmn")
                .addClasspathResource("benchmark/benchUnit.bpmn")
                .enableDuplicateFiltering(true)
                .deploy();
    }

    @AfterAll
    static void report() throws IOException {
        raw.close();
        String text = "# Benchmark results (" + OffsetDateTime.now(ZONE) + ")\n\n" + String.join("\n", RESULTS) + "\n";
        Files.writeString(Path.of("target/benchmarks.md"), text, StandardCharsets.UTF_8);
        System.out.println(text);
    }

    private static double seconds(Runnable work) {
        long started = System.nanoTime();
        work.run();
        return (System.nanoTime() - started) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static void ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    }

    private static JsonObject receive(String subject) {
        HttpResponse<String> response = post(
                "/api/incoming-documents/receipts",
                tokenOf("vanthu"),
                Json.createObjectBuilder().add("subject", subject).build().toString());
        ok(response, 201);
        return object(response);
    }

    private static HttpResponse<String> register(String taskId) {
        return post(
                "/api/incoming-documents",
                tokenOf("vanthu"),
                Json.createObjectBuilder()
                        .add("taskId", taskId)
                        .add("sender", "Bộ Thông tin và Truyền thông")
                        .add("senderReference", "BENCH-" + UUID.randomUUID())
                        .add("documentDate", LocalDate.now(ZONE).toString())
                        .add("subject", "Văn bản đo hiệu năng")
                        .build()
                        .toString());
    }

    /** A directive to this many synthetic units, drafted and signed, waiting for the records clerk. */
    private static String signedDirective(int units, String code) {
        List<String> recipients = new ArrayList<>();
        for (int i = 1; i <= units; i++) {
            recipients.add(String.format("BENCH-%04d", i));
        }
        return Cases.signedDirective(code, recipients, Cycle.monthly(OffsetDateTime.now(ZONE), 12));
    }

    @Test
    @Order(1)
    void issuingToAThousandUnits() {
        List<Double> api = new ArrayList<>();
        List<Double> rawFanOut = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            String code = "BENCH-ISSUE-" + run + "-"
                    + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
            String id = signedDirective(1000, code);
            String issueTask = taskOf("vanthu", "issueLetter", code);
            analyze();
            api.add(seconds(() -> ok(
                    post("/api/directives/" + id + "/issue", tokenOf("vanthu"), "{\"taskId\":\"" + issueTask + "\"}"),
                    204)));
            long unitTasks = raw.getTaskService()
                    .createTaskQuery()
                    .processVariableValueEquals("directiveId", id)
                    .taskDefinitionKey("assignOrForward")
                    .count();
            assertThat(unitTasks).as("every unit's task created and visible").isEqualTo(1000);
            rawFanOut.add(seconds(
                    () -> raw.getRuntimeService().startProcessInstanceByKey("benchFanOut", Map.of("units", 1000))));
        }
        RESULTS.add(String.format(
                "- Issuing a directive to 1,000 units through the API (one transaction; 1,000 unit cases and tasks):"
                        + " median %.2f s of 3 (runs: %s). Raw engine fan-out of 1,000 called cases with a user task"
                        + " each, same database: median %.2f s (runs: %s). Ratio API / raw: %.1f.",
                median(api), api, median(rawFanOut), rawFanOut, median(api) / median(rawFanOut)));
    }

    @Test
    @Order(2)
    void anOfficersInboxAmongAHundredThousandOpenTasks() throws InterruptedException {
        long open = raw.getTaskService().createTaskQuery().count();
        while (open < 100_000) {
            raw.getRuntimeService().startProcessInstanceByKey("benchFanOut", Map.of("units", 1000));
            open = raw.getTaskService().createTaskQuery().count();
        }
        analyze();
        String token = tokenOf("canbo-yte");
        List<String> groups = List.of("SO-YTE:unit-officer");
        for (int i = 0; i < 200; i++) {
            ok(get("/api/tasks", token), 200);
        }
        List<Double> apiLatencies = load(8, 4000, () -> {
            long started = System.nanoTime();
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(BASE_URL + "/api/tasks"))
                    .header("Authorization", "Bearer " + token)
                    .GET()
                    .build());
            assertThat(response.statusCode()).isEqualTo(200);
            return (System.nanoTime() - started) / 1e6;
        });
        double apiSeconds = lastLoadSeconds;
        List<Double> rawLatencies = load(8, 4000, () -> {
            long started = System.nanoTime();
            raw.getTaskService().createTaskQuery().taskCandidateGroupIn(groups).list();
            return (System.nanoTime() - started) / 1e6;
        });
        double rawSeconds = lastLoadSeconds;
        RESULTS.add(String.format(
                "- One officer's inbox (GET /api/tasks, bearer token validated on every call) with %,d open tasks in"
                        + " the database, 8 concurrent clients, 4,000 requests: p50 %.1f ms, p95 %.1f ms, %.0f requests/s."
                        + " Raw engine candidate-group task query, same load: p50 %.1f ms, p95 %.1f ms, %.0f queries/s.",
                open,
                percentile(apiLatencies, 0.5),
                percentile(apiLatencies, 0.95),
                4000 / apiSeconds,
                percentile(rawLatencies, 0.5),
                percentile(rawLatencies, 0.95),
                4000 / rawSeconds));
    }

    private static double lastLoadSeconds;

    private static List<Double> load(int threads, int requests, Supplier<Double> call) throws InterruptedException {
        var latencies = new ConcurrentLinkedQueue<Double>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            pool.submit(() -> latencies.add(call.get()));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
        lastLoadSeconds = (System.nanoTime() - started) / 1e9;
        assertThat(latencies).hasSize(requests);
        return new ArrayList<>(latencies);
    }

    /**
     * Fresh planner statistics after a bulk load, as autovacuum would have them on a running
     * database. It is off on the machine the figures come from: without this, the planner still
     * believes the tables nearly empty and reads a variable through a 600,000-entry index scan
     * (28 ms instead of 0.3 ms), and every later figure measures that, not the application.
     */
    private static void analyze() {
        try (var db = database();
                var statement = db.createStatement()) {
            statement.execute("ANALYZE");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(3)
    void taskCompletingActionsPerSecondFromOneClient() {
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            tasks.add(receive("Văn bản đo hiệu năng " + i).getString("registrationTaskId"));
        }
        double elapsed = seconds(() -> tasks.forEach(task -> ok(register(task), 201)));
        RESULTS.add(String.format(
                "- Registering an incoming document (API, token, engine task completed, JPA rows and the register"
                        + " counter in one transaction), one client in sequence: 300 actions in %.1f s = %.0f actions/s.",
                elapsed, 300 / elapsed));
    }
}
