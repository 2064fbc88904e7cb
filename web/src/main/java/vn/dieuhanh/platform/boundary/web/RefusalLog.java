package vn.dieuhanh.platform.boundary.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import vn.dieuhanh.audit.boundary.AuditLog;

/**
 * One log line for every refused attempt to act: who, what, and the answer. Refusals by role
 * ({@code @RolesAllowed}) and by unit (a task of another unit) alike; invalid tokens are logged by
 * the server's own OpenID Connect client before a request gets here.
 */
@Provider
public class RefusalLog implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(RefusalLog.class.getName());

    @Inject
    AuditLog audit;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        var principal = request.getSecurityContext().getUserPrincipal();
        if (status == Response.Status.FORBIDDEN.getStatusCode()) {
            LOG.warning(() -> "Refused (403): " + (principal == null ? "?" : principal.getName()) + " "
                    + request.getMethod() + " " + request.getUriInfo().getPath()
                    + (response.getEntity() instanceof Problem problem ? ": " + problem.message() : ""));
        }
        // Refused attempts join the audit trail, in a transaction of their own: the action's own
        // rolled back (or never began).
        if (status == 401 || status == 403 || status == 409) {
            audit.refused(
                    principal == null ? null : principal.getName(),
                    status,
                    request.getMethod(),
                    request.getUriInfo().getPath(),
                    response.getEntity() instanceof Problem problem ? problem.message() : null);
        }
    }
}
