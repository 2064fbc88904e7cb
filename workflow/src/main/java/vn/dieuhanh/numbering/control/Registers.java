package vn.dieuhanh.numbering.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.dieuhanh.numbering.entity.RegisterCounter;

/**
 * Gives the next number of a register.
 *
 * <p>A counter row locked and incremented in the caller's transaction, not a database sequence:
 * a sequence keeps its value when the transaction rolls back and would leave a gap in the
 * register, which Decree 30 forbids.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Registers {

    /** The incoming register (sổ văn bản đến). */
    public static final String INCOMING = "VB-DEN";

    @PersistenceContext(unitName = "dieuhanh")
    EntityManager em;

    public int next(String registerCode, int year) {
        var key = new RegisterCounter.Key(registerCode, year);
        RegisterCounter counter = em.find(RegisterCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            // The first number of a year. Two first numbers at once: one insert loses on the
            // primary key and its whole action rolls back, so no number is ever given twice.
            counter = new RegisterCounter(registerCode, year);
            em.persist(counter);
        }
        return counter.take();
    }
}
