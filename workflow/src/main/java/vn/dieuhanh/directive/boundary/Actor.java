package vn.dieuhanh.directive.boundary;

import java.util.Objects;

/**
 * The person acting, as documents name them: the user name that stores who did what, and the
 * full name printed under a signature.
 */
public record Actor(String user, String displayName) {
    public Actor {
        Objects.requireNonNull(user, "user");
        displayName = displayName == null || displayName.isBlank() ? user : displayName;
    }
}
