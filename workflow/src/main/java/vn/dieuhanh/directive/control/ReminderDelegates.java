package vn.dieuhanh.directive.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.dieuhanh.directive.entity.DirectiveReminder;

/** The reminders a unit gets when its report is late: fired by the deadline timers of unitTask. */
public final class ReminderDelegates {

    private ReminderDelegates() {}

    static void record(EntityManager em, DelegateExecution execution, DirectiveReminder.Kind kind) {
        em.persist(new DirectiveReminder(
                (String) execution.getVariable("directiveId"),
                (String) execution.getVariable("unitCode"),
                ((Number) execution.getVariable("periodIndex")).intValue(),
                kind,
                OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ReportingPeriodsDelegate.ZONE)));
    }

    /** The first reminder, at the unit's deadline. */
    @Named("unitReminder")
    @Dependent
    public static class UnitReminder implements JavaDelegate {
        @PersistenceContext(unitName = "dieuhanh")
        EntityManager em;

        @Override
        public void execute(DelegateExecution execution) {
            record(em, execution, DirectiveReminder.Kind.REMINDER);
        }
    }

    /** The reminder letter, when the report is still missing later. */
    @Named("reminderLetter")
    @Dependent
    public static class ReminderLetter implements JavaDelegate {
        @PersistenceContext(unitName = "dieuhanh")
        EntityManager em;

        @Override
        public void execute(DelegateExecution execution) {
            record(em, execution, DirectiveReminder.Kind.REMINDER_LETTER);
        }
    }
}
