package vn.dieuhanh.dispatch.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.dieuhanh.dispatch.entity.RegisterCounter;

/**
 * Gives the next number of a register.
 *
 * <p>A counter row locked and incremented in the caller's transaction, not a database sequence:
 * a sequence keeps its value when the transaction rolls back and would leave a gap in the
 * register, which Decree 30 forbids. Whoever takes a number holds the row until their action
 * commits or rolls back, so numbers are given in commit order, without gaps or repeats.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Registers {

    /** The incoming register (sổ văn bản đến). */
    public static final String INCOMING = "VB-DEN";

    @PersistenceContext(unitName = "dieuhanh")
    EntityManager em;

    @Inject
    RegisterOpening opening;

    /**
     * The register of documents an organisation issues (sổ văn bản đi); confidential documents
     * are numbered in their own series (Decree 30, Art. 15).
     */
    public static String outgoing(String issuerUnit, boolean confidential) {
        return (confidential ? "VB-DI-MAT:" : "VB-DI:") + issuerUnit;
    }

    /**
     * The number {@link #next} would give now, without taking it: what the records clerk is shown
     * before confirming. Another issue in between may take it first; the issue itself always
     * takes the number under the lock.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public int peek(String registerCode, int year) {
        RegisterCounter counter = em.find(RegisterCounter.class, new RegisterCounter.Key(registerCode, year));
        return counter == null ? 1 : counter.lastNumber() + 1;
    }

    public int next(String registerCode, int year) {
        var key = new RegisterCounter.Key(registerCode, year);
        RegisterCounter counter = em.find(RegisterCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            // The first number of a year: the row is created and committed on its own, so two
            // first numbers at once both find it and queue on its lock instead of one failing.
            opening.open(registerCode, year);
            counter = em.find(RegisterCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        }
        return counter.take();
    }
}
