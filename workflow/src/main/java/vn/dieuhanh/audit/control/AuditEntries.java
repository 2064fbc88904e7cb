package vn.dieuhanh.audit.control;

import java.time.OffsetDateTime;
import vn.dieuhanh.audit.boundary.AuditFacts;
import vn.dieuhanh.audit.entity.AuditEntry;

/**
 * Turns a caller's facts into a link of the chain. Apart from {@link ChainWriter} (a JTA
 * synchronization), so tests and benchmarks outside a container build entries the same way.
 */
public final class AuditEntries {

    private AuditEntries() {}

    /** The entry after {@code prevHash} at {@code seq} saying what {@code facts} say; {@code now} if they name no time. */
    public static AuditEntry of(long seq, String prevHash, AuditFacts facts, OffsetDateTime now) {
        return new AuditEntry(
                seq,
                prevHash,
                new AuditEntry.Content(
                        facts.at() == null ? now : facts.at(),
                        facts.kind().name(),
                        facts.outcome().name(),
                        facts.actor(),
                        facts.actorName(),
                        facts.unitCode(),
                        facts.role(),
                        facts.directiveId(),
                        facts.caseRef(),
                        facts.stepKey(),
                        facts.taskId(),
                        facts.periodIndex(),
                        facts.decision(),
                        facts.reason(),
                        facts.documentId(),
                        facts.documentVersion(),
                        facts.documentSha256(),
                        facts.detail()));
    }
}
