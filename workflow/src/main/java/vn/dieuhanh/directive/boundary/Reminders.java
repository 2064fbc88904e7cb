package vn.dieuhanh.directive.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.directive.entity.DirectiveReminder;
import vn.dieuhanh.directive.entity.ReportingCycle;
import vn.dieuhanh.dispatch.boundary.DocumentKind;
import vn.dieuhanh.dispatch.boundary.DocumentSummary;
import vn.dieuhanh.dispatch.boundary.Documents;
import vn.dieuhanh.platform.boundary.CityTime;

/**
 * The reminders a unit has received, for the people of that unit: a reminder is written by a timer
 * (the report is late, then a reminder letter) or by the consolidating unit's officer, and is only
 * worth something if the unit sees it. Read for the inbox; nothing here changes anything.
 */
@Stateless
public class Reminders {

    static final ZoneId ZONE = CityTime.ZONE;

    /** How far back the inbox looks: a reminder older than a reporting month has been acted on or superseded. */
    static final Duration RECENT = Duration.ofDays(35);

    /** At most this many, newest first: the inbox is for work, not for history (the audit trail keeps that). */
    static final int MAX = 20;

    @PersistenceContext(unitName = "dieuhanh")
    EntityManager em;

    @Inject
    Documents documents;

    Clock clock = Clock.system(ZONE);

    /**
     * One reminder as its unit sees it.
     *
     * @param periodLabel the period as officials name it ("Tháng 11/2026")
     * @param periodEnd the end of the period the report is for (exclusive)
     * @param reported whether the unit's signed report for that period is in (a reminder to a unit
     *     under target may come after its report)
     * @param letterId the reminder letter's document (its PDF), for a reminder letter; otherwise null
     */
    public record Notice(
            String directiveId,
            String directiveCode,
            String subject,
            String unitCode,
            int periodIndex,
            String periodLabel,
            OffsetDateTime periodStart,
            OffsetDateTime periodEnd,
            OffsetDateTime unitDeadline,
            DirectiveReminder.Kind kind,
            OffsetDateTime at,
            boolean reported,
            String letterId) {}

    /** Reminders of the last weeks to these units, for directives still in force, newest first. */
    public List<Notice> forUnits(Collection<String> unitCodes) {
        if (unitCodes == null || unitCodes.isEmpty()) {
            return List.of();
        }
        OffsetDateTime since = OffsetDateTime.now(clock).minus(RECENT);
        List<Object[]> rows = em.createQuery(
                        "select r, d from DirectiveReminder r, Directive d where d.id = r.directiveId"
                                + " and d.status = :inForce and r.unitCode in :units and r.createdAt >= :since"
                                + " order by r.createdAt desc, r.id",
                        Object[].class)
                .setParameter("inForce", Directive.Status.IN_FORCE)
                .setParameter("units", List.copyOf(unitCodes))
                .setParameter("since", since)
                .setMaxResults(MAX)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        // Which of those periods' reports are in: one query for all of them.
        Set<String> reported = new HashSet<>();
        em.createQuery(
                        "select u.directiveId, u.unitCode, u.periodIndex from UnitReport u"
                                + " where u.unitCode in :units and u.directiveId in :directives",
                        Object[].class)
                .setParameter("units", List.copyOf(unitCodes))
                .setParameter(
                        "directives",
                        rows.stream()
                                .map(row -> ((Directive) row[1]).id())
                                .distinct()
                                .toList())
                .getResultList()
                .forEach(r -> reported.add(key((String) r[0], (String) r[1], ((Number) r[2]).intValue())));
        return rows.stream()
                .map(row -> notice((DirectiveReminder) row[0], (Directive) row[1], reported))
                .toList();
    }

    private Notice notice(DirectiveReminder reminder, Directive directive, Set<String> reported) {
        int period = reminder.periodIndex();
        ReportingCycle.ReportingPeriod dates = directive.cycle().period(period);
        String letter = reminder.kind() == DirectiveReminder.Kind.REMINDER_LETTER
                ? letterOf(directive.id(), reminder.unitCode(), period)
                : null;
        return new Notice(
                directive.id(),
                directive.code(),
                directive.subject(),
                reminder.unitCode(),
                period,
                directive.cycle().label(period),
                local(dates.start()),
                local(dates.end()),
                local(dates.unitDeadline()),
                reminder.kind(),
                local(reminder.createdAt()),
                reported.contains(key(directive.id(), reminder.unitCode(), period)),
                letter);
    }

    /** The reminder letter issued to a unit for a period, as the document register holds it. */
    String letterOf(String directiveId, String unitCode, int period) {
        return documents
                .of(directiveId, DocumentKind.REMINDER_LETTER, unitCode, period)
                .map(DocumentSummary::id)
                .orElse(null);
    }

    private static String key(String directiveId, String unitCode, int period) {
        return directiveId + "|" + unitCode + "|" + period;
    }

    private static OffsetDateTime local(OffsetDateTime moment) {
        return moment.atZoneSameInstant(ZONE).toOffsetDateTime();
    }
}
