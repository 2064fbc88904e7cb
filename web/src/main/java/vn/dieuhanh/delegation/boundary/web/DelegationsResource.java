package vn.dieuhanh.delegation.boundary.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.dieuhanh.delegation.boundary.Delegations;
import vn.dieuhanh.identity.boundary.web.Caller;
import vn.dieuhanh.platform.boundary.web.Problem;
import vn.dieuhanh.platform.boundary.web.Roles;
import vn.dieuhanh.platform.boundary.web.Text;

/**
 * Acting for another, over the API: the delegations the caller granted or received; a head's new
 * grant; its end. The body is read field by field with its exact type: a number for a text, a
 * text for a list, or a field the format does not know is a 400 naming it.
 */
@Path("delegations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DelegationsResource {

    private static final Set<String> FIELDS = Set.of("unit", "role", "steps", "deputy", "from", "until", "reason");

    @Inject
    Delegations delegations;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.UNIT_HEAD, Roles.UNIT_OFFICER})
    public List<Delegations.Grant> mine() {
        return delegations.of(caller.name());
    }

    @POST
    @RolesAllowed(Roles.UNIT_HEAD)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response grant(JsonValue value) {
        if (!(value instanceof JsonObject body)) {
            return invalid("body", "Cần một đối tượng JSON. / A JSON object is required.");
        }
        for (String field : body.keySet()) {
            if (!FIELDS.contains(field)) {
                return invalid(field, "Trường không thuộc định dạng. / A field the format does not know.");
            }
        }
        List<Problem.FieldProblem> problems = new ArrayList<>();
        String unit = text(body, "unit", problems);
        String role = text(body, "role", problems);
        String deputy = text(body, "deputy", problems);
        String reason = text(body, "reason", problems);
        LocalDate from = date(body, "from", problems);
        LocalDate until = date(body, "until", problems);
        List<String> steps = new ArrayList<>();
        JsonValue stepsValue = body.get("steps");
        if (!(stepsValue instanceof JsonArray array)
                || array.isEmpty()
                || array.stream().anyMatch(v -> !(v instanceof JsonString))) {
            problems.add(new Problem.FieldProblem(
                    "steps", "Cần danh sách các bước (chuỗi). / A list of steps (strings) is required."));
        } else {
            array.forEach(v -> steps.add(((JsonString) v).getString()));
        }
        if (!problems.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(new Problem(
                            400, "Nội dung ủy quyền không hợp lệ. / The delegation is not valid.", problems))
                    .build();
        }
        try {
            var grant = delegations.grant(
                    caller.name(), caller.taskGroups(), unit, role, steps, deputy, from, until, Text.clean(reason));
            return Response.status(Response.Status.CREATED).entity(grant).build();
        } catch (Delegations.DelegationRefused e) {
            return Problem.response(
                    e.forbidden() ? Response.Status.FORBIDDEN : Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    @POST
    @Path("{id}/end")
    @RolesAllowed(Roles.UNIT_HEAD)
    public Response end(@PathParam("id") String id) {
        try {
            return Response.ok(delegations.end(id, caller.name())).build();
        } catch (Delegations.DelegationRefused e) {
            return Problem.response(Response.Status.NOT_FOUND, e.getMessage());
        }
    }

    private static Response invalid(String field, String message) {
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new Problem(
                        400,
                        "Nội dung ủy quyền không hợp lệ. / The delegation is not valid.",
                        List.of(new Problem.FieldProblem(field, message))))
                .build();
    }

    private static String text(JsonObject body, String field, List<Problem.FieldProblem> problems) {
        JsonValue value = body.get(field);
        if (!(value instanceof JsonString string)
                || string.getString().isBlank()
                || string.getString().length() > 1000
                || string.getString().chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            problems.add(new Problem.FieldProblem(
                    field, "Cần một chuỗi, tối đa 1000 ký tự. / A text of at most 1000 characters is required."));
            return null;
        }
        return string.getString().strip();
    }

    private static LocalDate date(JsonObject body, String field, List<Problem.FieldProblem> problems) {
        JsonValue value = body.get(field);
        try {
            if (value instanceof JsonString string) {
                LocalDate date = LocalDate.parse(string.getString());
                if (date.getYear() >= 1990 && date.getYear() <= 2100) {
                    return date;
                }
            }
        } catch (DateTimeParseException e) {
            // Answered below, with the field named.
        }
        problems.add(new Problem.FieldProblem(
                field, "Cần một ngày YYYY-MM-DD (1990-2100). / A date YYYY-MM-DD (1990-2100) is required."));
        return null;
    }
}
