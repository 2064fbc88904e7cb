package vn.dieuhanh.document.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import vn.dieuhanh.document.control.DocumentContent.SignatureBlock;
import vn.dieuhanh.document.control.DocumentContent.Table;
import vn.dieuhanh.identity.control.Directory.UnitInfo;

/**
 * The six templates: what each document of a directive says, from the directive's data. Wording
 * follows the i-Speed letter of Hai Phong (2024) and common provincial practice; titles and
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

    /** A target a directive sets ("Số mẫu đo / tháng" at least 300). */
    public record Target(String name, String measure, String comparison, BigDecimal threshold) {
        String asText() {
            return name + ": " + ("AT_LEAST".equals(comparison) ? "tối thiểu " : "tối đa ")
                    + threshold.stripTrailingZeros().toPlainString() + " " + measure;
        }
    }

    /** One unit's line in the consolidated report. */
    public record UnitLine(String unitCode, String state, String reported, String samples, String met) {}

    /** One operator and technology against the speed target. */
    public record OperatorLine(
            String operator, String technology, String samples, String averageDownload, String met) {}

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
        body.add("Giao " + name(directive.leadUnit()) + " tham mưu văn bản triển khai; "
                + name(directive.consolidatingUnit()) + " hướng dẫn, đôn đốc, tổng hợp và báo cáo "
                + name(directive.receiverUnit()) + " theo quy định.");
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
                new SignatureBlock("KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", leaderName),
                List.of(name(directive.officeUnit()), name(directive.leadUnit())),
                "VT",
                false,
                null);
    }

    /**
     * Công văn: the Office's letter to the recipients. The body is the specialist's when given,
     * otherwise drafted from the leader's opinion as in the i-Speed letter.
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
        copies.add(name(directive.consolidatingUnit()));
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
        body.add("Văn phòng Ủy ban nhân dân thành phố thông báo để " + name(directive.consolidatingUnit())
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
                headOf(unitCode, headName),
                forwarding ? subUnits.stream().map(this::name).toList() : List.of("Đồng chí " + officerName),
                "VT",
                false,
                null);
    }

    /** Báo cáo kỳ: the unit's report for one period, to the consolidating unit. */
    public DocumentContent unitReport(
            Directive directive, String unitCode, int periodIndex, String note, String headName, boolean draft) {
        List<String> body = new ArrayList<>();
        body.add("Thực hiện chỉ đạo của Ủy ban nhân dân thành phố về việc " + lowerFirst(directive.subject()) + ", "
                + name(unitCode) + " báo cáo kết quả thực hiện kỳ " + (periodIndex + 1) + " như sau:");
        body.addAll(paragraphs(note == null || note.isBlank() ? "Đơn vị đã triển khai thực hiện." : note));
        List<Table> tables = directive.targets().isEmpty()
                ? List.of()
                : List.of(new Table(
                        "Chỉ tiêu được giao",
                        List.of("STT", "Chỉ tiêu", "Yêu cầu"),
                        numbered(directive.targets().stream()
                                .map(t -> List.of(t.name(), t.asText()))
                                .toList()),
                        List.of(0)));
        return new DocumentContent(
                DocumentKind.UNIT_REPORT,
                parentOf(unitCode),
                List.of(upper(name(unitCode))),
                "BÁO CÁO",
                "BC-" + abbreviation(unitCode),
                null,
                "Kết quả thực hiện " + lowerFirst(directive.subject()) + " - kỳ " + (periodIndex + 1),
                city.place(),
                null,
                List.of(name(directive.consolidatingUnit())),
                body,
                tables,
                headOf(unitCode, headName),
                List.of(name(directive.consolidatingUnit())),
                "VT",
                draft,
                null);
    }

    /** Công văn đôn đốc: the consolidating unit reminds a unit whose report is late. */
    public DocumentContent reminderLetter(
            Directive directive, String unitCode, int periodIndex, LocalDate deadline, String letterNumber) {
        String consolidating = directive.consolidatingUnit();
        List<String> body = List.of(
                "Thực hiện Công văn số " + (letterNumber == null ? "..." : letterNumber)
                        + " của Văn phòng Ủy ban nhân dân thành phố về việc " + lowerFirst(directive.subject())
                        + ", các cơ quan, đơn vị, địa phương báo cáo kết quả thực hiện định kỳ về "
                        + name(consolidating) + ".",
                "Đến nay, " + name(consolidating) + " chưa nhận được báo cáo kỳ " + (periodIndex + 1) + " của "
                        + name(unitCode) + " (hạn báo cáo ngày " + DAY.format(deadline) + ").",
                "Đề nghị " + name(unitCode) + " khẩn trương hoàn thành và gửi báo cáo để tổng hợp, báo cáo "
                        + name(directive.receiverUnit()) + " đúng thời hạn./.");
        return new DocumentContent(
                DocumentKind.REMINDER_LETTER,
                parentOf(consolidating),
                List.of(upper(name(consolidating))),
                null,
                abbreviation(consolidating),
                null,
                "Đôn đốc báo cáo kết quả thực hiện " + lowerFirst(directive.subject()) + " kỳ " + (periodIndex + 1),
                city.place(),
                null,
                List.of(name(unitCode)),
                body,
                List.of(),
                new SignatureBlock(null, null, "GIÁM ĐỐC", ""),
                List.of("Như trên", "Văn phòng UBND thành phố"),
                "VT",
                false,
                null);
    }

    /** Báo cáo tổng hợp: the consolidating unit's report to the receiver, with its two tables. */
    public DocumentContent consolidatedReport(
            Directive directive,
            int periodIndex,
            List<UnitLine> unitLines,
            List<OperatorLine> operatorLines,
            String directorName,
            boolean draft) {
        String consolidating = directive.consolidatingUnit();
        long reported =
                unitLines.stream().filter(l -> !l.state().startsWith("Chưa")).count();
        long late = unitLines.stream().filter(l -> l.state().contains("muộn")).count();
        List<String> body = new ArrayList<>();
        body.add("Thực hiện chỉ đạo của Ủy ban nhân dân thành phố về việc " + lowerFirst(directive.subject()) + ", "
                + name(consolidating) + " báo cáo kết quả kỳ " + (periodIndex + 1) + " như sau:");
        body.add("1. Tình hình báo cáo của các cơ quan, đơn vị, địa phương: " + unitLines.size()
                + " đơn vị phải báo cáo; " + reported + " đơn vị đã báo cáo (" + late + " đơn vị báo cáo muộn); "
                + (unitLines.size() - reported) + " đơn vị chưa báo cáo. Chi tiết tại Bảng 1.");
        body.add("2. Kết quả đo tốc độ truy nhập Internet theo doanh nghiệp và công nghệ: chi tiết tại Bảng 2.");
        body.add(name(consolidating) + " kính báo cáo./.");
        List<Table> tables = List.of(
                new Table(
                        "Bảng 1. Các đơn vị so với chỉ tiêu số mẫu đo",
                        List.of(
                                "STT",
                                "Cơ quan, đơn vị, địa phương",
                                "Báo cáo",
                                "Tự báo cáo (chênh lệch)",
                                "Số mẫu đo",
                                "Đạt chỉ tiêu"),
                        numbered(unitLines.stream()
                                .map(l -> List.of(name(l.unitCode()), l.state(), l.reported(), l.samples(), l.met()))
                                .toList()),
                        List.of(0, 3, 4)),
                new Table(
                        "Bảng 2. Doanh nghiệp, công nghệ so với chỉ tiêu tốc độ tải xuống",
                        List.of("STT", "Doanh nghiệp", "Công nghệ", "Số mẫu", "Tải xuống TB (Mbps)", "Đạt chỉ tiêu"),
                        numbered(operatorLines.stream()
                                .map(l -> List.of(
                                        l.operator(), l.technology(), l.samples(), l.averageDownload(), l.met()))
                                .toList()),
                        List.of(0, 3, 4)));
        return new DocumentContent(
                DocumentKind.CONSOLIDATED_REPORT,
                parentOf(consolidating),
                List.of(upper(name(consolidating))),
                "BÁO CÁO",
                "BC-" + abbreviation(consolidating),
                null,
                "Kết quả thực hiện " + lowerFirst(directive.subject()) + " - kỳ " + (periodIndex + 1),
                city.place(),
                null,
                List.of(name(directive.receiverUnit())),
                body,
                tables,
                new SignatureBlock(null, null, "GIÁM ĐỐC", directorName == null ? "" : directorName),
                List.of(name(directive.receiverUnit()), "UBND thành phố (để báo cáo)", "Văn phòng UBND thành phố"),
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
    private SignatureBlock headOf(String unitCode, String headName) {
        String type = units.apply(unitCode).type();
        String name = headName == null ? "" : headName;
        return switch (type) {
            case "district", "ward", "commune", "city" -> new SignatureBlock(
                    "TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name);
            case "department" -> new SignatureBlock(null, null, "GIÁM ĐỐC", name);
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

    private static String lowerFirst(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // Keep acronyms and names ("i-Speed", "UBND") as they are.
        if (text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return text.substring(0, 1).toLowerCase(VI) + text.substring(1);
    }
}
