package vn.dieuhanh.directive.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.directive.entity.DirectiveReminder;
import vn.dieuhanh.directive.entity.DirectiveReminder.Kind;
import vn.dieuhanh.directive.entity.ReportingCycle;
import vn.dieuhanh.directive.entity.UnitReport;
import vn.dieuhanh.persistence.control.H2Units;

/**
 * What a unit's people are shown of the reminders sent to it: only their units', the last weeks',
 * of directives in force, newest first, each saying whether that period's report is in. On H2
 * with the real migrations and the real entities.
 */
class RemindersTest {

    private static final OffsetDateTime START = OffsetDateTime.parse("2026-09-01T00:00+07:00");
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-20T09:00+07:00");

    private static final String LETTER = "letter-of-SO-YTE-period-1";

    private EntityManagerFactory factory;
    private EntityManager em;
    /** The register holds one reminder letter: to SO-YTE, for period 1 (index 0). */
    private final Reminders reminders = new Reminders() {
        @Override
        String letterOf(String directiveId, String unitCode, int period) {
            return "SO-YTE".equals(unitCode) && period == 0 ? LETTER : null;
        }
    };

    @BeforeEach
    void database() {
        factory = H2Units.migrated("reminders-test");
        em = factory.createEntityManager();
        reminders.em = em;
        reminders.clock = Clock.fixed(NOW.toInstant(), Reminders.ZONE);
    }

    @AfterEach
    void close() {
        em.close();
        factory.close();
    }

    @Test
    void aUnitSeesItsOwnRecentRemindersNewestFirstWithWhetherItsReportIsIn() {
        Directive ispeed = directive("ISPEED-HP", true);
        Directive closed = directive("DA-DONG", true);
        em.getTransaction().begin();
        closed.close(NOW.minusDays(1), "Kết thúc");
        em.persist(new DirectiveReminder(ispeed.id(), "QUAN-NGOQUYEN", 1, Kind.REMINDER, NOW.minusDays(3)));
        em.persist(new DirectiveReminder(ispeed.id(), "QUAN-NGOQUYEN", 1, Kind.DIC_REMINDER, NOW.minusDays(1)));
        em.persist(new DirectiveReminder(ispeed.id(), "QUAN-NGOQUYEN", 2, Kind.REMINDER, NOW.minusHours(2)));
        // Reported since: the period-1 reminders say so.
        em.persist(new UnitReport(ispeed.id(), "QUAN-NGOQUYEN", 1, NOW.minusHours(20), true));
        // Not shown: another unit's, an old one, a closed directive's.
        em.persist(new DirectiveReminder(ispeed.id(), "SO-YTE", 2, Kind.REMINDER, NOW.minusHours(1)));
        em.persist(new DirectiveReminder(ispeed.id(), "QUAN-NGOQUYEN", 0, Kind.REMINDER, NOW.minusDays(36)));
        em.persist(new DirectiveReminder(closed.id(), "QUAN-NGOQUYEN", 2, Kind.REMINDER, NOW.minusHours(3)));
        em.getTransaction().commit();
        em.clear();

        List<Reminders.Notice> seen = reminders.forUnits(List.of("QUAN-NGOQUYEN"));

        assertThat(seen)
                .extracting(n -> n.kind() + " " + n.directiveCode() + " " + n.unitCode() + " " + n.periodLabel()
                        + (n.reported() ? " đã nộp" : " chưa nộp"))
                .containsExactly(
                        "REMINDER ISPEED-HP QUAN-NGOQUYEN Tháng 11/2026 chưa nộp",
                        "DIC_REMINDER ISPEED-HP QUAN-NGOQUYEN Tháng 10/2026 đã nộp",
                        "REMINDER ISPEED-HP QUAN-NGOQUYEN Tháng 10/2026 đã nộp");
        Reminders.Notice latest = seen.get(0);
        // Period 3 of a monthly cycle from 1 September: November, due five days after it ends.
        assertThat(latest.periodStart()).isEqualTo(OffsetDateTime.parse("2026-11-01T00:00+07:00"));
        assertThat(latest.periodEnd()).isEqualTo(OffsetDateTime.parse("2026-12-01T00:00+07:00"));
        assertThat(latest.unitDeadline()).isEqualTo(OffsetDateTime.parse("2026-12-06T00:00+07:00"));
        assertThat(latest.at()).isEqualTo(NOW.minusHours(2));
        assertThat(latest.letterId()).isNull();
        assertThat(latest.subject()).isEqualTo("V/v ISPEED-HP");
    }

    @Test
    void aReminderLetterOpensFromItsLine() {
        Directive ispeed = directive("ISPEED-HP", true);
        em.getTransaction().begin();
        em.persist(new DirectiveReminder(ispeed.id(), "SO-YTE", 0, Kind.REMINDER_LETTER, NOW.minusDays(2)));
        em.persist(new DirectiveReminder(ispeed.id(), "SO-YTE", 0, Kind.REMINDER, NOW.minusDays(5)));
        em.getTransaction().commit();

        assertThat(reminders.forUnits(List.of("SO-YTE", "PHUONG-MAYTO")))
                .extracting(n -> n.kind() + " " + n.letterId())
                .containsExactly("REMINDER_LETTER " + LETTER, "REMINDER null");
    }

    @Test
    void noUnitsOrNoRemindersShowNothing() {
        directive("ISPEED-HP", true);
        assertThat(reminders.forUnits(List.of())).isEmpty();
        assertThat(reminders.forUnits(List.of("QUAN-NGOQUYEN"))).isEmpty();
    }

    @Test
    void aDirectiveNotYetIssuedHasNoRemindersToShow() {
        Directive draft = directive("NHAP", false);
        em.getTransaction().begin();
        em.persist(new DirectiveReminder(draft.id(), "SO-YTE", 0, Kind.REMINDER, NOW.minusHours(1)));
        em.getTransaction().commit();
        assertThat(reminders.forUnits(List.of("SO-YTE"))).isEmpty();
    }

    private Directive directive(String code, boolean issued) {
        Directive directive = SampleDirectives.ispeedLike(
                code, new ReportingCycle(START, "P1M", "P5D", "P3D", "P14D", START.plusMonths(12)));
        if (issued) {
            directive.issued();
        }
        em.getTransaction().begin();
        em.persist(directive);
        em.getTransaction().commit();
        return directive;
    }
}
