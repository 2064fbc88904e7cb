package vn.dieuhanh.document.control;

/**
 * Lays out a {@link DocumentContent} as a Decree 30/2020 page with iText: PDF/A-2b, Liberation
 * Serif embedded, the number and date as form fields while unnumbered, and empty signature
 * fields where the signer's and the organisation's signatures go.
 */
public class OfficialLayout {

    /** Text field for the number, filled by the records clerk after signing. */
    public static final String NUMBER_FIELD = "so";
    /** Text field for the date line, filled by the records clerk after signing. */
    public static final String DATE_FIELD = "ngay";
    /** Signature field of the person who signs (certification signature). */
    public static final String SIGNER_FIELD = "chuky";
    /** Signature field of the organisation's seal (approval signature). */
    public static final String SEAL_FIELD = "condau";

    public byte[] render(DocumentContent content) {
        throw new UnsupportedOperationException("to be written");
    }
}
