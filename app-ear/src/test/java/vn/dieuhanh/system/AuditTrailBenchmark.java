package vn.dieuhanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dieuhanh.system.SystemUnderTest.*;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dieuhanh.audit.boundary.AuditFacts;
import vn.dieuhanh.audit.boundary.AuditKind;
import vn.dieuhanh.audit.control.AuditEntries;
import vn.dieuhanh.audit.entity.AuditEntry;

/**
 * Opening the trail of a directive with 1,000 units and 12 periods, at the API as an auditor.
 * Running such a directive through the API would take hours (24,000 signed reports), so its
 * history is written straight into the server's PostgreSQL database in the shape the engine and
 * the audit log write it: the engine's activity instances of the directive's case and 1,000 unit
 * cases (about 100 per unit), their unit variables, and the audit chain's entries (six per unit
 * and period, properly chained from the current head). Not part of the Test command: run with
 * {@code -Pbenchmarks} or {@code -Dit.test=AuditTrailBenchmark}; writes
 * app-ear/target/audit-benchmarks.md.
 */
class AuditTrailBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int UNITS = 1_000;
    private static final int PERIODS = 12;
    /** Activities of one period of one unit's case, in the order unitTask.bpmn runs them. */
    private static final String[][] PERIOD_STEPS = {
        {"nextPeriodStarts", "intermediateTimer"},
        {"draftUnitReport", "userTask"},
        {"approveUnitReport", "userTask"},
        {"reportApproved", "exclusiveGateway"},
        {"submitUnitReport", "serviceTask"},
        {"reportOverdue", "boundaryTimer"},
        {"moreReportingPeriods", "exclusiveGateway"},
        {"periodDone", "intermediateThrowEvent"}
    };

    private static String directiveId;
    private static long rows;
    private static long entries;

    @BeforeAll
    static void aThousandUnitsTwelvePeriods() throws SQLException {
        awaitReady();
        directiveId = UUID.randomUUID().toString();
        String root = "bench-root-" + directiveId.substring(0, 8);
        OffsetDateTime start = OffsetDateTime.now(ZONE).minusYears(1);
        try (Connection db = database()) {
            db.setAutoCommit(false);
            try (PreparedStatement d = db.prepareStatement(
                    "INSERT INTO dh_directive (id, code, subject, lead_unit, office_unit, records_office,"
                            + " consolidating_unit, receiver_unit, first_period_start, period_length,"
                            + " unit_deadline_offset, reminder_letter_offset, consolidation_offset, end_at, status,"
                            + " process_instance_id) VALUES (?, ?, 'Đo hiệu năng nhật ký', 'VP-KSTTHC', 'VP-UBND',"
                            + " 'VP-VT', 'SO-TTTT', 'BO-TTTT', ?, 'P1M', 'P0D', 'P3D', 'P1D', ?, 'IN_FORCE', ?)")) {
                d.setString(1, directiveId);
                d.setString(2, "BENCH-AUDIT-" + directiveId.substring(0, 8).toUpperCase());
                d.setObject(3, start);
                d.setObject(4, start.plusMonths(PERIODS));
                d.setString(5, root);
                d.executeUpdate();
            }
            engineHistory(db, root, start);
            auditChain(db, start);
            db.commit();
        }
        try (Connection db = database();
                Statement s = db.createStatement()) {
            s.execute("ANALYZE act_hi_actinst");
            s.execute("ANALYZE act_hi_varinst");
            s.execute("ANALYZE dh_audit_entry");
        }
    }

    /** Activity instances as the engine writes them: the directive's case, then each unit's. */
    private static void engineHistory(Connection db, String root, OffsetDateTime start) throws SQLException {
        String insert = "INSERT INTO act_hi_actinst (id_, parent_act_inst_id_, proc_def_key_, proc_def_id_,"
                + " root_proc_inst_id_, proc_inst_id_, execution_id_, act_id_, task_id_, call_proc_inst_id_,"
                + " act_name_, act_type_, assignee_, start_time_, end_time_, duration_, act_inst_state_,"
                + " sequence_counter_, tenant_id_, removal_time_) VALUES (?, NULL, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?,"
                + " NULL, ?, ?, 1000, 1, ?, NULL, NULL)";
        String variable = "INSERT INTO act_hi_varinst (id_, proc_def_key_, proc_def_id_, root_proc_inst_id_,"
                + " proc_inst_id_, execution_id_, act_inst_id_, case_def_key_, case_def_id_, case_inst_id_,"
                + " case_execution_id_, task_id_, name_, var_type_, create_time_, rev_, bytearray_id_, double_,"
                + " long_, text_, text2_, tenant_id_, state_, removal_time_) VALUES (?, 'unitTask', 'unitTask:1:b',"
                + " ?, ?, ?, NULL, NULL, NULL, NULL, NULL, NULL, 'unitCode', 'string', ?, 0, NULL, NULL, NULL, ?,"
                + " NULL, NULL, 'CREATED', NULL)";
        try (PreparedStatement a = db.prepareStatement(insert);
                PreparedStatement v = db.prepareStatement(variable)) {
            long seq = 0;
            add(a, root, "directive", "directive:1:b", root, root, "directiveCreated", "startEvent", start, ++seq);
            add(a, root, "directive", "directive:1:b", root, root, "draftLetter", "userTask", start, ++seq);
            for (int u = 1; u <= UNITS; u++) {
                String unit = String.format("BENCH-%04d", u);
                String instance = root + "-u" + u;
                v.setString(1, UUID.randomUUID().toString());
                v.setString(2, root);
                v.setString(3, instance);
                v.setString(4, instance);
                v.setObject(5, start.toLocalDateTime());
                v.setString(6, unit);
                v.addBatch();
                OffsetDateTime at = start.plusMinutes(u);
                add(
                        a,
                        root,
                        "unitTask",
                        "unitTask:1:b",
                        instance,
                        instance,
                        "unitTaskStarted",
                        "startEvent",
                        at,
                        ++seq);
                add(a, root, "unitTask", "unitTask:1:b", instance, instance, "assignOrForward", "userTask", at, ++seq);
                for (int p = 0; p < PERIODS; p++) {
                    OffsetDateTime periodStart = start.plusMonths(p).plusMinutes(u);
                    for (String[] step : PERIOD_STEPS) {
                        // The steps of a period repeat a dozen times; a few run twice (returns).
                        add(
                                a,
                                root,
                                "unitTask",
                                "unitTask:1:b",
                                instance,
                                instance + "-p" + p,
                                step[0],
                                step[1],
                                periodStart,
                                ++seq);
                        periodStart = periodStart.plusHours(1);
                    }
                }
                if (u % 50 == 0) {
                    a.executeBatch();
                    v.executeBatch();
                }
            }
            a.executeBatch();
            v.executeBatch();
        }
    }

    private static void add(
            PreparedStatement a,
            String root,
            String key,
            String definition,
            String instance,
            String execution,
            String activity,
            String type,
            OffsetDateTime at,
            long seq)
            throws SQLException {
        a.setString(1, UUID.randomUUID().toString());
        a.setString(2, key);
        a.setString(3, definition);
        a.setString(4, root);
        a.setString(5, instance);
        a.setString(6, execution);
        a.setString(7, activity);
        a.setString(8, type.equals("userTask") ? UUID.randomUUID().toString() : null);
        a.setString(9, activity);
        a.setString(10, type);
        // The engine writes local times of the server's zone without an offset.
        a.setObject(11, at.atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime());
        a.setObject(
                12, at.plusMinutes(30).atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime());
        a.setLong(13, seq);
        a.addBatch();
        rows++;
    }

    /** Six entries per unit and period (report, approval, three versions, submission), chained from the head. */
    private static void auditChain(Connection db, OffsetDateTime start) throws SQLException {
        long seq;
        String previous;
        try (Statement s = db.createStatement();
                ResultSet head =
                        s.executeQuery("SELECT last_seq, last_hash FROM dh_audit_head WHERE id = 1 FOR UPDATE")) {
            head.next();
            seq = head.getLong(1);
            previous = head.getString(2);
        }
        String insert = "INSERT INTO dh_audit_entry (seq, recorded_at, kind, outcome, actor, actor_name, unit_code,"
                + " role_name, directive_id, case_ref, step_key, task_id, period_index, decision, reason, document_id,"
                + " document_version, document_sha256, detail, prev_hash, entry_hash)"
                + " VALUES (?, ?, ?, 'DONE', ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement e = db.prepareStatement(insert)) {
            for (int u = 1; u <= UNITS; u++) {
                String unit = String.format("BENCH-%04d", u);
                for (int p = 0; p < PERIODS; p++) {
                    OffsetDateTime at =
                            start.plusMonths(p).plusMinutes(u).plusHours(1).plusSeconds(5);
                    String document = UUID.randomUUID().toString();
                    List<AuditFacts> facts = List.of(
                            AuditFacts.of(AuditKind.DOCUMENT_VERSION, "canbo-" + u)
                                    .unit(unit)
                                    .document(document, 1, "a".repeat(64))
                                    .decision("DRAFT", null),
                            AuditFacts.of(AuditKind.STEP_COMPLETED, "canbo-" + u)
                                    .as(unit, "unit-officer")
                                    .step("draftUnitReport", "t")
                                    .decision("REPORTED", "Đạt 320 mẫu"),
                            AuditFacts.of(AuditKind.DOCUMENT_VERSION, "thutruong-" + u)
                                    .unit(unit)
                                    .document(document, 2, "b".repeat(64))
                                    .decision("SIGNED", null),
                            AuditFacts.of(AuditKind.DOCUMENT_VERSION, "thutruong-" + u)
                                    .unit(unit)
                                    .document(document, 3, "c".repeat(64))
                                    .decision("ISSUED", null),
                            AuditFacts.of(AuditKind.STEP_COMPLETED, "thutruong-" + u)
                                    .as(unit, "unit-head")
                                    .step("approveUnitReport", "t")
                                    .decision("APPROVED", null),
                            AuditFacts.of(AuditKind.REPORT_SUBMITTED, "system")
                                    .unit(unit)
                                    .decision("ON_TIME", null));
                    for (AuditFacts f : facts) {
                        AuditEntry entry = AuditEntries.of(
                                ++seq, previous, f.directive(directiveId).period(p), at.plusSeconds(seq % 60));
                        bind(e, entry);
                        previous = entry.entryHash();
                        entries++;
                    }
                }
                if (u % 20 == 0) {
                    e.executeBatch();
                }
            }
            e.executeBatch();
        }
        try (PreparedStatement h =
                db.prepareStatement("UPDATE dh_audit_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
            h.setLong(1, seq);
            h.setString(2, previous);
            h.executeUpdate();
        }
    }

    private static void bind(PreparedStatement e, AuditEntry entry) throws SQLException {
        e.setLong(1, entry.seq());
        e.setObject(2, entry.recordedAt().atOffset(ZoneOffset.UTC));
        e.setString(3, entry.kind());
        e.setString(4, entry.actor());
        e.setString(5, entry.actorName());
        e.setString(6, entry.unitCode());
        e.setString(7, entry.role());
        e.setString(8, entry.directiveId());
        e.setString(9, entry.stepKey());
        e.setString(10, entry.taskId());
        e.setObject(11, entry.periodIndex());
        e.setString(12, entry.decision());
        e.setString(13, entry.documentId());
        e.setObject(14, entry.documentVersion());
        e.setString(15, entry.documentSha256());
        e.setString(16, entry.detail());
        e.setString(17, entry.prevHash());
        e.setString(18, entry.entryHash());
        e.addBatch();
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

    @Test
    void openingTheTrailOfAThousandUnitsAndTwelvePeriods() throws IOException {
        String token = tokenOf("thanhtra");
        List<String> lines = new ArrayList<>();
        lines.add("# Audit trail benchmark (" + OffsetDateTime.now(ZONE) + ")");
        lines.add("");
        lines.add("Directive with " + UNITS + " units and " + PERIODS + " periods: " + rows
                + " engine activity instances, " + entries + " audit entries.");
        lines.add("");
        lines.add("| request | runs | median | max |");
        lines.add("|---|---|---|---|");
        for (String request : List.of(
                "/api/audit/directives/" + directiveId + "/trail",
                "/api/audit/directives/" + directiveId + "/trail?offset=5000&limit=500",
                "/api/audit/directives/" + directiveId + "/trail?limit=10000",
                "/api/audit/directives/" + directiveId + "/diagram")) {
            List<Double> times = new ArrayList<>();
            for (int run = 0; run < 7; run++) {
                HttpResponse<String>[] answer = new HttpResponse[1];
                double s = seconds(() -> answer[0] = get(request, token));
                assertThat(answer[0].statusCode()).as(answer[0].body()).isEqualTo(200);
                if (run > 0) {
                    // The first run warms the server's caches and JIT; not counted.
                    times.add(s);
                }
            }
            lines.add("| GET " + request.replace(directiveId, "{id}") + " | " + times.size() + " | "
                    + Math.round(median(times) * 1000) + " ms | "
                    + Math.round(Collections.max(times) * 1000) + " ms |");
        }
        String text = String.join("\n", lines) + "\n";
        Files.writeString(Path.of("target/audit-benchmarks.md"), text, StandardCharsets.UTF_8);
        System.out.println(text);
    }
}
