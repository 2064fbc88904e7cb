package vn.dieuhanh.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import vn.dieuhanh.audit.boundary.AuditResource;
import vn.dieuhanh.ispeed.boundary.MeasurementsResource;

/**
 * The API's downloads for people on the pages: the same resources as under {@code /api}, under
 * {@code /downloads}, signed in by the page session instead of a bearer token. A link on a page
 * cannot carry a bearer token, and {@code /api} takes nothing else (it answers 401, never a
 * sign-in page), so the auditor's exports and the refused rows of an import were links that
 * failed. Same resources, so the same role and unit checks, the same files and the same refusals.
 *
 * <p>Only reading: any other method is refused here before a resource runs, so a page session
 * (whose cookie a browser sends by itself) can change nothing through this path.
 */
@ApplicationPath("downloads")
public class PageDownloads extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new LinkedHashSet<>();
        classes.add(AuditResource.class);
        classes.add(MeasurementsResource.class);
        classes.add(ReadOnly.class);
        classes.add(StrictJsonReader.class);
        Arrays.stream(ProblemMappers.class.getClasses())
                .filter(type -> type.isAnnotationPresent(Provider.class))
                .forEach(classes::add);
        return classes;
    }

    /**
     * Refuses every method but GET and HEAD on the downloads path. Not annotated {@code @Provider}:
     * the API's application takes every annotated provider of the WAR, and must not take this one.
     * Before matching: a method no resource has would otherwise answer 405 or 415 by the resource's
     * own rules, and one it has would run.
     */
    @PreMatching
    public static class ReadOnly implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            String method = request.getMethod();
            if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)) {
                request.abortWith(Problem.response(
                        Response.Status.METHOD_NOT_ALLOWED,
                        "Đường dẫn này chỉ để tải về; thao tác qua các trang hoặc /api. / This path is for"
                                + " downloads only; act through the pages or /api."));
            }
        }
    }
}
