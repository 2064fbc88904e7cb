package vn.dieuhanh.directive.boundary.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import vn.dieuhanh.directive.control.DirectiveTemplates;
import vn.dieuhanh.platform.boundary.web.Roles;
import vn.dieuhanh.reporting.entity.Target;

/**
 * The directive templates a leader may start a directive from ({@code "template"} in a new
 * directive's body): what each sets, so a client can show and fill it.
 */
@Path("directive-templates")
@Produces(MediaType.APPLICATION_JSON)
public class DirectiveTemplatesResource {

    /** A template as a client reads it; the targets in the form a new directive's body takes. */
    public record TemplateView(
            String code,
            String name,
            String nameEn,
            String description,
            String consolidatingUnit,
            String receiverUnit,
            DirectiveTemplates.Cycle cycle,
            List<TargetView> targets) {}

    public record TargetView(
            String code,
            String name,
            String measure,
            String kind,
            String comparison,
            BigDecimal threshold,
            String rollUp,
            String source,
            String series) {}

    @GET
    @RolesAllowed({Roles.CITY_LEADER, Roles.CHIEF_OF_OFFICE, Roles.SPECIALIST, Roles.DIVISION_HEAD, Roles.AUDITOR})
    public List<TemplateView> all() {
        return DirectiveTemplates.all().stream()
                .map(t -> new TemplateView(
                        t.code(),
                        t.name(),
                        t.nameEn(),
                        t.description(),
                        t.consolidatingUnit(),
                        t.receiverUnit(),
                        t.cycle(),
                        t.targets().stream()
                                .map(DirectiveTemplatesResource::view)
                                .toList()))
                .toList();
    }

    private static TargetView view(Target t) {
        return new TargetView(
                t.code(),
                t.name(),
                t.measure(),
                t.kind().name(),
                t.comparison().name(),
                t.threshold(),
                t.rollUp().name(),
                t.source().name(),
                t.series());
    }
}
