package vn.dieuhanh.dispatch.control;

import vn.dieuhanh.dispatch.boundary.DocumentContent;
import vn.dieuhanh.dispatch.boundary.DocumentContent.SignatureBlock;

/**
 * A drawn document as its signer signs it: their name in the block, signing for the head where
 * the head let them, and the address of its verification. The templates leave the name empty; these
 * fill it at the signing step, on the content stored with the draft.
 */
public final class SignatureBlocks {

    private SignatureBlocks() {}

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
}
