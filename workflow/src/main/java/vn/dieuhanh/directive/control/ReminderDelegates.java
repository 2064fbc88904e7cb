package vn.dieuhanh.directive.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.dieuhanh.audit.boundary.AuditKind;
import vn.dieuhanh.audit.boundary.AuditLog;
import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.directive.entity.DirectiveReminder;
import vn.dieuhanh.dispatch.boundary.DocumentKind;
import vn.dieuhanh.dispatch.boundary.DocumentSummary;
import vn.dieuhanh.dispatch.boundary.Documents;
import vn.dieuhanh.engine.boundary.ServiceStep;
import vn.dieuhanh.engine.boundary.StepExecution;
import vn.dieuhanh.identity.boundary.Directory;

/** The reminders a unit gets when its report is late: fired by the deadline timers of unitTask. */
public final class ReminderDelegates {

    private ReminderDelegates() {}

    static void record(EntityManager em, AuditLog audit, StepExecution execution, DirectiveReminder.Kind kind) {
        String directiveId = (String) execution.variable("directiveId");
        String unitCode = (String) execution.variable("unitCode");
        int period = ((Number) execution.variable("periodIndex")).intValue();
        OffsetDateTime now = execution.now();
        em.persist(new DirectiveReminder(directiveId, unitCode, period, kind, now));
        audit.reminder(auditKind(kind), directiveId, unitCode, period, now);
    }

    /** The audit's name for a reminder of this kind. */
    public static AuditKind auditKind(DirectiveReminder.Kind kind) {
        return kind == DirectiveReminder.Kind.REMINDER ? AuditKind.REMINDER : AuditKind.REMINDER_LETTER;
    }

    /** The first reminder, at the unit's deadline. */
    @Named("unitReminder")
    @Dependent
    public static class UnitReminder implements ServiceStep {
        @PersistenceContext(unitName = "dieuhanh")
        EntityManager em;

        @Inject
        AuditLog audit;

        @Override
        public void run(StepExecution execution) {
            record(em, audit, execution, DirectiveReminder.Kind.REMINDER);
        }
    }

    /** The reminder letter, when the report is still missing later. */
    @Named("reminderLetter")
    @Dependent
    public static class ReminderLetter implements ServiceStep {
        @PersistenceContext(unitName = "dieuhanh")
        EntityManager em;

        @Inject
        Documents documents;

        @Inject
        DirectivePapers papers;

        @Inject
        Directory directory;

        @Inject
        AuditLog audit;

        /**
         * Records the reminder and issues the letter under the consolidating unit's seal: a timer
         * has no one to type a director's PIN, so the organisation signs it (see docs, decisions).
         */
        @Override
        public void run(StepExecution execution) {
            record(em, audit, execution, DirectiveReminder.Kind.REMINDER_LETTER);
            Directive directive = em.find(Directive.class, execution.variable("directiveId"));
            String unitCode = (String) execution.variable("unitCode");
            int period = ((Number) execution.variable("periodIndex")).intValue();
            LocalDate deadline = OffsetDateTime.parse((String) execution.variable("unitDeadlineAt"))
                    .atZoneSameInstant(ReportingPeriodsDelegate.ZONE)
                    .toLocalDate();
            String letterNumber = documents
                    .of(directive.id(), DocumentKind.LETTER, null, null)
                    .map(DocumentSummary::numberLabel)
                    .orElse(null);
            String consolidating = directive.followUpUnit();
            documents.issueUnderSeal(
                    directive.id(),
                    unitCode,
                    period,
                    consolidating,
                    directory.unit(consolidating).name(),
                    List.of(unitCode),
                    papers.templates()
                            .reminderLetter(
                                    papers.data(directive),
                                    unitCode,
                                    papers.periodLabel(directive, period),
                                    deadline,
                                    letterNumber),
                    new Documents.Step(execution.activityId(), null, "system"));
        }
    }
}
