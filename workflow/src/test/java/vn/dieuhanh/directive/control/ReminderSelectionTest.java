package vn.dieuhanh.directive.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReminderSelectionTest {

    private static final List<ReminderSelection.Standing> PERIOD = List.of(
            new ReminderSelection.Standing("SO-YTE", true, false),
            new ReminderSelection.Standing("SO-NV", true, true),
            new ReminderSelection.Standing("DAI-PTTH", false, false),
            new ReminderSelection.Standing("QUAN-NGOQUYEN", false, true));

    @Test
    void unitsMissingAReportOrUnderTargetAreRemindedAndNoOneElse() {
        var choice = ReminderSelection.choose(PERIOD, Set.of());
        assertThat(choice.toRemind()).containsExactly("SO-NV", "DAI-PTTH", "QUAN-NGOQUYEN");
        assertThat(choice.alreadyReminded()).isEmpty();
    }

    @Test
    void remindingAgainForTheSamePeriodRemindsNoOneTwice() {
        Set<String> recorded = new HashSet<>();
        var first = ReminderSelection.choose(PERIOD, recorded);
        recorded.addAll(first.toRemind());

        var second = ReminderSelection.choose(PERIOD, recorded);

        assertThat(second.toRemind()).isEmpty();
        assertThat(second.alreadyReminded()).containsExactlyElementsOf(first.toRemind());
    }

    @Test
    void aUnitThatFallsBehindLaterIsRemindedThenAndOnlyThen() {
        var first = ReminderSelection.choose(PERIOD, Set.of());
        var later = List.of(
                new ReminderSelection.Standing("SO-YTE", true, true),
                new ReminderSelection.Standing("SO-NV", true, true),
                new ReminderSelection.Standing("DAI-PTTH", true, false),
                new ReminderSelection.Standing("QUAN-NGOQUYEN", false, true));

        var second = ReminderSelection.choose(later, new HashSet<>(first.toRemind()));

        assertThat(second.toRemind()).containsExactly("SO-YTE");
        assertThat(second.alreadyReminded()).containsExactly("SO-NV", "QUAN-NGOQUYEN");
    }
}
