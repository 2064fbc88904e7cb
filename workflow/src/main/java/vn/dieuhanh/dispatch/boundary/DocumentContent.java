package vn.dieuhanh.dispatch.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one official document says, independent of how it is laid out. {@link OfficialLayout}
 * turns it into a Decree 30/2020 page; the templates in {@link DocumentTemplates} fill it from
 * a directive's data.
 *
 * @param kind which of the six documents this is
 * @param parentAuthority the authority above the issuer, in capitals, one line per element
 *     ("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG"); empty when the issuer has none shown
 * @param authority the issuing authority in capitals ("VĂN PHÒNG"), one line per element
 * @param typeTitle the document's type name in capitals ("BÁO CÁO", "PHIẾU Ý KIẾN CHỈ ĐẠO"),
 *     or null for a letter (công văn), which has none
 * @param numberSuffix what follows the number after the slash ("VP-KSTTHC" for "Số: 12/VP-KSTTHC")
 * @param number the number, or null while unnumbered: a form field is left for the records clerk
 * @param subject for a letter the "V/v" line; for other kinds the line under the type title
 * @param place the place in the date line ("Hải Phòng")
 * @param date the date, or null while undated: a form field is left for the records clerk
 * @param addressees "Kính gửi" lines, none for documents without
 * @param paragraphs body paragraphs, in order
 * @param tables tables after the body, each with a caption
 * @param signature the signature block
 * @param copiesTo "Nơi nhận" lines without the final "Lưu" line
 * @param filedAt what follows "Lưu: " ("VT, KSTTHC")
 * @param draft whether the "DỰ THẢO" mark is shown
 * @param verifyUrl the short address printed with a QR code that opens the document's
 *     verification, or null for documents not yet issued
 */
public record DocumentContent(
        DocumentKind kind,
        List<String> parentAuthority,
        List<String> authority,
        String typeTitle,
        String numberSuffix,
        Integer number,
        String subject,
        String place,
        LocalDate date,
        List<String> addressees,
        List<String> paragraphs,
        List<Table> tables,
        SignatureBlock signature,
        List<String> copiesTo,
        String filedAt,
        boolean draft,
        String verifyUrl) {

    public DocumentContent {
        Objects.requireNonNull(kind, "kind");
        parentAuthority = List.copyOf(parentAuthority);
        authority = List.copyOf(authority);
        Objects.requireNonNull(numberSuffix, "numberSuffix");
        Objects.requireNonNull(place, "place");
        addressees = List.copyOf(addressees);
        paragraphs = List.copyOf(paragraphs);
        tables = List.copyOf(tables);
        Objects.requireNonNull(signature, "signature");
        copiesTo = List.copyOf(copiesTo);
        Objects.requireNonNull(filedAt, "filedAt");
    }

    /** The same document with its number and date given (the records clerk's step). */
    public DocumentContent numbered(int newNumber, LocalDate newDate, String newVerifyUrl) {
        return new DocumentContent(
                kind,
                parentAuthority,
                authority,
                typeTitle,
                numberSuffix,
                newNumber,
                subject,
                place,
                newDate,
                addressees,
                paragraphs,
                tables,
                signature,
                copiesTo,
                filedAt,
                false,
                newVerifyUrl);
    }

    /**
     * A table after the body.
     *
     * @param caption the line above the table (bold)
     * @param header column titles
     * @param rows cells, each row as long as the header
     * @param numericColumns indexes of columns aligned right
     */
    public record Table(String caption, List<String> header, List<List<String>> rows, List<Integer> numericColumns) {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            numericColumns = List.copyOf(numericColumns);
            for (List<String> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("Every row needs " + header.size() + " cells: " + row);
                }
            }
        }
    }

    /**
     * The signature block on the right.
     *
     * @param capacity "TM.", "KT.", "TL.", "TUQ.", "Q." or null when the head signs in person
     * @param capacityOf what the capacity refers to ("ỦY BAN NHÂN DÂN" after "TM."), or null
     * @param title the signer's title in capitals ("CHÁNH VĂN PHÒNG")
     * @param name the signer's full name
     */
    public record SignatureBlock(String capacity, String capacityOf, String title, String name) {
        public SignatureBlock {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(name, "name");
        }
    }
}
