package vn.dieuhanh.dispatch.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.dieuhanh.dispatch.boundary.DocumentContent;
import vn.dieuhanh.dispatch.boundary.DocumentContent.Table;
import vn.dieuhanh.dispatch.boundary.DocumentKind;
import vn.dieuhanh.dispatch.boundary.DocumentTemplates.Breakdown;
import vn.dieuhanh.dispatch.boundary.DocumentTemplates.Directive;
import vn.dieuhanh.dispatch.boundary.DocumentTemplates.SubUnits;
import vn.dieuhanh.dispatch.boundary.DocumentTemplates.TargetSection;
import vn.dieuhanh.dispatch.boundary.DocumentTemplates.UnitState;
import vn.dieuhanh.dispatch.boundary.DocumentTemplates.ValueLine;

/**
 * The two reports: a unit's report for one period, and the consolidated report over every unit
 * that must report, with a table per target. Their tables grow with the units (a thousand rows),
 * the letters' do not.
 */
public class ReportTemplates {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Letterhead head;

    public ReportTemplates(Letterhead head) {
        this.head = Objects.requireNonNull(head, "head");
    }

    /**
     * Báo cáo kỳ: the unit's report for one period, to the consolidating unit, with a table of
     * what it reached for each target.
     */
    public DocumentContent unitReport(
            Directive directive,
            String unitCode,
            String periodLabel,
            String note,
            List<ValueLine> values,
            SubUnits subUnits,
            String headName,
            boolean draft) {
        List<String> body = new ArrayList<>();
        body.add("Thực hiện chỉ đạo của Ủy ban nhân dân thành phố về việc " + Letterhead.lowerFirst(directive.subject())
                + ", " + head.name(unitCode) + " báo cáo kết quả thực hiện " + Letterhead.lowerFirst(periodLabel)
                + " như sau:");
        body.addAll(Letterhead.paragraphs(note == null || note.isBlank() ? "Đơn vị đã triển khai thực hiện." : note));
        if (!values.isEmpty()) {
            body.add("Kết quả thực hiện các chỉ tiêu: chi tiết tại bảng kèm theo.");
        }
        if (subUnits != null && !subUnits.lines().isEmpty()) {
            body.add("Kết quả của " + subUnits.lines().size() + " đơn vị cấp dưới được giao thực hiện: chi tiết tại"
                    + " bảng kết quả của các đơn vị cấp dưới; chỉ tiêu đơn vị không tự nhập được tổng hợp từ các đơn"
                    + " vị cấp dưới.");
        }
        List<Table> tables = new ArrayList<>();
        if (!values.isEmpty()) {
            tables.add(new Table(
                    "Kết quả thực hiện các chỉ tiêu",
                    List.of("STT", "Chỉ tiêu", "Yêu cầu", "Kết quả", "Đánh giá", "Ghi chú"),
                    Letterhead.numbered(values.stream()
                            .map(v -> List.of(
                                    v.target(),
                                    v.requirement(),
                                    v.value(),
                                    v.verdict(),
                                    v.comment() == null ? "" : v.comment()))
                            .toList()),
                    List.of(0)));
        }
        if (subUnits != null && !subUnits.lines().isEmpty()) {
            List<String> columns = new ArrayList<>(List.of("STT", "Đơn vị", "Tình trạng"));
            columns.addAll(subUnits.targets());
            tables.add(new Table(
                    "Kết quả của các đơn vị cấp dưới",
                    columns,
                    Letterhead.numbered(subUnits.lines().stream()
                            .map(line -> {
                                List<String> row = new ArrayList<>();
                                // Deeper levels (a ward's hamlets) are indented under their parent.
                                row.add("  ".repeat(Math.max(0, line.depth() - 1)) + head.name(line.unitCode()));
                                row.add(line.state());
                                row.addAll(line.values());
                                return List.copyOf(row);
                            })
                            .toList()),
                    List.of(0)));
        }
        return new DocumentContent(
                DocumentKind.UNIT_REPORT,
                head.parentOf(unitCode),
                List.of(Letterhead.upper(head.name(unitCode))),
                "BÁO CÁO",
                "BC-" + Letterhead.abbreviation(unitCode),
                null,
                "Kết quả thực hiện " + Letterhead.lowerFirst(directive.subject()) + " - " + periodLabel,
                head.place(),
                null,
                List.of(head.name(Letterhead.followUpUnit(directive))),
                body,
                tables,
                head.headOf(unitCode, headName),
                List.of(head.name(Letterhead.followUpUnit(directive))),
                "VT",
                draft,
                null);
    }

    /**
     * Báo cáo tổng hợp: the consolidating unit's report to the receiver, drawn from the
     * directive's targets: who reported, then for each target a table of every unit that must
     * report (sub-units under their parent) with its value and verdict, the total, and the
     * target's breakdown where its data has one.
     */
    public DocumentContent consolidatedReport(
            Directive directive,
            String periodLabel,
            List<UnitState> units,
            List<TargetSection> targets,
            String directorName,
            boolean draft) {
        String consolidating = directive.consolidatingUnit();
        long missing = units.stream().filter(u -> u.state().startsWith("Chưa")).count();
        long late = units.stream().filter(u -> u.state().contains("muộn")).count();
        List<String> body = new ArrayList<>();
        body.add("Thực hiện chỉ đạo của Ủy ban nhân dân thành phố về việc " + Letterhead.lowerFirst(directive.subject())
                + ", " + head.name(consolidating) + " báo cáo kết quả " + Letterhead.lowerFirst(periodLabel)
                + " như sau:");
        long subUnits = units.stream().filter(u -> u.depth() > 0).count();
        body.add("1. Tình hình báo cáo: " + units.size() + " cơ quan, đơn vị, địa phương phải báo cáo"
                + (subUnits == 0 ? "" : " (trong đó " + subUnits + " đơn vị cấp dưới được giao lại)") + "; "
                + (units.size() - missing) + " đơn vị đã báo cáo (" + late + " đơn vị báo cáo muộn); " + missing
                + " đơn vị chưa báo cáo"
                + (missing == 0
                        ? "."
                        : ": "
                                + String.join(
                                        ", ",
                                        units.stream()
                                                .filter(u -> u.state().startsWith("Chưa"))
                                                .map(u -> head.name(u.unitCode()))
                                                .toList())
                                + "."));
        body.add("2. Kết quả thực hiện các chỉ tiêu:");
        List<Table> tables = new ArrayList<>();
        int section = 0;
        for (TargetSection target : targets) {
            section++;
            int table = tables.size() + 1;
            boolean judged = !"theo dõi".equals(target.requirement());
            body.add("2." + section + ". " + target.name() + " (yêu cầu: " + target.requirement() + "): "
                    + (judged
                            ? target.met() + " đơn vị đạt, " + target.notMet() + " đơn vị chưa đạt, " + target.missing()
                                    + " đơn vị chưa có số liệu; "
                            : "")
                    + (target.total() == null || "—".equals(target.total())
                            ? ""
                            : "chung: " + target.total()
                                    + (judged && target.totalVerdict() != null
                                            ? " (" + target.totalVerdict().toLowerCase(VI) + ")"
                                            : "")
                                    + "; ")
                    + "chi tiết tại Bảng " + table
                    + (target.breakdown() == null ? "" : " và Bảng " + (table + 1)) + ".");
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < units.size(); i++) {
                UnitState unit = units.get(i);
                rows.add(List.of(
                        "– ".repeat(unit.depth()) + head.name(unit.unitCode()),
                        unit.state(),
                        target.values().get(i),
                        target.verdicts().get(i)));
            }
            List<List<String>> numberedRows = Letterhead.numbered(rows);
            if (target.total() != null) {
                numberedRows.add(List.of(
                        "", "Chung", "", target.total(), target.totalVerdict() == null ? "" : target.totalVerdict()));
            }
            tables.add(new Table(
                    "Bảng " + table + ". " + target.name() + " (" + target.requirement() + ")",
                    List.of("STT", "Cơ quan, đơn vị, địa phương", "Báo cáo", "Kết quả", "Đánh giá"),
                    numberedRows,
                    List.of(0, 3)));
            if (target.breakdown() != null) {
                Breakdown breakdown = target.breakdown();
                List<String> columns = new ArrayList<>();
                columns.add("STT");
                columns.addAll(breakdown.columns());
                List<Integer> numeric = new ArrayList<>();
                numeric.add(0);
                breakdown.numericColumns().forEach(c -> numeric.add(c + 1));
                tables.add(new Table(
                        "Bảng " + (table + 1) + ". " + breakdown.title() + " (" + target.name() + ")",
                        columns,
                        Letterhead.numbered(breakdown.rows()),
                        numeric));
            }
        }
        body.add(head.name(consolidating) + " kính báo cáo./.");
        return new DocumentContent(
                DocumentKind.CONSOLIDATED_REPORT,
                head.parentOf(consolidating),
                List.of(Letterhead.upper(head.name(consolidating))),
                "BÁO CÁO",
                "BC-" + Letterhead.abbreviation(consolidating),
                null,
                "Kết quả thực hiện " + Letterhead.lowerFirst(directive.subject()) + " - " + periodLabel,
                head.place(),
                null,
                List.of(head.reportReceiver(directive)),
                body,
                tables,
                head.headOf(consolidating, directorName),
                directive.receiverUnit() == null
                        ? List.of(
                                head.reportReceiver(directive),
                                "Văn phòng UBND thành phố",
                                head.name(directive.leadUnit()))
                        : List.of(
                                head.name(directive.receiverUnit()),
                                "UBND thành phố (để báo cáo)",
                                "Văn phòng UBND thành phố"),
                "VT",
                draft,
                null);
    }
}
