package vn.dieuhanh.inspection.control;

import java.util.Iterator;
import vn.dieuhanh.audit.entity.AuditEntry;
import vn.dieuhanh.inspection.boundary.ChainCheck;

/**
 * Walks the chain in sequence order and stops at the first broken link: a gap in the sequence
 * (an entry deleted), a previous hash that is not the previous entry's (deleted or reordered), a
 * hash that does not match the content (edited or moved), or a head that names entries no longer
 * there (the last ones deleted).
 */
public final class ChainVerifier {

    /** What the walk needs of one stored entry; built from the row as read back. */
    public record Link(long seq, String prevHash, String storedHash, String canonical) {
        public static Link of(AuditEntry entry) {
            return new Link(entry.seq(), entry.prevHash(), entry.entryHash(), entry.canonical());
        }
    }

    private ChainVerifier() {}

    public static ChainCheck verify(Iterator<Link> links, long headSeq, String headHash) {
        long expected = 1;
        String previous = AuditEntry.GENESIS;
        long checked = 0;
        while (links.hasNext()) {
            Link link = links.next();
            if (link.seq() != expected) {
                return broken(
                        checked,
                        expected,
                        "Thiếu bản ghi số " + expected + " (đã bị xóa). / Entry " + expected + " is missing (deleted).",
                        headHash);
            }
            if (!previous.equals(link.prevHash())) {
                return broken(
                        checked,
                        link.seq(),
                        "Bản ghi số " + link.seq()
                                + " không nối với bản ghi trước (bị xóa, chèn hoặc đổi thứ tự). / Entry " + link.seq()
                                + " does not link to the one before (deleted, inserted or reordered).",
                        headHash);
            }
            if (!AuditEntry.hash(link.canonical()).equals(link.storedHash())) {
                return broken(
                        checked,
                        link.seq(),
                        "Nội dung bản ghi số " + link.seq() + " đã bị sửa. / Entry " + link.seq() + " was edited.",
                        headHash);
            }
            previous = link.storedHash();
            checked++;
            expected++;
        }
        if (expected - 1 != headSeq || !previous.equals(headHash)) {
            return broken(
                    checked,
                    expected,
                    "Các bản ghi cuối, từ số " + expected
                            + ", đã bị xóa (đầu chuỗi ghi số " + headSeq + "). / The last entries from " + expected
                            + " were deleted (the head names " + headSeq + ").",
                    headHash);
        }
        return new ChainCheck(true, checked, null, null, headHash);
    }

    private static ChainCheck broken(long checked, long at, String problem, String headHash) {
        return new ChainCheck(false, checked, at, problem, headHash);
    }
}
