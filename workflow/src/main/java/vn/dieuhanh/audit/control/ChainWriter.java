package vn.dieuhanh.audit.control;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import vn.dieuhanh.audit.boundary.AuditFacts;
import vn.dieuhanh.audit.entity.AuditEntry;
import vn.dieuhanh.audit.entity.AuditHead;

/**
 * A transaction's audit entries, written into the chain just before it commits, through the same
 * (transaction's) connection: lock the head, number and hash each entry after the previous one,
 * insert, move the head. Written so late, the head is held for the few milliseconds to commit,
 * while the action itself (rendering, signing) ran unserialised. A failure here fails the commit.
 */
public final class ChainWriter implements Synchronization {

    private static final String KEY = ChainWriter.class.getName();

    private final TransactionSynchronizationRegistry registry;
    private final DataSource dataSource;
    private final List<AuditFacts> pending = new ArrayList<>();

    private ChainWriter(TransactionSynchronizationRegistry registry, DataSource dataSource) {
        this.registry = registry;
        this.dataSource = dataSource;
    }

    /** The writer of the current transaction, registered with it on first use. */
    public static ChainWriter of(TransactionSynchronizationRegistry registry, DataSource dataSource) {
        ChainWriter writer = (ChainWriter) registry.getResource(KEY);
        if (writer == null) {
            writer = new ChainWriter(registry, dataSource);
            registry.putResource(KEY, writer);
            registry.registerInterposedSynchronization(writer);
        }
        return writer;
    }

    public void add(AuditFacts facts) {
        pending.add(facts);
    }

    @Override
    public void beforeCompletion() {
        if (pending.isEmpty() || registry.getRollbackOnly()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            write(c, pending);
        } catch (SQLException e) {
            registry.setRollbackOnly();
            throw new IllegalStateException("The audit entries could not be written; the action does not commit", e);
        }
    }

    @Override
    public void afterCompletion(int status) {
        // Nothing to undo: on rollback the entries were never written, or roll back with the rest.
        if (status != Status.STATUS_COMMITTED) {
            pending.clear();
        }
    }

    /** Chains and inserts the entries on this connection (the caller's transaction). */
    static void write(Connection c, List<AuditFacts> facts) throws SQLException {
        long seq;
        String previous;
        try (PreparedStatement head =
                c.prepareStatement("SELECT last_seq, last_hash FROM dh_audit_head WHERE id = ? FOR UPDATE"); ) {
            head.setInt(1, AuditHead.ID);
            try (ResultSet row = head.executeQuery()) {
                row.next();
                seq = row.getLong(1);
                previous = row.getString(2);
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO dh_audit_entry (seq, recorded_at, kind,"
                + " outcome, actor, actor_name, unit_code, role_name, directive_id, case_ref, step_key, task_id,"
                + " period_index, decision, reason, document_id, document_version, document_sha256, detail,"
                + " prev_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (AuditFacts f : facts) {
                AuditEntry e = AuditEntries.of(++seq, previous, f, f.at());
                int i = 1;
                insert.setLong(i++, e.seq());
                insert.setObject(i++, e.recordedAt().atOffset(ZoneOffset.UTC));
                insert.setString(i++, e.kind());
                insert.setString(i++, e.outcome());
                insert.setString(i++, e.actor());
                insert.setString(i++, e.actorName());
                insert.setString(i++, e.unitCode());
                insert.setString(i++, e.role());
                insert.setString(i++, e.directiveId());
                insert.setString(i++, e.caseRef());
                insert.setString(i++, e.stepKey());
                insert.setString(i++, e.taskId());
                insert.setObject(i++, e.periodIndex(), java.sql.Types.INTEGER);
                insert.setString(i++, e.decision());
                insert.setString(i++, e.reason());
                insert.setString(i++, e.documentId());
                insert.setObject(i++, e.documentVersion(), java.sql.Types.INTEGER);
                insert.setString(i++, e.documentSha256());
                insert.setString(i++, e.detail());
                insert.setString(i++, e.prevHash());
                insert.setString(i, e.entryHash());
                insert.addBatch();
                previous = e.entryHash();
            }
            insert.executeBatch();
        }
        try (PreparedStatement move =
                c.prepareStatement("UPDATE dh_audit_head SET last_seq = ?, last_hash = ? WHERE id = ?")) {
            move.setLong(1, seq);
            move.setString(2, previous);
            move.setInt(3, AuditHead.ID);
            move.executeUpdate();
        }
    }
}
