package vn.dieuhanh.inspection.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dieuhanh.audit.boundary.AuditFacts;
import vn.dieuhanh.audit.boundary.AuditKind;
import vn.dieuhanh.audit.control.AuditEntries;
import vn.dieuhanh.audit.entity.AuditEntry;
import vn.dieuhanh.inspection.boundary.ChainCheck;
import vn.dieuhanh.inspection.control.ChainVerifier.Link;

/** The chain's canonical form and its verification: every kind of tampering is found, at the right entry. */
class HashChainTest {

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2024-10-20T09:00:00.123456789+07:00");

    /** A chain of {@code n} entries built as the log builds it. */
    private static List<AuditEntry> chain(int n) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditEntry.GENESIS;
        for (int i = 1; i <= n; i++) {
            AuditEntry e = AuditEntries.of(
                    i,
                    previous,
                    AuditFacts.of(AuditKind.STEP_COMPLETED, "truongphong-ksttthc")
                            .actorName("Nguyễn Văn A")
                            .as("VP-KSTTHC", "division-head")
                            .directive("d-1")
                            .step("reviewDraft", "task-" + i)
                            .decision(i % 2 == 0 ? "RETURNED" : "APPROVED", i % 2 == 0 ? "Sửa đoạn 2" : null),
                    T0.plusMinutes(i));
            entries.add(e);
            previous = e.entryHash();
        }
        return entries;
    }

    private static List<Link> links(List<AuditEntry> entries) {
        return new ArrayList<>(entries.stream().map(Link::of).toList());
    }

    private static ChainCheck verify(List<Link> links, List<AuditEntry> original) {
        AuditEntry last = original.get(original.size() - 1);
        return ChainVerifier.verify(links.iterator(), last.seq(), last.entryHash());
    }

    @Test
    void anUntouchedChainVerifies() {
        List<AuditEntry> entries = chain(5);
        ChainCheck result = verify(links(entries), entries);
        assertThat(result.intact()).isTrue();
        assertThat(result.checked()).isEqualTo(5);
        assertThat(result.brokenAt()).isNull();
    }

    @Test
    void theCanonicalFormCoversEveryFieldInNfcWithMicrosecondsInUtc() {
        // "ệ" typed decomposed (e + combining marks) hashes as the composed letter.
        String decomposed = "Nguye\u0302\u0303n";
        AuditEntry a = AuditEntries.of(
                1, AuditEntry.GENESIS, AuditFacts.of(AuditKind.REMINDER, "x").actorName(decomposed), T0);
        AuditEntry b = AuditEntries.of(
                1, AuditEntry.GENESIS, AuditFacts.of(AuditKind.REMINDER, "x").actorName("Nguyễn"), T0);
        assertThat(a.entryHash()).isEqualTo(b.entryHash());
        assertThat(a.canonical())
                .contains("at=2024-10-20T02:00:00.123456Z\n")
                .contains("kind=REMINDER\n")
                .contains("unit=\\0\n");
        AuditEntry other = AuditEntries.of(
                1, AuditEntry.GENESIS, AuditFacts.of(AuditKind.REMINDER, "y").actorName("Nguyễn"), T0);
        assertThat(other.entryHash()).isNotEqualTo(a.entryHash());
    }

    @Test
    void aNewlineInAValueCannotFakeAnotherField() {
        AuditEntry forged = AuditEntries.of(
                1, AuditEntry.GENESIS, AuditFacts.of(AuditKind.REFUSED, "x").decision("403", "a\nactor=admin"), T0);
        assertThat(forged.canonical()).contains("reason=a\\nactor=admin\n").doesNotContain("\nactor=admin\n");
    }

    @Test
    void anEditedEntryIsReportedAtThatEntry() {
        List<AuditEntry> entries = chain(5);
        List<Link> links = links(entries);
        Link third = links.get(2);
        // The reason changed in the database: the stored hash no longer matches the content.
        links.set(
                2,
                new Link(
                        third.seq(),
                        third.prevHash(),
                        third.storedHash(),
                        third.canonical().replace("decision=APPROVED", "decision=RETURNED")));
        ChainCheck result = verify(links, entries);
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(3);
        assertThat(result.checked()).isEqualTo(2);
        assertThat(result.problem()).contains("đã bị sửa").contains("was edited");
    }

    @Test
    void anEditWhoseHashWasRecomputedBreaksTheNextLink() {
        List<AuditEntry> entries = chain(5);
        List<Link> links = links(entries);
        Link third = links.get(2);
        String edited = third.canonical().replace("decision=APPROVED", "decision=RETURNED");
        links.set(2, new Link(third.seq(), third.prevHash(), AuditEntry.hash(edited), edited));
        ChainCheck result = verify(links, entries);
        assertThat(result.brokenAt()).isEqualTo(4);
        assertThat(result.problem()).contains("does not link");
    }

    @Test
    void aDeletedEntryIsReportedAsMissing() {
        List<AuditEntry> entries = chain(5);
        List<Link> links = links(entries);
        links.remove(1);
        ChainCheck result = verify(links, entries);
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(2);
        assertThat(result.problem()).contains("missing");
    }

    @Test
    void deletingTheLastEntriesIsCaughtByTheHead() {
        List<AuditEntry> entries = chain(5);
        List<Link> links = links(entries);
        links.remove(4);
        links.remove(3);
        ChainCheck result = verify(links, entries);
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(4);
        assertThat(result.problem()).contains("last entries");
    }

    @Test
    void reorderedEntriesAreReported() {
        List<AuditEntry> entries = chain(5);
        List<Link> links = links(entries);
        // Two rows swap their contents but keep their places (their sequence numbers renumbered).
        Link second = links.get(1);
        Link third = links.get(2);
        links.set(1, new Link(2, third.prevHash(), third.storedHash(), third.canonical()));
        links.set(2, new Link(3, second.prevHash(), second.storedHash(), second.canonical()));
        ChainCheck result = verify(links, entries);
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(2);

        // Or the rows are read back in another order.
        List<Link> shuffled = links(entries);
        Collections.swap(shuffled, 3, 4);
        assertThat(verify(shuffled, entries).brokenAt()).isEqualTo(4);
    }
}
