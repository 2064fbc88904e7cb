package vn.dieuhanh.directive.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Which units the DIC's one-action reminder reaches: those without a report for the period or
 * under the sample target, minus those already reminded this way for the period. A second click
 * (or a second officer) therefore reminds no one twice.
 */
public final class ReminderSelection {

    /** A recipient's standing in the period, as far as reminding goes. */
    public record Standing(String unitCode, boolean reported, boolean underTarget) {
        public boolean lagging() {
            return !reported || underTarget;
        }
    }

    /** Who is reminded now, and who was reminded before and is left alone. */
    public record Choice(List<String> toRemind, List<String> alreadyReminded) {}

    private ReminderSelection() {}

    public static Choice choose(Collection<Standing> standings, Set<String> remindedBefore) {
        List<String> toRemind = new ArrayList<>();
        List<String> already = new ArrayList<>();
        for (Standing standing : standings) {
            if (!standing.lagging()) {
                continue;
            }
            if (remindedBefore.contains(standing.unitCode())) {
                already.add(standing.unitCode());
            } else {
                toRemind.add(standing.unitCode());
            }
        }
        return new Choice(List.copyOf(toRemind), List.copyOf(already));
    }
}
