package vn.dieuhanh.access.boundary;

import java.util.Objects;
import java.util.Set;

/**
 * Who is asking to read: their user name, the positions they hold and whether they audit. Built
 * at the edge from the signed-in caller; the policy decides on nothing else.
 *
 * @param auditor an inspector who reads every directive and changes none
 */
public record Reader(String username, Set<Position> positions, boolean auditor) {

    /** Someone not signed in: reads nothing. */
    public static final Reader NOBODY = new Reader("", Set.of(), false);

    public Reader {
        Objects.requireNonNull(username, "username");
        positions = Set.copyOf(positions);
    }

    public boolean holds(String unit, String role) {
        return positions.contains(new Position(unit, role));
    }
}
