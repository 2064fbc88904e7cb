package vn.dieuhanh.identity.boundary.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dieuhanh.access.boundary.Position;
import vn.dieuhanh.access.boundary.Reader;
import vn.dieuhanh.platform.boundary.web.Roles;

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
        // The positions held in the caller's own right; acting for someone (a delegation) reaches
        // steps, not reading: a deputy reads as a member of the unit already.
        Set<Position> positions = caller.positions().stream()
                .map(p -> new Position(p.unit(), p.role()))
                .collect(Collectors.toSet());
        return new Reader(caller.name(), positions, caller.hasRole(Roles.AUDITOR));
    }
}
