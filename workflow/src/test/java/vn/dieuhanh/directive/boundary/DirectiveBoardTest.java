package vn.dieuhanh.directive.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.directive.entity.ReportingCycle;

/** Who may watch a directive's dashboard: the role, held in the unit that plays that part in it. */
class DirectiveBoardTest {

    private static final OffsetDateTime START = OffsetDateTime.parse("2024-10-15T00:00+07:00");

    private final DirectiveBoard board = new DirectiveBoard();
    private final Directive ispeed = SampleDirectives.ispeedLike(
            "ISPEED-HP", new ReportingCycle(START, "P1M", "P0D", "P3D", "PT23H59M", START.plusMonths(12)));

    DirectiveBoardTest() {
        board.cityOffice = SampleDirectives.cityOffice();
    }

    @Test
    void theOfficeTheLeadDivisionAndTheConsolidatingUnitWatchInTheirUnits() {
        for (String group : List.of(
                "UBND-HP:city-leader",
                "VP-UBND:chief-of-office",
                "VP-KSTTHC:specialist",
                "VP-KSTTHC:division-head",
                "VP-VT:records-clerk",
                "SO-TTTT:dic-officer",
                "SO-TTTT:dic-director")) {
            assertThat(board.mayWatch(ispeed, Set.of(group), false)).as(group).isTrue();
        }
    }

    @Test
    void theSameRolesInAnotherUnitDoNot() {
        for (String group : List.of(
                "SO-YTE:division-head",
                "SO-YTE:specialist",
                "SO-XD:dic-officer",
                "QUAN-NGOQUYEN:city-leader",
                "SO-TTTT:records-clerk",
                "SO-YTE:unit-head",
                "QUAN-NGOQUYEN:unit-officer",
                "BO-TTTT:ministry-officer")) {
            assertThat(board.mayWatch(ispeed, Set.of(group), false)).as(group).isFalse();
        }
    }

    @Test
    void auditorsWatchEveryDirective() {
        assertThat(board.mayWatch(ispeed, Set.of(), true)).isTrue();
    }
}
