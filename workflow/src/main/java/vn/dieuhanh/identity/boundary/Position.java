package vn.dieuhanh.identity.boundary;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A role held in a unit, with the title documents print for it: "unit-head of SO-TP, Phó Giám đốc
 * phụ trách". A person holds any number of positions (kiêm nhiệm), and every task, page and check
 * uses exactly the pairs held: the head of one department who is an officer of another is not the
 * head of the second.
 *
 * <p>Keycloak holds positions with its own model, no extension: under the unit's group
 * ({@code /UBND-HP/SO-TP}) a group per role ({@code /UBND-HP/SO-TP/unit-head}) that carries the
 * realm role, and below it, where a title is printed, a group per title
 * ({@code /UBND-HP/SO-TP/unit-head/Phó Giám đốc phụ trách}). A person is a member of the deepest
 * of them; the token's {@code unit} claim carries that full path. Unit groups are named by codes
 * in capitals, role groups in small letters, so a path reads without asking Keycloak.
 */
public record Position(String unit, String role, String title) {

    /** A unit's code as the org chart file and the groups name it. */
    public static final Pattern UNIT_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]*");

    /** A realm role's name as a group below a unit. */
    public static final Pattern ROLE_NAME = Pattern.compile("[a-z][a-z-]*");

    public Position {
        if (unit == null || !UNIT_CODE.matcher(unit).matches()) {
            throw new IllegalArgumentException("Mã đơn vị không hợp lệ: " + unit + " / Invalid unit code: " + unit);
        }
        if (role == null || !ROLE_NAME.matcher(role).matches()) {
            throw new IllegalArgumentException("Vai trò không hợp lệ: " + role + " / Invalid role: " + role);
        }
        title = title == null || title.isBlank() ? null : title.strip();
    }

    /**
     * The position a group path stands for, or empty for a path that ends at a unit (a plain member
     * holds no role there) or is not one of ours.
     */
    public static Optional<Position> fromGroupPath(String path) {
        if (path == null) {
            return Optional.empty();
        }
        String[] segments = path.split("/");
        int unitAt = lastUnit(segments);
        if (unitAt < 0
                || unitAt + 1 >= segments.length
                || !ROLE_NAME.matcher(segments[unitAt + 1]).matches()) {
            return Optional.empty();
        }
        if (unitAt + 3 < segments.length) {
            return Optional.empty();
        }
        String title = unitAt + 2 < segments.length ? segments[unitAt + 2] : null;
        return Optional.of(new Position(segments[unitAt], segments[unitAt + 1], title));
    }

    /** The code of the unit a group path lies in (a unit's own path or one of its positions). */
    public static Optional<String> unitOf(String path) {
        if (path == null) {
            return Optional.empty();
        }
        String[] segments = path.split("/");
        int unitAt = lastUnit(segments);
        return unitAt < 0 ? Optional.empty() : Optional.of(segments[unitAt]);
    }

    private static int lastUnit(String[] segments) {
        // Units nest from the top ("", "UBND-HP", "SO-TP", ...); the first segment that is not a
        // unit's code is the role, so a title in capitals is never taken for a unit.
        int last = -1;
        int start = segments.length > 0 && segments[0].isEmpty() ? 1 : 0;
        for (int i = start;
                i < segments.length && UNIT_CODE.matcher(segments[i]).matches();
                i++) {
            last = i;
        }
        return last;
    }

    /** The group path of this position below its unit's path. */
    public String groupPath(String unitPath) {
        return unitPath + "/" + role + (title == null ? "" : "/" + title);
    }
}
