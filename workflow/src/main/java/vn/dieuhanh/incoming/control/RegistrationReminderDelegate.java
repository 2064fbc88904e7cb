package vn.dieuhanh.incoming.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import vn.dieuhanh.audit.boundary.AuditFacts;
import vn.dieuhanh.audit.boundary.AuditKind;
import vn.dieuhanh.audit.boundary.AuditLog;
import vn.dieuhanh.engine.boundary.ServiceStep;
import vn.dieuhanh.engine.boundary.StepExecution;
import vn.dieuhanh.incoming.entity.RegistrationReminder;

/**
 * Fired by the registration deadline timer: records a reminder for the records office. Runs on a
 * job executor thread, inside the job's JTA transaction, so the reminder and the job's completion
 * commit together.
 */
@Named("registrationReminder")
@Dependent
public class RegistrationReminderDelegate implements ServiceStep {

    @PersistenceContext(unitName = "dieuhanh")
    EntityManager em;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemDefaultZone();

    @Override
    public void run(StepExecution execution) {
        String subject = String.valueOf(execution.variable("subject"));
        String message = "Văn bản đến chưa được vào sổ đúng hạn: " + subject
                + " / An incoming document was not registered in time.";
        em.persist(new RegistrationReminder(execution.processInstanceId(), OffsetDateTime.now(clock), message));
        audit.append(AuditFacts.of(AuditKind.REGISTRATION_REMINDER, "system")
                .actorName("Hệ thống")
                .unit((String) execution.variable("recordsOffice"))
                .caseRef(execution.businessKey())
                .detail(message));
    }
}
