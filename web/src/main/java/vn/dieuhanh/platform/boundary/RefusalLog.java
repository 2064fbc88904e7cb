package vn.dieuhanh.platform.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/**
 * One log line for every refused attempt to act: who, what, and the answer. Refusals by role
 * ({@code @RolesAllowed}) and by unit (a task of another unit) alike; invalid tokens are logged by
 * the server's own OpenID Connect client before a request gets here.
 */
@Provider
public class RefusalLog implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(RefusalLog.class.getName());

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == Response.Status.FORBIDDEN.getStatusCode()) {
            var principal = request.getSecurityContext().getUserPrincipal();
            LOG.warning(() -> "Refused (403): " + (principal == null ? "?" : principal.getName()) + " "
                    + request.getMethod() + " " + request.getUriInfo().getPath()
                    + (response.getEntity() instanceof Problem problem ? ": " + problem.message() : ""));
        }
    }
}
