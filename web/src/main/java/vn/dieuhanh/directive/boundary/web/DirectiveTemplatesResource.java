package vn.dieuhanh.directive.boundary.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.dieuhanh.directive.boundary.DirectiveTemplateView;
import vn.dieuhanh.platform.boundary.web.Roles;

/**
 * The directive templates a leader may start a directive from ({@code "template"} in a new
 * directive's body): what each sets, so a client can show and fill it.
 */
@Path("directive-templates")
@Produces(MediaType.APPLICATION_JSON)
public class DirectiveTemplatesResource {

    @GET
    @RolesAllowed({Roles.CITY_LEADER, Roles.CHIEF_OF_OFFICE, Roles.SPECIALIST, Roles.DIVISION_HEAD, Roles.AUDITOR})
    public List<DirectiveTemplateView> all() {
        return DirectiveTemplateView.all();
    }
}
