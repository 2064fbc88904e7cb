package vn.dieuhanh.directive.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.directive.entity.UnitAssignment;

/**
 * The lists the models fan out over, read from the directive's data: the recipient units at
 * issuance, and the sub-units a unit head forwarded to. Called from expressions such as
 * {@code ${directives.recipientsOf(directiveId)}}, inside the engine's transaction.
 */
@Named("directives")
@ApplicationScoped
public class DirectiveData {

    @PersistenceContext(unitName = "dieuhanh")
    EntityManager em;

    public List<String> recipientsOf(String directiveId) {
        Directive directive = em.find(Directive.class, directiveId);
        if (directive == null) {
            throw new IllegalStateException("No directive " + directiveId);
        }
        return directive.recipients();
    }

    public List<String> forwardedUnits(String directiveId, String unitCode) {
        return em.createNamedQuery(UnitAssignment.FORWARDED_BY, String.class)
                .setParameter("directiveId", directiveId)
                .setParameter("unitCode", unitCode)
                .getResultList();
    }
}
