package vn.dieuhanh.identity.boundary.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dieuhanh.identity.boundary.Directory;
import vn.dieuhanh.identity.boundary.Position;

/**
 * Ends a page session whose person no longer stands where they stood at sign-in: their account was
 * disabled, or a position the session acts in was taken away. A session lives up to half an hour
 * of idleness and Keycloak sends nothing when an administrator disables someone or moves them out
 * of a group, so the session itself asks the directory again, at most every {@link #RECHECK}: a
 * change reaches every open page within a minute. The API needs no such check: its bearer tokens
 * live five minutes (the realm's access token lifespan) and are re-issued from the directory.
 *
 * <p>When Keycloak cannot be asked, the session goes on (a directory outage must not sign the
 * whole city out) and the next request asks again.
 */
@WebFilter(
        filterName = "StandingFilter",
        urlPatterns = {"*.xhtml", "/pdf/*", "/evidence/*", "/downloads/*", "/logout"})
public class StandingFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(StandingFilter.class.getName());

    /** How long a session acts on what it last learnt of its person. */
    static final Duration RECHECK = Duration.ofSeconds(30);

    static final String CHECKED_AT = StandingFilter.class.getName() + ".checkedAt";

    /** A plain page outside the sign-in: it tells the person what happened and how to go on. */
    static final String ENDED_PAGE = "/session-ended.html";

    @Inject
    transient Caller caller;

    @Inject
    transient Directory directory;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (request.getUserPrincipal() == null
                || session == null
                || request.getRequestURI().endsWith("/logout")) {
            chain.doFilter(request, response);
            return;
        }
        long now = System.currentTimeMillis();
        Object checkedAt = session.getAttribute(CHECKED_AT);
        if (!(checkedAt instanceof Long at) || now - at >= RECHECK.toMillis()) {
            if (!standsStill()) {
                end(request, response, session);
                return;
            }
            session.setAttribute(CHECKED_AT, now);
        }
        chain.doFilter(request, response);
    }

    private boolean standsStill() {
        String name = caller.name();
        try {
            Optional<Directory.Standing> standing = directory.standingOf(name);
            if (standing.isEmpty() || !standing.get().enabled()) {
                LOG.info(() -> "Session of " + name + " ended: the account is disabled or gone.");
                return false;
            }
            for (Position position : caller.positions()) {
                if (!standing.get().holds(position.unit(), position.role())) {
                    LOG.info(() -> "Session of " + name + " ended: " + position.role() + " of " + position.unit()
                            + " was taken away.");
                    return false;
                }
            }
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not ask Keycloak where " + name + " stands; the session goes on.", e);
            return true;
        }
    }

    private static void end(HttpServletRequest request, HttpServletResponse response, HttpSession session)
            throws IOException {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // Ended by a parallel request of the same person: the sign-out below still applies.
        }
        try {
            request.logout();
        } catch (ServletException e) {
            LOG.log(Level.WARNING, "Sign-out of an ended session failed", e);
        }
        response.sendRedirect(request.getContextPath() + ENDED_PAGE);
    }
}
