package vn.dieuhanh.inspection.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dieuhanh.audit.boundary.AuditFacts;
import vn.dieuhanh.audit.boundary.AuditKind;
import vn.dieuhanh.audit.control.AuditEntries;
import vn.dieuhanh.audit.entity.AuditEntry;
import vn.dieuhanh.engine.boundary.EngineHistory;

/** The merge of our entries with the engine's events, and the CSV export's cells. */
class TrailsAndExportsTest {

    private static final Instant T = Instant.parse("2024-11-15T01:00:00Z");

    private static TrailEvent ours(long seq, Instant at, String decision, String reason) {
        return Trails.of(
                AuditEntries.of(
                        seq,
                        AuditEntry.GENESIS,
                        AuditFacts.of(AuditKind.STEP_COMPLETED, "truongphong")
                                .as("VP-KSTTHC", "division-head")
                                .decision(decision, reason),
                        OffsetDateTime.ofInstant(at, Audits.ZONE)),
                null);
    }

    private static TrailEvent engine(String activity, String type, Instant at, Instant ended) {
        return Trails.of(
                new EngineHistory.EngineEvent(
                        at, activity, activity, type, "unitTask", "pi", null, null, "P-MAYTO", at, ended, false),
                "d",
                "CODE");
    }

    @Test
    void mergedInTimeOrderWithOursBeforeTheStepItOpensButAfterTheTimerThatCausedIt() {
        TrailEvent opened = engine("draftLetter", "userTask", T, null);
        TrailEvent completed = ours(1, T, "RETURNED", "Sửa");
        TrailEvent timer = engine("reportOverdue", "boundaryTimer", T.plusSeconds(60), T.plusSeconds(60));
        TrailEvent reminder = ours(2, T.plusSeconds(60), "REMINDER", null);
        TrailEvent later = engine("approveUnitReport", "userTask", T.plusSeconds(120), null);

        List<TrailEvent> merged = Trails.merge(List.of(completed, reminder), List.of(opened, timer, later), 100);
        assertThat(merged).containsExactly(completed, opened, timer, reminder, later);
        assertThat(Trails.merge(List.of(completed, reminder), List.of(opened, timer, later), 2))
                .as("only the window asked for")
                .containsExactly(completed, opened);
        assertThat(opened.kind()).isEqualTo("TASK_OPENED");
        assertThat(opened.open()).isTrue();
        assertThat(timer.kind()).isEqualTo("TIMER_FIRED");
        assertThat(timer.outcome()).isEqualTo("DONE");
    }

    @Test
    void csvHasAHeaderAndNoCellASpreadsheetWouldRunAsAFormula() throws Exception {
        StringWriter out = new StringWriter();
        AuditExports.csv(
                List.of(ours(7, T, "RETURNED", "=HYPERLINK(\"http://x\",\"bấm\")"), ours(8, T, "-1", "@cmd")), out);
        String csv = out.toString();
        assertThat(csv).startsWith("at,source,seq,kind,kind_label,outcome,actor,actor_name,unit,role,");
        assertThat(csv)
                .contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"bấm\"\")\"")
                .contains(",'-1,")
                .contains(",'@cmd,")
                .contains("2024-11-15T08:00+07:00,audit,7,STEP_COMPLETED,Hoàn thành bước xử lý,DONE,truongphong");
        assertThat(csv.lines()).hasSize(3);
    }

    @Test
    void aPeriodIsGivenByItsNumberAndItsName() throws Exception {
        TrailEvent report = Trails.of(
                AuditEntries.of(
                        9,
                        AuditEntry.GENESIS,
                        AuditFacts.of(AuditKind.STEP_COMPLETED, "canbo").period(1),
                        OffsetDateTime.ofInstant(T, Audits.ZONE)),
                "Tháng 12/2024");
        StringWriter out = new StringWriter();
        AuditExports.csv(List.of(report), out);
        assertThat(out.toString().lines().findFirst().orElseThrow()).contains(",period,period_label,");
        assertThat(out.toString()).contains(",2,Tháng 12/2024,");
        assertThat(report.periodLabel()).isEqualTo("Tháng 12/2024");
    }
}
