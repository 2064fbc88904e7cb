package vn.dieuhanh.directive.boundary;

import java.util.Map;
import java.util.Objects;

/**
 * The person acting, as documents name them: the user name that stores who did what, the full
 * name printed under a signature, and the titles of their positions by unit (a deputy signing for
 * the head prints their own title, "PHÓ GIÁM ĐỐC", under "KT. GIÁM ĐỐC").
 */
public record Actor(String user, String displayName, Map<String, String> titles) {
    public Actor {
        Objects.requireNonNull(user, "user");
        displayName = displayName == null || displayName.isBlank() ? user : displayName;
        titles = titles == null ? Map.of() : Map.copyOf(titles);
    }

    public Actor(String user, String displayName) {
        this(user, displayName, Map.of());
    }
}
