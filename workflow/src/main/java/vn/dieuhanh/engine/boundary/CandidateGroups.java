package vn.dieuhanh.engine.boundary;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A task is offered to a role in a unit: the engine group {@code SO-YTE:unit-head} holds the unit
 * head of the Health Department and no one else. The models write the same form, for example
 * {@code ${unitCode}:unit-head}.
 *
 * <p>A deputy acting for the holder (a delegation) gets the group limited to the steps delegated,
 * written {@code SO-YTE:unit-head#approveUnitReport,assignOrForward}: never a candidate group of a
 * task, only something a caller's groups may hold, which {@link Workflow} reads as "that group, for
 * those steps".
 */
public final class CandidateGroups {

    private CandidateGroups() {}

    public static String of(String unitCode, String role) {
        return unitCode + ":" + role;
    }

    /** The group of a position, for these steps only: what a deputy acts in. */
    public static String actingFor(String unitCode, String role, Collection<String> steps) {
        return of(unitCode, role) + "#" + String.join(",", steps);
    }

    /** A group limited to steps, read back: the plain group and its steps. */
    public record Acting(String group, List<String> steps) {

        /** The unit of the group ({@code SO-YTE}). */
        public String unit() {
            return group.substring(0, group.indexOf(':'));
        }

        /** The role of the group ({@code unit-head}). */
        public String role() {
            return group.substring(group.indexOf(':') + 1);
        }
    }

    /** The acting-for form read back; empty for a plain group. */
    public static Optional<Acting> acting(String group) {
        int hash = group.indexOf('#');
        if (hash < 0 || group.indexOf(':') < 0 || group.indexOf(':') > hash) {
            return Optional.empty();
        }
        return Optional.of(new Acting(
                group.substring(0, hash),
                Arrays.stream(group.substring(hash + 1).split(","))
                        .filter(s -> !s.isBlank())
                        .toList()));
    }
}
