package vn.dieuhanh.dispatch.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import vn.dieuhanh.dispatch.control.DocumentContent.SignatureBlock;
import vn.dieuhanh.dispatch.control.DocumentContent.Table;
import vn.dieuhanh.identity.boundary.Directory.UnitInfo;

/**
 * The six templates: what each document of a directive says, from the directive's data. Wording
 * follows the letters of the Hai Phong City Office (2024) and common provincial practice; titles and
 * authority lines come from the org chart and settings, so another city or directive needs no
 * code.
 */
public class DocumentTemplates {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Above this many recipients, "Kính gửi" names them as a list attached at the end. */
    static final int ADDRESSEES_INLINE = 6;

    /** Who the city is and where documents are dated. */
    public record City(String place, List<String> authority, String authorityShort, String officeAuthority) {}

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
    private final Function<String, UnitInfo> units;

    public DocumentTemplates(City city, Function<String, UnitInfo> units) {
        this.city = Objects.requireNonNull(city, "city");
        this.units = Objects.requireNonNull(units, "units");
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
        body.addAll(paragraphs(opinion));
        body.add(
                directive.consolidatingUnit() == null
                        ? "Giao " + name(directive.leadUnit()) + " tham mưu văn bản triển khai; theo dõi, đôn đốc các"
                                + " cơ quan, đơn vị thực hiện và báo cáo kết quả."
                        : "Giao " + name(directive.leadUnit()) + " tham mưu văn bản triển khai; "
                                + name(directive.consolidatingUnit()) + " hướng dẫn, đôn đốc, tổng hợp và báo cáo "
                                + reportReceiver(directive) + " theo quy định.");
        body.add("Người cho ý kiến: đồng chí " + leaderName + ".");
        return new DocumentContent(
                DocumentKind.OPINION_SLIP,
                List.of(),
                city.authority(),
                "PHIẾU Ý KIẾN CHỈ ĐẠO",
                "PYK-" + abbreviation(leaderUnit),
                null,
                directive.subject(),
                city.place(),
                null,
                List.of(),
                body,
                List.of(),
                recordedBy(leaderUnit),
                List.of(name(directive.officeUnit()), name(directive.leadUnit())),
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
                directive.recipients().stream().map(this::name).toList();
        boolean longList = recipientNames.size() > ADDRESSEES_INLINE;
        List<Table> tables = longList
                ? List.of(new Table(
                        "DANH SÁCH CƠ QUAN, ĐƠN VỊ, ĐỊA PHƯƠNG NHẬN VĂN BẢN",
                        List.of("STT", "Cơ quan, đơn vị, địa phương"),
                        numbered(recipientNames),
                        List.of(0)))
                : List.of();
        List<String> copies = new ArrayList<>();
        copies.add("Như trên");
        copies.add("Lãnh đạo UBND thành phố");
        if (directive.consolidatingUnit() != null) {
            copies.add(name(directive.consolidatingUnit()));
        }
        String division = abbreviation(directive.leadUnit());
        return new DocumentContent(
                DocumentKind.LETTER,
                city.authority(),
                List.of(city.officeAuthority()),
                null,
                numberSuffix(directive.officeUnit(), directive.leadUnit()),
                null,
                directive.subject(),
                city.place(),
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
        body.addAll(paragraphs(opinion));
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
                                + name(directive.leadUnit()) + ")./."
                        : "Văn phòng Ủy ban nhân dân thành phố thông báo để " + name(directive.consolidatingUnit())
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
            body.add(name(unitCode) + " chuyển các đơn vị sau thực hiện và báo cáo kết quả về " + name(unitCode)
                    + " đúng thời hạn: "
                    + String.join("; ", subUnits.stream().map(this::name).toList()) + ".");
        } else {
            body.add("Giao đồng chí " + officerName + " chủ trì thực hiện nhiệm vụ, nhập kết quả và dự thảo báo cáo"
                    + " định kỳ của đơn vị đúng thời hạn.");
        }
        body.add((forwarding ? "Người chuyển: đồng chí " : "Người giao việc: đồng chí ") + headName + ".");
        return new DocumentContent(
                DocumentKind.ASSIGNMENT_SLIP,
                parentOf(unitCode),
                List.of(upper(name(unitCode))),
                forwarding ? "PHIẾU CHUYỂN" : "PHIẾU GIAO VIỆC",
                (forwarding ? "PC-" : "PGV-") + abbreviation(unitCode),
                null,
                directive.subject(),
                city.place(),
                null,
                List.of(),
                body,
                List.of(),
                recordedBy(unitCode),
                forwarding ? subUnits.stream().map(this::name).toList() : List.of("Đồng chí " + officerName),
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
        List<String> body = new ArrayList<>();
        body.add("Thực hiện chỉ đạo của Ủy ban nhân dân thành phố về việc " + lowerFirst(directive.subject()) + ", "
                + name(unitCode) + " báo cáo kết quả thực hiện " + lowerFirst(periodLabel) + " như sau:");
        body.addAll(paragraphs(note == null || note.isBlank() ? "Đơn vị đã triển khai thực hiện." : note));
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
                    numbered(values.stream()
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
                    numbered(subUnits.lines().stream()
                            .map(line -> {
                                List<String> row = new ArrayList<>();
                                // Deeper levels (a ward's hamlets) are indented under their parent.
                                row.add("  ".repeat(Math.max(0, line.depth() - 1)) + name(line.unitCode()));
                                row.add(line.state());
                                row.addAll(line.values());
                                return List.copyOf(row);
                            })
                            .toList()),
                    List.of(0)));
        }
        return new DocumentContent(
                DocumentKind.UNIT_REPORT,
                parentOf(unitCode),
                List.of(upper(name(unitCode))),
                "BÁO CÁO",
                "BC-" + abbreviation(unitCode),
                null,
                "Kết quả thực hiện " + lowerFirst(directive.subject()) + " - " + periodLabel,
                city.place(),
                null,
                List.of(name(followUpUnit(directive))),
                body,
                tables,
                headOf(unitCode, headName),
                List.of(name(followUpUnit(directive))),
                "VT",
                draft,
                null);
    }

    /** Công văn đôn đốc: the consolidating unit reminds a unit whose report is late. */
    public DocumentContent reminderLetter(
            Directive directive, String unitCode, String periodLabel, LocalDate deadline, String letterNumber) {
        String consolidating = followUpUnit(directive);
        List<String> body = List.of(
                "Thực hiện Công văn số " + (letterNumber == null ? "..." : letterNumber)
                        + " của Văn phòng Ủy ban nhân dân thành phố về việc " + lowerFirst(directive.subject())
                        + ", các cơ quan, đơn vị, địa phương báo cáo kết quả thực hiện định kỳ về "
                        + name(consolidating) + ".",
                "Đến nay, " + name(consolidating) + " chưa nhận được báo cáo " + lowerFirst(periodLabel) + " của "
                        + name(unitCode) + " (hạn báo cáo ngày " + DAY.format(deadline) + ").",
                "Đề nghị " + name(unitCode) + " khẩn trương hoàn thành và gửi báo cáo để "
                        + (directive.consolidatingUnit() == null ? "theo dõi, báo cáo " : "tổng hợp, báo cáo ")
                        + reportReceiver(directive) + " đúng thời hạn./.");
        return new DocumentContent(
                DocumentKind.REMINDER_LETTER,
                parentOf(consolidating),
                List.of(upper(name(consolidating))),
                null,
                abbreviation(consolidating),
                null,
                "Đôn đốc báo cáo kết quả thực hiện " + lowerFirst(directive.subject()) + " - " + periodLabel,
                city.place(),
                null,
                List.of(name(unitCode)),
                body,
                List.of(),
                headOf(consolidating, ""),
                List.of("Như trên", "Văn phòng UBND thành phố"),
                "VT",
                false,
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
        body.add("Thực hiện chỉ đạo của Ủy ban nhân dân thành phố về việc " + lowerFirst(directive.subject()) + ", "
                + name(consolidating) + " báo cáo kết quả " + lowerFirst(periodLabel) + " như sau:");
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
                                                .map(u -> name(u.unitCode()))
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
                        "– ".repeat(unit.depth()) + name(unit.unitCode()),
                        unit.state(),
                        target.values().get(i),
                        target.verdicts().get(i)));
            }
            List<List<String>> numberedRows = numbered(rows);
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
                        numbered(breakdown.rows()),
                        numeric));
            }
        }
        body.add(name(consolidating) + " kính báo cáo./.");
        return new DocumentContent(
                DocumentKind.CONSOLIDATED_REPORT,
                parentOf(consolidating),
                List.of(upper(name(consolidating))),
                "BÁO CÁO",
                "BC-" + abbreviation(consolidating),
                null,
                "Kết quả thực hiện " + lowerFirst(directive.subject()) + " - " + periodLabel,
                city.place(),
                null,
                List.of(reportReceiver(directive)),
                body,
                tables,
                headOf(consolidating, directorName),
                directive.receiverUnit() == null
                        ? List.of(reportReceiver(directive), "Văn phòng UBND thành phố", name(directive.leadUnit()))
                        : List.of(
                                name(directive.receiverUnit()),
                                "UBND thành phố (để báo cáo)",
                                "Văn phòng UBND thành phố"),
                "VT",
                draft,
                null);
    }

    /** The same content, signed by this person (no "DỰ THẢO" mark). */
    public static DocumentContent signedBy(DocumentContent content, String signerName) {
        SignatureBlock block = content.signature();
        return with(
                content,
                new SignatureBlock(block.capacity(), block.capacityOf(), block.title(), signerName),
                false,
                content.verifyUrl());
    }

    /**
     * The same content, signed by someone the head let act for them (Decree 30, Appendix I):
     * <ul>
     *   <li>a deputy (a title beginning "Phó", or none given) signs <em>ký thay</em>: "KT." and the
     *       head's title on the authority line, the deputy's own title (or "PHÓ" and the head's)
     *       and name below;
     *   <li>anyone else the head authorised (a chief of office, a division head) signs <em>thừa ủy
     *       quyền</em>: "TUQ." and the head's title, then their own title and name.
     * </ul>
     * Under a collective's authority ("TM. ỦY BAN NHÂN DÂN") that line comes after it. "TL." (thừa
     * lệnh) is a standing rule of the office, not a delegation, and is printed by the templates
     * that use it.
     */
    public static DocumentContent signedFor(DocumentContent content, String deputyName, String deputyTitle) {
        SignatureBlock block = content.signature();
        String given = deputyTitle == null
                ? ""
                : java.text.Normalizer.normalize(deputyTitle.strip(), java.text.Normalizer.Form.NFC);
        boolean deputy = given.isEmpty() || isDeputyTitle(given);
        String capacity = deputy ? "KT." : "TUQ.";
        String title = given.isEmpty() ? "PHÓ " + block.title() : given;
        SignatureBlock signed = block.capacity() == null
                ? new SignatureBlock(capacity, block.title(), title, deputyName)
                : new SignatureBlock(
                        block.capacity() + (block.capacityOf() == null ? "" : " " + block.capacityOf()) + "\n"
                                + capacity,
                        block.title(),
                        title,
                        deputyName);
        return with(content, signed, false, content.verifyUrl());
    }

    /** A deputy's title: "Phó Giám đốc", "Phó Chánh Văn phòng", "PHÓ CHỦ TỊCH". */
    static boolean isDeputyTitle(String title) {
        return title.toLowerCase(java.util.Locale.forLanguageTag("vi")).matches("phó\\s.*");
    }

    /** The same content with the address that opens its verification (QR code and short link). */
    public static DocumentContent verifiableAt(DocumentContent content, String verifyUrl) {
        return with(content, content.signature(), content.draft(), verifyUrl);
    }

    private static DocumentContent with(
            DocumentContent content, SignatureBlock signature, boolean draft, String verifyUrl) {
        return new DocumentContent(
                content.kind(),
                content.parentAuthority(),
                content.authority(),
                content.typeTitle(),
                content.numberSuffix(),
                content.number(),
                content.subject(),
                content.place(),
                content.date(),
                content.addressees(),
                content.paragraphs(),
                content.tables(),
                signature,
                content.copiesTo(),
                content.filedAt(),
                draft,
                verifyUrl);
    }

    /** The head's block: a Department's director; a People's Committee's chairman on its behalf. */
    /**
     * A record's block: the unit that keeps it, whose seal attests it, and no person's name (who
     * gave the opinion or the assignment is in the text; no one signs a slip).
     */
    private SignatureBlock recordedBy(String unitCode) {
        return new SignatureBlock(null, null, upper(name(unitCode)), "");
    }

    private SignatureBlock headOf(String unitCode, String headName) {
        String type = units.apply(unitCode).type();
        String name = headName == null ? "" : headName;
        return switch (type) {
            case "district", "ward", "commune", "city" -> new SignatureBlock(
                    "TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name);
            case "department" -> new SignatureBlock(null, null, "GIÁM ĐỐC", name);
            case "office" -> new SignatureBlock(null, null, "CHÁNH VĂN PHÒNG", name);
            case "division" -> new SignatureBlock(null, null, "TRƯỞNG PHÒNG", name);
            default -> new SignatureBlock(null, null, "THỦ TRƯỞNG ĐƠN VỊ", name);
        };
    }

    /** The authority above a unit: the district above a ward, the city above anything else. */
    private List<String> parentOf(String unitCode) {
        UnitInfo unit = units.apply(unitCode);
        if (unit.parentCode() != null) {
            UnitInfo parent = units.apply(unit.parentCode());
            if ("district".equals(parent.type())) {
                return List.of(upper(parent.name()));
            }
        }
        return List.of(city.authorityShort());
    }

    /** Who a consolidated report goes to: the receiver beyond the city, or the city's leaders. */
    private String reportReceiver(Directive directive) {
        return directive.receiverUnit() == null ? "Lãnh đạo Ủy ban nhân dân thành phố" : name(directive.receiverUnit());
    }

    /** The unit the units report to: the consolidating unit, or the lead division when none. */
    private static String followUpUnit(Directive directive) {
        return directive.consolidatingUnit() == null ? directive.leadUnit() : directive.consolidatingUnit();
    }

    private String name(String unitCode) {
        return units.apply(unitCode).name();
    }

    /** "VP-KSTTHC" under the Office "VP-UBND" is the Office's letter drafted by division KSTTHC. */
    static String numberSuffix(String officeUnit, String leadUnit) {
        String officePrefix = officeUnit.contains("-") ? officeUnit.substring(0, officeUnit.indexOf('-')) : officeUnit;
        return leadUnit.startsWith(officePrefix + "-") ? leadUnit : officePrefix + "-" + abbreviation(leadUnit);
    }

    /** The part of a unit code that documents use as its abbreviation ("SO-TTTT" gives "STTTT"). */
    static String abbreviation(String unitCode) {
        if (unitCode.startsWith("VP-")) {
            return unitCode.substring(3);
        }
        return unitCode.replace("SO-", "S").replace("-", "");
    }

    private static List<List<String>> numbered(List<?> rows) {
        List<List<String>> numbered = new ArrayList<>();
        int i = 1;
        for (Object row : rows) {
            List<String> cells = new ArrayList<>();
            cells.add(Integer.toString(i++));
            if (row instanceof List<?> list) {
                list.forEach(cell -> cells.add(String.valueOf(cell)));
            } else {
                cells.add(String.valueOf(row));
            }
            numbered.add(cells);
        }
        return numbered;
    }

    private static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.strip().split("\\R\\s*\\R|\\R")).stream()
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }

    private static String upper(String text) {
        return text.toUpperCase(VI);
    }

    /** As a name reads inside a sentence: "Quý IV/2026" becomes "quý IV/2026". */
    public static String lowerFirst(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // Keep acronyms and names ("UBND", "eGov") as they are.
        if (text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return text.substring(0, 1).toLowerCase(VI) + text.substring(1);
    }
}
