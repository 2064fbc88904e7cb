package vn.dieuhanh.dispatch.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import vn.dieuhanh.dispatch.entity.RegisterCounter;
import vn.dieuhanh.persistence.control.UniqueConstraints;

/** Opens a register for a year (its counter row at zero) in a transaction of its own. */
@Stateless
public class RegisterOpening {

    @PersistenceContext(unitName = "dieuhanh")
    EntityManager em;

    @Resource
    SessionContext context;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void open(String registerCode, int year) {
        if (!insert(em, registerCode, year)) {
            context.setRollbackOnly();
        }
    }

    /** False when someone else opened it a moment ago: theirs is as good as ours. */
    static boolean insert(EntityManager em, String registerCode, int year) {
        try {
            em.persist(new RegisterCounter(registerCode, year));
            em.flush();
            return true;
        } catch (PersistenceException e) {
            if (UniqueConstraints.violatedAny(e)) {
                return false;
            }
            throw e;
        }
    }
}
