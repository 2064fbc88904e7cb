package vn.dieuhanh.dispatch.boundary;

import java.time.LocalDate;
import java.util.List;
import vn.dieuhanh.dispatch.control.OfficialLayout;

/**
 * An unnumbered, unsigned report (báo cáo) laid out as Decree 30 prescribes, by the same layout as
 * the directive's documents, for features that print one from their own facts (the inspectors'
 * trail report). Takes plain values, so the caller needs none of dispatch's inner classes.
 */
public final class OfficialReports {

    private static final OfficialLayout LAYOUT = new OfficialLayout();

    /**
     * What the report says.
     *
     * @param parentAuthority the authority above the issuer, one line per element
     * @param authority the issuing authority in capitals, one line per element
     * @param numberSuffix what follows the (empty) number after the slash ("BC-TTr")
     * @param subject the line under the title "BÁO CÁO"
     * @param paragraphs body paragraphs, in order
     * @param table the one table after the body
     * @param signerTitle the signature block's title ("KIỂM TRA VIÊN")
     * @param signerName who signs it
     * @param copiesTo "Nơi nhận" lines without the final "Lưu" line
     * @param filedAt what follows "Lưu: "
     */
    public record Report(
            List<String> parentAuthority,
            List<String> authority,
            String numberSuffix,
            String subject,
            String place,
            LocalDate date,
            List<String> paragraphs,
            Table table,
            String signerTitle,
            String signerName,
            List<String> copiesTo,
            String filedAt) {}

    /** A captioned table; the numeric columns are right-aligned. */
    public record Table(String caption, List<String> header, List<List<String>> rows, List<Integer> numericColumns) {}

    private OfficialReports() {}

    /** The report as a PDF/A page. */
    public static byte[] render(Report report) {
        return LAYOUT.render(new DocumentContent(
                DocumentKind.CONSOLIDATED_REPORT,
                report.parentAuthority(),
                report.authority(),
                "BÁO CÁO",
                report.numberSuffix(),
                null,
                report.subject(),
                report.place(),
                report.date(),
                List.of(),
                report.paragraphs(),
                List.of(new DocumentContent.Table(
                        report.table().caption(),
                        report.table().header(),
                        report.table().rows(),
                        report.table().numericColumns())),
                new DocumentContent.SignatureBlock(null, null, report.signerTitle(), report.signerName()),
                report.copiesTo(),
                report.filedAt(),
                false,
                null));
    }

    /** A label written mid-sentence ("Tháng 11/2026" as "tháng 11/2026"), acronyms kept. */
    public static String lowerFirst(String text) {
        return DocumentTemplates.lowerFirst(text);
    }
}
