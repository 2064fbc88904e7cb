package vn.dieuhanh.dispatch.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dieuhanh.dispatch.boundary.DocumentContent;
import vn.dieuhanh.dispatch.boundary.DocumentKind;

/** Realistic documents of every kind around the i-Speed directive, for layout and signing tests. */
public final class Samples {

    static final List<String> CITY = List.of("Ủy ban nhân dân", "Thành phố Hải Phòng");
    static final String LETTER_SUBJECT = "triển khai đo kiểm tốc độ truy cập Internet i-Speed";
    static final String DIRECTIVE_SUBJECT = "Về việc triển khai đo kiểm tốc độ truy cập Internet i-Speed";
    static final String VERIFY_URL = "https://dieuhanh.haiphong.gov.vn/xac-thuc/VP-2025-0012";

    private Samples() {}

    /** The unnumbered, undated draft of a kind, as the drafting officer sends it for signing. */
    public static DocumentContent draft(DocumentKind kind) {
        DocumentContent c = unsigned(kind);
        return with(c, null, null, true, null);
    }

    /** The unnumbered, undated document of a kind, ready for signing. */
    public static DocumentContent unsigned(DocumentKind kind) {
        return switch (kind) {
            case LETTER -> letter();
            case REMINDER_LETTER -> reminder();
            case OPINION_SLIP -> opinionSlip();
            case ASSIGNMENT_SLIP -> assignmentSlip();
            case UNIT_REPORT -> unitReport();
            case CONSOLIDATED_REPORT -> consolidatedReport(40);
        };
    }

    /** The same document numbered 12 and dated 5 January 2025, with a verification address. */
    public static DocumentContent issued(DocumentKind kind) {
        return unsigned(kind).numbered(12, LocalDate.of(2025, 1, 5), VERIFY_URL);
    }

    static DocumentContent with(DocumentContent c, Integer number, LocalDate date, boolean draft, String verifyUrl) {
        return new DocumentContent(
                c.kind(),
                c.parentAuthority(),
                c.authority(),
                c.typeTitle(),
                c.numberSuffix(),
                number,
                c.subject(),
                c.place(),
                date,
                c.addressees(),
                c.paragraphs(),
                c.tables(),
                c.signature(),
                c.copiesTo(),
                c.filedAt(),
                draft,
                verifyUrl);
    }

    static DocumentContent letter() {
        return new DocumentContent(
                DocumentKind.LETTER,
                CITY,
                List.of("Văn phòng"),
                null,
                "VP-KSTTHC",
                null,
                LETTER_SUBJECT,
                "Hải Phòng",
                null,
                List.of(
                        "Sở Thông tin và Truyền thông",
                        "UBND quận Ngô Quyền",
                        "UBND quận Lê Chân",
                        "UBND huyện Thủy Nguyên"),
                List.of(
                        "Thực hiện ý kiến chỉ đạo của Chủ tịch Ủy ban nhân dân thành phố tại Phiếu ý kiến chỉ đạo số"
                                + " 05/PYK-UBND ngày 02 tháng 01 năm 2025 về việc triển khai đo kiểm tốc độ truy cập"
                                + " Internet bằng công cụ i-Speed của Trung tâm Internet Việt Nam (VNNIC), Văn phòng Ủy"
                                + " ban nhân dân thành phố đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:",
                        "1. Tổ chức cho cán bộ, công chức, viên chức và người dân trên địa bàn cài đặt ứng dụng i-Speed"
                                + " trên điện thoại di động và thực hiện đo kiểm tốc độ truy cập Internet tại trụ sở cơ"
                                + " quan, khu dân cư, trường học, bệnh viện; mỗi xã, phường, thị trấn bảo đảm tối thiểu"
                                + " 300 mẫu đo mỗi tháng để đủ điều kiện đánh giá.",
                        "2. Sở Thông tin và Truyền thông chủ trì, phối hợp với các doanh nghiệp viễn thông rà soát"
                                + " các khu vực có tốc độ tải xuống trung bình của mạng 4G dưới 40 Mbps, đề xuất giải"
                                + " pháp nâng cao chất lượng dịch vụ theo Quyết định số 36/QĐ-TTg năm 2024 của Thủ"
                                + " tướng Chính phủ.",
                        "3. Ủy ban nhân dân các quận, huyện chỉ đạo Ủy ban nhân dân cấp xã tuyên truyền, hướng dẫn"
                                + " người dân tham gia đo kiểm; tổng hợp kết quả đo kiểm trên địa bàn, báo cáo định kỳ"
                                + " trước ngày 15 hằng tháng qua Hệ thống điều hành để Văn phòng tổng hợp, báo cáo Chủ"
                                + " tịch Ủy ban nhân dân thành phố.",
                        "4. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các cơ quan, đơn vị phản"
                                + " ánh về Văn phòng Ủy ban nhân dân thành phố (qua Phòng Kiểm soát thủ tục hành chính,"
                                + " điện thoại 0225.3821.xxx) để được hướng dẫn, giải quyết.",
                        "Văn phòng Ủy ban nhân dân thành phố thông báo để các cơ quan, đơn vị biết, thực hiện./."),
                List.of(),
                new DocumentContent.SignatureBlock("KT.", "Chánh Văn phòng", "Phó Chánh Văn phòng", "Nguyễn Văn An"),
                List.of(
                        "Như trên",
                        "Chủ tịch UBND thành phố (để b/c)",
                        "PCT UBND TP Lê Anh Quân (để b/c)",
                        "CVP, các PCVP"),
                "VT, KSTTHC6",
                false,
                null);
    }

    static DocumentContent reminder() {
        return new DocumentContent(
                DocumentKind.REMINDER_LETTER,
                CITY,
                List.of("Văn phòng"),
                null,
                "VP-KSTTHC",
                null,
                "đôn đốc báo cáo kết quả đo kiểm i-Speed tháng 01/2025",
                "Hải Phòng",
                null,
                List.of("UBND quận Ngô Quyền"),
                List.of(
                        "Theo Công văn số 12/VP-KSTTHC ngày 05 tháng 01 năm 2025 của Văn phòng Ủy ban nhân dân"
                                + " thành phố, Ủy ban nhân dân quận Ngô Quyền báo cáo kết quả đo kiểm tốc độ truy cập"
                                + " Internet i-Speed tháng 01/2025 trước ngày 15 tháng 02 năm 2025. Đến nay, Văn phòng"
                                + " chưa nhận được báo cáo của quận.",
                        "Văn phòng Ủy ban nhân dân thành phố đề nghị Ủy ban nhân dân quận Ngô Quyền khẩn trương"
                                + " gửi báo cáo qua Hệ thống điều hành trước ngày 20 tháng 02 năm 2025./."),
                List.of(),
                new DocumentContent.SignatureBlock(
                        "TL.", "Chánh Văn phòng", "Trưởng phòng Kiểm soát TTHC", "Trần Thị Bình"),
                List.of("Như trên", "Lãnh đạo Văn phòng"),
                "VT, KSTTHC2",
                false,
                null);
    }

    static DocumentContent opinionSlip() {
        return new DocumentContent(
                DocumentKind.OPINION_SLIP,
                List.of(),
                CITY,
                "Phiếu ý kiến chỉ đạo",
                "PYK-UBND",
                null,
                DIRECTIVE_SUBJECT,
                "Hải Phòng",
                null,
                List.of("Văn phòng Ủy ban nhân dân thành phố"),
                List.of(
                        "Về Văn bản số 1520/VNNIC-TĐ ngày 26 tháng 12 năm 2024 của Trung tâm Internet Việt Nam về"
                                + " việc phối hợp triển khai đo kiểm tốc độ truy cập Internet i-Speed, Chủ tịch Ủy ban"
                                + " nhân dân thành phố có ý kiến như sau:",
                        "Giao Văn phòng Ủy ban nhân dân thành phố chủ trì, hướng dẫn các sở, ngành, Ủy ban nhân dân"
                                + " các quận, huyện triển khai đo kiểm; tổng hợp kết quả hằng tháng, báo cáo Chủ tịch Ủy"
                                + " ban nhân dân thành phố trước ngày 20 hằng tháng.",
                        "Người cho ý kiến: đồng chí Lê Văn Cường."),
                List.of(),
                new DocumentContent.SignatureBlock(null, null, "Ủy ban nhân dân thành phố Hải Phòng", ""),
                List.of("Như trên", "Sở Thông tin và Truyền thông"),
                "VT, KSTTHC",
                false,
                null);
    }

    static DocumentContent assignmentSlip() {
        return new DocumentContent(
                DocumentKind.ASSIGNMENT_SLIP,
                List.of("Ủy ban nhân dân", "quận Ngô Quyền"),
                List.of("Phòng Văn hóa", "và Thông tin"),
                "Phiếu giao việc",
                "PGV-VHTT",
                null,
                DIRECTIVE_SUBJECT,
                "Ngô Quyền",
                null,
                List.of("Ông Phạm Quốc Dũng, chuyên viên"),
                List.of(
                        "Thực hiện Công văn số 12/VP-KSTTHC ngày 05 tháng 01 năm 2025 của Văn phòng Ủy ban nhân"
                                + " dân thành phố, Trưởng phòng Văn hóa và Thông tin giao ông Phạm Quốc Dũng hướng dẫn"
                                + " các phường cài đặt ứng dụng i-Speed, theo dõi số mẫu đo của từng phường và dự thảo"
                                + " báo cáo tháng trước ngày 12 hằng tháng.",
                        "Người giao việc: đồng chí Hoàng Thị Lan."),
                List.of(),
                new DocumentContent.SignatureBlock(null, null, "Phòng Văn hóa và Thông tin", ""),
                List.of("Như trên"),
                "VT",
                false,
                null);
    }

    static DocumentContent unitReport() {
        return new DocumentContent(
                DocumentKind.UNIT_REPORT,
                List.of("Ủy ban nhân dân", "thành phố Hải Phòng"),
                List.of("Ủy ban nhân dân", "quận Ngô Quyền"),
                "Báo cáo",
                "BC-UBND",
                null,
                "Kết quả đo kiểm tốc độ truy cập Internet i-Speed tháng 01/2025",
                "Ngô Quyền",
                null,
                List.of("Văn phòng Ủy ban nhân dân thành phố"),
                List.of(
                        "Thực hiện Công văn số 12/VP-KSTTHC ngày 05 tháng 01 năm 2025 của Văn phòng Ủy ban nhân"
                                + " dân thành phố, Ủy ban nhân dân quận Ngô Quyền báo cáo kết quả đo kiểm tốc độ truy"
                                + " cập Internet i-Speed tháng 01/2025 như sau:",
                        "Trong tháng, trên địa bàn quận có 3.412 mẫu đo; 11/13 phường đạt tối thiểu 300 mẫu đo."
                                + " Tốc độ tải xuống trung bình của mạng 4G đạt 46,8 Mbps, cao hơn mục tiêu 40 Mbps."),
                List.of(new DocumentContent.Table(
                        "Bảng 1. Kết quả đo kiểm theo phường",
                        List.of("STT", "Phường", "Số mẫu đo", "Tải xuống (Mbps)", "Tải lên (Mbps)"),
                        List.of(
                                List.of("1", "Máy Chai", "412", "48,2", "21,5"),
                                List.of("2", "Cầu Đất", "305", "45,1", "19,8"),
                                List.of("3", "Lạc Viên", "287", "41,7", "18,2")),
                        List.of(0, 2, 3, 4))),
                new DocumentContent.SignatureBlock("TM.", "Ủy ban nhân dân", "Chủ tịch", "Đỗ Mạnh Hiến"),
                List.of("Văn phòng UBND thành phố", "Sở Thông tin và Truyền thông"),
                "VT, VHTT",
                false,
                null);
    }

    static DocumentContent consolidatedReport(int rows) {
        List<List<String>> data = new ArrayList<>();
        String[] wards = {"Máy Chai", "Cầu Đất", "Lạc Viên", "Đông Khê", "Đằng Giang", "Lê Lợi", "Gia Viên"};
        for (int i = 1; i <= rows; i++) {
            data.add(List.of(
                    Integer.toString(i),
                    "Phường " + wards[i % wards.length] + " (" + (i % 15 + 1) + ")",
                    Integer.toString(280 + (i * 37) % 200),
                    String.format("%d,%d", 35 + i % 20, i % 10),
                    String.format("%d,%d", 15 + i % 10, (i * 3) % 10),
                    Integer.toString(18 + i % 30)));
        }
        return new DocumentContent(
                DocumentKind.CONSOLIDATED_REPORT,
                CITY,
                List.of("Văn phòng"),
                "Báo cáo",
                "BC-VP",
                null,
                "Tổng hợp kết quả đo kiểm tốc độ truy cập Internet i-Speed tháng 01/2025",
                "Hải Phòng",
                null,
                List.of("Chủ tịch Ủy ban nhân dân thành phố"),
                List.of(
                        "Thực hiện Phiếu ý kiến chỉ đạo số 05/PYK-UBND ngày 02 tháng 01 năm 2025 của Chủ tịch Ủy"
                                + " ban nhân dân thành phố, Văn phòng tổng hợp kết quả đo kiểm tốc độ truy cập Internet"
                                + " i-Speed tháng 01/2025 của các quận, huyện như sau:",
                        "Toàn thành phố có " + rows + " đơn vị báo cáo đúng hạn; tốc độ tải xuống trung bình của"
                                + " mạng 4G đạt 44,2 Mbps. Chi tiết tại bảng dưới đây."),
                List.of(new DocumentContent.Table(
                        "Bảng 1. Kết quả đo kiểm theo đơn vị",
                        List.of("STT", "Đơn vị", "Số mẫu đo", "Tải xuống (Mbps)", "Tải lên (Mbps)", "Độ trễ (ms)"),
                        data,
                        List.of(0, 2, 3, 4, 5))),
                new DocumentContent.SignatureBlock(null, null, "Chánh Văn phòng", "Vũ Thành Long"),
                List.of("Chủ tịch UBND thành phố (để b/c)", "Các PCT UBND thành phố"),
                "VT, KSTTHC3",
                false,
                null);
    }
}
