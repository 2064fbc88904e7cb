package vn.dieuhanh.directive.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import vn.dieuhanh.audit.boundary.AuditLog;
import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.engine.boundary.ServiceStep;
import vn.dieuhanh.engine.boundary.StepExecution;

/** Closes a directive, at its end date or by the leader's decision, with a final summary. */
@Named("directiveClosure")
@Dependent
public class DirectiveClosureDelegate implements ServiceStep {

    @PersistenceContext(unitName = "dieuhanh")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Override
    public void run(StepExecution execution) {
        Directive directive = em.find(Directive.class, (String) execution.variable("directiveId"));
        long reports = em.createQuery("select count(r) from UnitReport r where r.directiveId = :id", Long.class)
                .setParameter("id", directive.id())
                .getSingleResult();
        long late = em.createQuery(
                        "select count(r) from UnitReport r where r.directiveId = :id and r.late = true", Long.class)
                .setParameter("id", directive.id())
                .getSingleResult();
        Object reason = execution.variable("closingReason");
        String summary = "Đã nhận " + reports + " báo cáo của đơn vị, trong đó " + late + " báo cáo muộn."
                + (reason == null ? "" : " Lý do kết thúc: " + reason);
        OffsetDateTime now = execution.now();
        directive.close(now, summary);
        audit.directiveClosed(directive.id(), directive.code(), directive.finalSummary(), now);
    }
}
