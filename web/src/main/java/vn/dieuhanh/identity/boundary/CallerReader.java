package vn.dieuhanh.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dieuhanh.access.entity.Position;
import vn.dieuhanh.access.entity.Reader;
import vn.dieuhanh.platform.boundary.Roles;

/**
 * The signed-in caller as the read policy sees them. The one place that turns what {@link Caller}
 * exposes into a {@link Reader}: when the caller's positions change form, only this changes.
 */
@RequestScoped
public class CallerReader {

    @Inject
    Caller caller;

    @Inject
    SecurityContext security;

    private Reader reader;

    /** The caller as a reader; {@link Reader#NOBODY} when nobody is signed in. */
    public Reader reader() {
        if (reader == null) {
            reader = read();
        }
        return reader;
    }

    private Reader read() {
        if (security.getCallerPrincipal() == null) {
            return Reader.NOBODY;
        }
        // Today a task group is every unit of the caller's with every role of theirs; each one is a
        // position the caller holds.
        Set<Position> positions = caller.taskGroups().stream()
                .map(Position::ofGroup)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return new Reader(caller.name(), positions, caller.hasRole(Roles.AUDITOR));
    }
}
