package vn.dieuhanh.inspection.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.dieuhanh.dispatch.boundary.OfficialReports;
import vn.dieuhanh.platform.control.CityOffice;
import vn.dieuhanh.platform.control.SpreadsheetCells;

/**
 * A trail as a file: CSV for a spreadsheet (every cell safe from formulas: a reason typed by a
 * person must not run as one), and the official report, laid out as Decree 30 prescribes by the
 * same code as the directive's documents, ending with the chain's verification and head hash so a
 * later reader can check that nothing changed since.
 */
@ApplicationScoped
public class AuditExports {

    static final String[] HEADER = {
        "at",
        "source",
        "seq",
        "kind",
        "kind_label",
        "outcome",
        "actor",
        "actor_name",
        "unit",
        "role",
        "directive_id",
        "case",
        "step",
        "step_name",
        "task_id",
        "process",
        "process_instance",
        "period",
        "period_label",
        "decision",
        "reason",
        "document_id",
        "document_version",
        "document_sha256",
        "detail",
        "open",
        "entry_hash"
    };

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    @Inject
    CityOffice cityOffice;

    public static void csv(List<TrailEvent> events, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(
                out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
        for (TrailEvent e : events) {
            List<String> row = new ArrayList<>(HEADER.length);
            row.add(e.at() == null ? "" : e.at().toString());
            row.add(e.source());
            row.add(e.seq() == null ? "" : e.seq().toString());
            row.add(e.kind());
            row.add(e.kindLabel());
            row.add(e.outcome());
            row.add(e.actor());
            row.add(e.actorName());
            row.add(e.unitCode());
            row.add(e.role());
            row.add(e.directiveId());
            row.add(e.caseRef());
            row.add(e.stepKey());
            row.add(e.stepName());
            row.add(e.taskId());
            row.add(e.processKey());
            row.add(e.processInstanceId());
            row.add(e.periodIndex() == null ? "" : Integer.toString(e.periodIndex() + 1));
            row.add(e.periodLabel());
            row.add(e.decision());
            row.add(e.reason());
            row.add(e.documentId());
            row.add(e.documentVersion() == null ? "" : e.documentVersion().toString());
            row.add(e.documentSha256());
            row.add(e.detail());
            row.add(e.open() == null ? "" : e.open().toString());
            row.add(e.entryHash());
            printer.printRecord(row.stream().map(SpreadsheetCells::safeCell).toList());
        }
        printer.flush();
    }

    /**
     * The official report of a trail: what it covers ({@code scope}, e.g. the directive's code and
     * subject, or a date range), one table line per event, and the verification.
     */
    public byte[] pdf(String scope, List<TrailEvent> events, boolean truncated, ChainCheck check, String auditor) {
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (TrailEvent e : events) {
            rows.add(List.of(
                    Integer.toString(++n),
                    e.at() == null ? "" : TIME.format(e.at()),
                    who(e),
                    what(e),
                    decision(e),
                    document(e)));
        }
        List<String> body = new ArrayList<>();
        body.add("Thực hiện nhiệm vụ kiểm tra, Thanh tra thành phố trích xuất nhật ký xử lý " + scope
                + " từ hệ thống Điều hành, gồm " + events.size() + " sự kiện"
                + (truncated ? " (trích phần đầu; xuất CSV/JSON để có toàn bộ)" : "")
                + ", theo thứ tự thời gian, chi tiết tại Bảng 1.");
        body.add(
                check.intact()
                        ? "Kết quả kiểm tra chuỗi băm nhật ký: toàn vẹn, " + check.checked()
                                + " bản ghi khớp nối đúng; mã băm đầu chuỗi (SHA-256): " + check.headHash() + "."
                        : "Kết quả kiểm tra chuỗi băm nhật ký: KHÔNG toàn vẹn. Liên kết hỏng đầu tiên tại bản ghi số "
                                + check.brokenAt() + ": " + check.problem());
        body.add("Mã băm đầu chuỗi ghi trong báo cáo này cho phép đối chiếu về sau: mọi sửa, xóa hay đổi thứ tự"
                + " bản ghi trước thời điểm lập báo cáo đều làm kết quả kiểm tra khác đi./.");
        return OfficialReports.render(new OfficialReports.Report(
                cityOffice.cityAuthority(),
                List.of("THANH TRA THÀNH PHỐ"),
                "BC-TTr",
                "Nhật ký xử lý và kết quả kiểm tra tính toàn vẹn " + scope,
                cityOffice.place(),
                LocalDate.now(Audits.ZONE),
                body,
                new OfficialReports.Table(
                        "Bảng 1. Nhật ký xử lý",
                        List.of("STT", "Thời gian", "Người thực hiện", "Sự kiện, bước", "Quyết định, lý do", "Văn bản"),
                        rows,
                        List.of(0)),
                "KIỂM TRA VIÊN",
                auditor,
                List.of("Chánh Thanh tra thành phố (để báo cáo)"),
                "TTr"));
    }

    private static String who(TrailEvent e) {
        String name = e.actorName() != null ? e.actorName() : e.actor();
        String where =
                e.unitCode() == null ? "" : " (" + e.unitCode() + (e.role() == null ? "" : ", " + e.role()) + ")";
        return (name == null ? "" : name) + where;
    }

    private static String what(TrailEvent e) {
        String step = e.stepName() != null ? e.stepName() : e.stepKey();
        return e.kindLabel()
                + (step == null ? "" : ": " + step)
                + (e.periodIndex() == null ? "" : ", " + periodOf(e))
                + ("REFUSED".equals(e.outcome()) ? " [bị từ chối]" : "");
    }

    /** The period as people name it; the number (from 1) when its directive's cycle is unknown. */
    private static String periodOf(TrailEvent e) {
        return e.periodLabel() != null ? OfficialReports.lowerFirst(e.periodLabel()) : "kỳ " + (e.periodIndex() + 1);
    }

    private static String decision(TrailEvent e) {
        String d = e.decision() == null ? "" : e.decision();
        return e.reason() == null || e.reason().isBlank() ? d : d + ": " + e.reason();
    }

    private static String document(TrailEvent e) {
        if (e.documentSha256() == null) {
            return "";
        }
        return "v" + e.documentVersion() + " SHA-256 " + e.documentSha256().substring(0, 16) + "…";
    }
}
