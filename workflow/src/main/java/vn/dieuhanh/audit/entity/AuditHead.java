package vn.dieuhanh.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The chain's end: the last sequence number and hash, read here by the verification. Every
 * commit that chains entries locks this one row (audit.control.ChainWriter), so the chain cannot
 * fork; deleting the last entries is caught because
 * the head still names them.
 */
@Entity
@Table(name = "dh_audit_head")
public class AuditHead {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false)
    private String lastHash;

    protected AuditHead() {}

    public AuditHead(long lastSeq, String lastHash) {
        this.id = ID;
        this.lastSeq = lastSeq;
        this.lastHash = lastHash;
    }

    public long lastSeq() {
        return lastSeq;
    }

    public String lastHash() {
        return lastHash;
    }
}
