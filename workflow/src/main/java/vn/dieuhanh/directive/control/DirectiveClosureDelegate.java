package vn.dieuhanh.directive.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.dieuhanh.audit.control.AuditLog;
import vn.dieuhanh.directive.entity.Directive;

/** Closes a directive, at its end date or by the leader's decision, with a final summary. */
@Named("directiveClosure")
@Dependent
public class DirectiveClosureDelegate implements JavaDelegate {

    @PersistenceContext(unitName = "dieuhanh")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Override
    public void execute(DelegateExecution execution) {
        Directive directive = em.find(Directive.class, (String) execution.getVariable("directiveId"));
        long reports = em.createQuery("select count(r) from UnitReport r where r.directiveId = :id", Long.class)
                .setParameter("id", directive.id())
                .getSingleResult();
        long late = em.createQuery(
                        "select count(r) from UnitReport r where r.directiveId = :id and r.late = true", Long.class)
                .setParameter("id", directive.id())
                .getSingleResult();
        Object reason = execution.getVariable("closingReason");
        String summary = "Đã nhận " + reports + " báo cáo của đơn vị, trong đó " + late + " báo cáo muộn."
                + (reason == null ? "" : " Lý do kết thúc: " + reason);
        OffsetDateTime now =
                OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ReportingPeriodsDelegate.ZONE);
        directive.close(now, summary);
        audit.directiveClosed(directive, now);
    }
}
