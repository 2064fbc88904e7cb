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
import vn.dieuhanh.directive.entity.UnitReport;

/** Sends a signed unit report: records it for the consolidating unit, late if after the deadline. */
@Named("unitReportSubmission")
@Dependent
public class UnitReportSubmissionDelegate implements JavaDelegate {

    @PersistenceContext(unitName = "dieuhanh")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Override
    public void execute(DelegateExecution execution) {
        OffsetDateTime now =
                OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ReportingPeriodsDelegate.ZONE);
        OffsetDateTime deadline = OffsetDateTime.parse((String) execution.getVariable("unitDeadlineAt"));
        var report = new UnitReport(
                (String) execution.getVariable("directiveId"),
                (String) execution.getVariable("unitCode"),
                ((Number) execution.getVariable("periodIndex")).intValue(),
                now,
                now.isAfter(deadline),
                execution.getVariable("reportedSamples") instanceof Number reported ? reported.longValue() : null);
        em.persist(report);
        audit.reportSubmitted(
                (String) execution.getVariable("directiveId"),
                report.unitCode(),
                report.periodIndex(),
                report.late(),
                now,
                deadline.toString());
    }
}
