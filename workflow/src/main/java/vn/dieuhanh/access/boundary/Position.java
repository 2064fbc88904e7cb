package vn.dieuhanh.access.boundary;

import java.util.Objects;

/**
 * A role held in a unit, as the engine's candidate groups write it ({@code SO-YTE:unit-head}): the
 * head of one unit is not the head of another unit the same person works in.
 */
public record Position(String unit, String role) {

    public Position {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(role, "role");
    }

    /** The position a candidate group names; null for a string that is not {@code UNIT:role}. */
    public static Position ofGroup(String group) {
        int colon = group == null ? -1 : group.lastIndexOf(':');
        if (colon <= 0 || colon == group.length() - 1) {
            return null;
        }
        return new Position(group.substring(0, colon), group.substring(colon + 1));
    }
}
