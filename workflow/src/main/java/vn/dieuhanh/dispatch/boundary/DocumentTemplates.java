package vn.dieuhanh.dispatch.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import vn.dieuhanh.dispatch.boundary.DocumentContent.SignatureBlock;
import vn.dieuhanh.dispatch.boundary.DocumentContent.Table;
import vn.dieuhanh.dispatch.control.Letterhead;
import vn.dieuhanh.dispatch.control.ReportTemplates;

/**
 * The six templates: what each document of a directive says, from the directive's data given as
 * the records below. Wording follows the letters of the Hai Phong City Office (2024) and common
 * provincial practice; titles and authority lines come from the org chart and settings, so
 * another city or directive needs no code. The letters and slips are written here, the two
 * reports by {@link ReportTemplates}, what they share by {@link Letterhead}.
 */
public class DocumentTemplates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Above this many recipients, "Kính gửi" names them as a list attached at the end. */
    static final int ADDRESSEES_INLINE = 6;

    /** Who the city is and where documents are dated. */
    public record City(String place, List<String> authority, String authorityShort, String officeAuthority) {}

    /** A unit as documents name it: its name, its kind ("department", "ward"...) and its parent's code. */
    public record Unit(String name, String type, String parentCode) {}

    /** The incoming letter a directive answers, as registered. */
    public record Source(String sender, String reference, LocalDate date, String subject) {}

    /** What a directive is about, as documents need it. */
    public record Directive(
            String code,
            String subject,
            String leadUnit,
            String officeUnit,
            String consolidatingUnit,
            String receiverUnit,
            List<String> recipients,
            List<Target> targets) {}

    /** A target a directive sets, with its requirement as the documents write it ("tối thiểu 80 %"). */
    public record Target(String name, String requirement) {
        String asText() {
            return name + ": " + requirement;
        }
    }

    /** One target in a unit's report: what the unit reached against what was asked. */
    public record ValueLine(String target, String requirement, String value, String verdict, String comment) {}

    /**
     * The sub-units a unit forwarded the task to, in its own report: the targets' names and, for
     * each sub-unit (depth 1 directly below), its state and its value for each target.
     */
    public record SubUnits(List<String> targets, List<SubUnitLine> lines) {}

    /** One sub-unit's line in its parent's report. */
    public record SubUnitLine(String unitCode, int depth, String state, List<String> values) {}

    /** A unit that must report in the period: a recipient (depth 0) or a sub-unit below it. */
    public record UnitState(String unitCode, int depth, String state) {}

    /** One target over every unit that must report: a value and a verdict per unit, and the total. */
    public record TargetSection(
            String name,
            String requirement,
            List<String> values,
            List<String> verdicts,
            String total,
            String totalVerdict,
            long met,
            long notMet,
            long missing,
            Breakdown breakdown) {}

    /** A table breaking a target's data down (for example by operator and technology). */
    public record Breakdown(
            String title, List<String> columns, List<List<String>> rows, List<Integer> numericColumns) {}

    private final City city;
    private final Letterhead head;
    private final ReportTemplates reports;

    /** @param units a unit by its code, as the org chart names it */
    public DocumentTemplates(City city, Function<String, Unit> units) {
        this.city = Objects.requireNonNull(city, "city");
        this.head = new Letterhead(city, units);
        this.reports = new ReportTemplates(head);
    }

    /** Phiếu ý kiến chỉ đạo: the leader's opinion on the incoming letter, which starts the directive. */
    public DocumentContent opinionSlip(
            String leaderUnit, Directive directive, Source source, String opinion, String leaderName) {
        List<String> body = new ArrayList<>();
        if (source != null) {
            body.add("Về văn bản số " + source.reference() + " ngày " + DAY.format(source.date()) + " của "
                    + source.sender() + " về việc " + lowerFirst(source.subject()) + ".");
        }
        body.add("Ý kiến chỉ đạo:");
        body.addAll(Letterhead.paragraphs(opinion));
        body.add(
                directive.consolidatingUnit() == null
                        ? "Giao " + head.name(directive.leadUnit())
                                + " tham mưu văn bản triển khai; theo dõi, đôn đốc các"
                                + " cơ quan, đơn vị thực hiện và báo cáo kết quả."
                        : "Giao " + head.name(directive.leadUnit()) + " tham mưu văn bản triển khai; "
                                + head.name(directive.consolidatingUnit()) + " hướng dẫn, đôn đốc, tổng hợp và báo cáo "
                                + head.reportReceiver(directive) + " theo quy định.");
        body.add("Người cho ý kiến: đồng chí " + leaderName + ".");
        return new DocumentContent(
                DocumentKind.OPINION_SLIP,
                List.of(),
                city.authority(),
                "PHIẾU Ý KIẾN CHỈ ĐẠO",
                "PYK-" + Letterhead.abbreviation(leaderUnit),
                null,
                directive.subject(),
                head.place(),
                null,
                List.of(),
                body,
                List.of(),
                head.recordedBy(leaderUnit),
                List.of(head.name(directive.officeUnit()), head.name(directive.leadUnit())),
                "VT",
                false,
                null);
    }

    /**
     * Công văn: the Office's letter to the recipients. The body is the specialist's when given,
     * otherwise drafted from the leader's opinion as the City Office's letters are.
     */
    public DocumentContent letter(
            Directive directive,
            Source source,
            String opinion,
            String leaderName,
            List<String> draftedBody,
            String signerName,
            boolean draft) {
        List<String> body = draftedBody != null && !draftedBody.isEmpty()
                ? draftedBody
                : letterBody(directive, source, opinion, leaderName);
        List<String> recipientNames =
                directive.recipients().stream().map(head::name).toList();
        boolean longList = recipientNames.size() > ADDRESSEES_INLINE;
        List<Table> tables = longList
                ? List.of(new Table(
                        "DANH SÁCH CƠ QUAN, ĐƠN VỊ, ĐỊA PHƯƠNG NHẬN VĂN BẢN",
                        List.of("STT", "Cơ quan, đơn vị, địa phương"),
                        Letterhead.numbered(recipientNames),
                        List.of(0)))
                : List.of();
        List<String> copies = new ArrayList<>();
        copies.add("Như trên");
        copies.add("Lãnh đạo UBND thành phố");
        if (directive.consolidatingUnit() != null) {
            copies.add(head.name(directive.consolidatingUnit()));
        }
        String division = Letterhead.abbreviation(directive.leadUnit());
        return new DocumentContent(
                DocumentKind.LETTER,
                city.authority(),
                List.of(city.officeAuthority()),
                null,
                Letterhead.numberSuffix(directive.officeUnit(), directive.leadUnit()),
                null,
                directive.subject(),
                head.place(),
                null,
                longList ? List.of("Các cơ quan, đơn vị, địa phương (theo danh sách kèm theo)") : recipientNames,
                body,
                tables,
                new SignatureBlock(null, null, "CHÁNH VĂN PHÒNG", signerName == null ? "" : signerName),
                copies,
                "VT, " + division,
                draft,
                null);
    }

    /** The paragraphs a letter gets when its drafter writes none: the form's starting text. */
    public List<String> suggestedLetterBody(Directive directive, Source source, String opinion, String leaderName) {
        return letterBody(directive, source, opinion, leaderName);
    }

    private List<String> letterBody(Directive directive, Source source, String opinion, String leaderName) {
        List<String> body = new ArrayList<>();
        if (source != null) {
            body.add("Ủy ban nhân dân thành phố nhận được văn bản số " + source.reference() + " ngày "
                    + DAY.format(source.date()) + " của " + source.sender() + " về việc "
                    + lowerFirst(source.subject()) + " (gửi kèm theo),");
        }
        body.add("Lãnh đạo Ủy ban nhân dân thành phố"
                + (leaderName == null || leaderName.isBlank() ? "" : " (đồng chí " + leaderName + ")")
                + " có ý kiến như sau:");
        body.addAll(Letterhead.paragraphs(opinion));
        if (!directive.targets().isEmpty()) {
            body.add("Chỉ tiêu phải đạt: "
                    + String.join(
                            "; ",
                            directive.targets().stream().map(Target::asText).toList()) + ".");
        }
        body.add(
                directive.consolidatingUnit() == null
                        ? "Văn phòng Ủy ban nhân dân thành phố thông báo để các cơ quan, đơn vị, địa phương thực hiện,"
                                + " báo cáo kết quả về Văn phòng Ủy ban nhân dân thành phố (qua "
                                + head.name(directive.leadUnit()) + ")./."
                        : "Văn phòng Ủy ban nhân dân thành phố thông báo để " + head.name(directive.consolidatingUnit())
                                + " và các cơ quan, đơn vị, địa phương thực hiện./.");
        return body;
    }

    /** Phiếu giao việc or phiếu chuyển: the unit head hands the task to an officer or to sub-units. */
    public DocumentContent assignmentSlip(
            Directive directive,
            String unitCode,
            String letterNumber,
            String officerName,
            List<String> subUnits,
            String headName) {
        boolean forwarding = officerName == null;
        List<String> body = new ArrayList<>();
        body.add("Căn cứ Công văn số " + (letterNumber == null ? "..." : letterNumber)
                + " của Văn phòng Ủy ban nhân dân thành phố về việc " + lowerFirst(directive.subject()) + ";");
        if (forwarding) {
            body.add(head.name(unitCode) + " chuyển các đơn vị sau thực hiện và báo cáo kết quả về "
                    + head.name(unitCode)
                    + " đúng thời hạn: "
                    + String.join("; ", subUnits.stream().map(head::name).toList()) + ".");
        } else {
            body.add("Giao đồng chí " + officerName + " chủ trì thực hiện nhiệm vụ, nhập kết quả và dự thảo báo cáo"
                    + " định kỳ của đơn vị đúng thời hạn.");
        }
        body.add((forwarding ? "Người chuyển: đồng chí " : "Người giao việc: đồng chí ") + headName + ".");
        return new DocumentContent(
                DocumentKind.ASSIGNMENT_SLIP,
                head.parentOf(unitCode),
                List.of(Letterhead.upper(head.name(unitCode))),
                forwarding ? "PHIẾU CHUYỂN" : "PHIẾU GIAO VIỆC",
                (forwarding ? "PC-" : "PGV-") + Letterhead.abbreviation(unitCode),
                null,
                directive.subject(),
                head.place(),
                null,
                List.of(),
                body,
                List.of(),
                head.recordedBy(unitCode),
                forwarding ? subUnits.stream().map(head::name).toList() : List.of("Đồng chí " + officerName),
                "VT",
                false,
                null);
    }

    /** Công văn đôn đốc: the consolidating unit reminds a unit whose report is late. */
    public DocumentContent reminderLetter(
            Directive directive, String unitCode, String periodLabel, LocalDate deadline, String letterNumber) {
        String consolidating = Letterhead.followUpUnit(directive);
        List<String> body = List.of(
                "Thực hiện Công văn số " + (letterNumber == null ? "..." : letterNumber)
                        + " của Văn phòng Ủy ban nhân dân thành phố về việc " + lowerFirst(directive.subject())
                        + ", các cơ quan, đơn vị, địa phương báo cáo kết quả thực hiện định kỳ về "
                        + head.name(consolidating) + ".",
                "Đến nay, " + head.name(consolidating) + " chưa nhận được báo cáo " + lowerFirst(periodLabel) + " của "
                        + head.name(unitCode) + " (hạn báo cáo ngày " + DAY.format(deadline) + ").",
                "Đề nghị " + head.name(unitCode) + " khẩn trương hoàn thành và gửi báo cáo để "
                        + (directive.consolidatingUnit() == null ? "theo dõi, báo cáo " : "tổng hợp, báo cáo ")
                        + head.reportReceiver(directive) + " đúng thời hạn./.");
        return new DocumentContent(
                DocumentKind.REMINDER_LETTER,
                head.parentOf(consolidating),
                List.of(Letterhead.upper(head.name(consolidating))),
                null,
                Letterhead.abbreviation(consolidating),
                null,
                "Đôn đốc báo cáo kết quả thực hiện " + lowerFirst(directive.subject()) + " - " + periodLabel,
                head.place(),
                null,
                List.of(head.name(unitCode)),
                body,
                List.of(),
                head.headOf(consolidating, ""),
                List.of("Như trên", "Văn phòng UBND thành phố"),
                "VT",
                false,
                null);
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
        return reports.unitReport(directive, unitCode, periodLabel, note, values, subUnits, headName, draft);
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
        return reports.consolidatedReport(directive, periodLabel, units, targets, directorName, draft);
    }

    /** As a name reads inside a sentence: "Quý IV/2026" becomes "quý IV/2026". */
    public static String lowerFirst(String text) {
        return Letterhead.lowerFirst(text);
    }
}
