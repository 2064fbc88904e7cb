package vn.dieuhanh.directive.boundary.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import vn.dieuhanh.directive.boundary.Actor;
import vn.dieuhanh.directive.boundary.CycleRequest;
import vn.dieuhanh.directive.boundary.DirectiveCreated;
import vn.dieuhanh.directive.boundary.DirectiveRequest;
import vn.dieuhanh.directive.boundary.DirectiveStatus;
import vn.dieuhanh.directive.boundary.Directives;
import vn.dieuhanh.directive.boundary.NewDirective;
import vn.dieuhanh.directive.boundary.Reporting;
import vn.dieuhanh.directive.boundary.TargetRequest;
import vn.dieuhanh.identity.boundary.web.Caller;
import vn.dieuhanh.identity.boundary.web.CallerReader;
import vn.dieuhanh.platform.boundary.web.MultiLine;
import vn.dieuhanh.platform.boundary.web.Roles;
import vn.dieuhanh.platform.boundary.web.Text;
import vn.dieuhanh.reporting.boundary.web.ReportBody;

/**
 * A directive's life over HTTP. Each action names the task it completes; the facade checks that
 * the task is open, at that step, of this directive and offered to one of the caller's units.
 */
@Path("directives")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DirectivesResource {

    private static final String BODY_MISSING = "Thiếu dữ liệu. / The body is missing.";

    @Inject
    Directives directives;

    @Inject
    Reporting reporting;

    @Inject
    Caller caller;

    @Inject
    CallerReader reader;

    @Context
    UriInfo uriInfo;

    public record CreateRequest(
            @NotBlank(message = "Cần chọn công việc cho ý kiến chỉ đạo. / The opinion task is required.")
                    String opinionTaskId,
            @NotBlank(message = "Cần mã văn bản chỉ đạo. / The code is required.")
                    @Pattern(
                            regexp = "[A-Z0-9][A-Z0-9-]{2,59}",
                            message = "Mã gồm chữ in hoa, số và dấu gạch ngang (3-60 ký tự). / The code has 3-60"
                                    + " capital letters, digits and hyphens.")
                    String code,
            @NotBlank(message = "Cần trích yếu. / The subject is required.")
                    @Size(max = 500, message = "Trích yếu tối đa 500 ký tự. / The subject has at most 500 characters.")
                    String subject,
            @MultiLine
                    @NotBlank(message = "Cần nội dung ý kiến chỉ đạo. / The opinion is required.")
                    @Size(max = 4000, message = "Ý kiến tối đa 4000 ký tự. / The opinion has at most 4000 characters.")
                    String opinion,
            @NotBlank(message = "Cần phòng chủ trì soạn thảo. / The lead division is required.") String leadUnit,
            // Both optional: no consolidating unit, no consolidated report; no receiver, the
            // consolidated report stays in the city (see DirectiveUnits).
            String consolidatingUnit,
            String receiverUnit,
            @NotEmpty(message = "Cần ít nhất một đơn vị nhận. / At least one recipient is required.")
                    @Size(
                            max = DirectiveRequest.MAX_RECIPIENTS,
                            message = "Tối đa 5.000 đơn vị nhận. / At most 5,000 recipients.")
                    List<@NotBlank(message = "Mã đơn vị nhận không được trống. / A recipient code is blank.") String>
                            recipients,
            // Without them, a template's (see template).
            @Size(max = 30, message = "Tối đa 30 chỉ tiêu. / At most 30 targets.")
                    List<@Valid @NotNull(message = "Chỉ tiêu không được trống. / A target is empty.") TargetRequest>
                            targets,
            @NotNull(message = "Cần chu kỳ báo cáo. / The reporting cycle is required.") @Valid CycleRequest cycle,
            // A directive template's code: the targets, the units that consolidate and receive
            // and the cycle's fields the request leaves out are the template's.
            @Size(max = 60, message = "Mã mẫu tối đa 60 ký tự. / A template code has at most 60 characters.")
                    String template) {}

    public record TaskRequest(@NotBlank(message = "Cần chọn công việc. / The task is required.") String taskId) {}

    public record DecisionRequest(
            @NotBlank(message = "Cần chọn công việc. / The task is required.") String taskId,
            @NotNull(message = "Cần quyết định đồng ý hay trả lại. / Approve or return is required.") Boolean approved,
            @MultiLine @Size(max = 2000, message = "Lý do tối đa 2000 ký tự. / The reason has at most 2000 characters.")
                    String reason) {}

    /** A decision that signs when it approves: the PIN unlocks the signer's key for this one signature. */
    public record SigningDecisionRequest(
            @NotBlank(message = "Cần chọn công việc. / The task is required.") String taskId,
            @NotNull(message = "Cần quyết định đồng ý hay trả lại. / Approve or return is required.") Boolean approved,
            @MultiLine @Size(max = 2000, message = "Lý do tối đa 2000 ký tự. / The reason has at most 2000 characters.")
                    String reason,
            @Size(max = 64, message = "Mã PIN tối đa 64 ký tự. / The PIN has at most 64 characters.") String pin) {
        char[] pinChars() {
            return pin == null ? null : pin.toCharArray();
        }
    }

    /** The draft letter: the body's paragraphs as the specialist wrote them, or none to draft from the opinion. */
    public record DraftRequest(
            @NotBlank(message = "Cần chọn công việc. / The task is required.") String taskId,
            @MultiLine @Size(max = 50, message = "Tối đa 50 đoạn. / At most 50 paragraphs.")
                    List<
                                    @NotBlank(message = "Đoạn văn không được trống. / A paragraph is blank.")
                                    @Size(
                                            max = 4000,
                                            message =
                                                    "Mỗi đoạn tối đa 4000 ký tự. / A paragraph has at most 4000 characters.")
                                    String>
                            body) {}

    public record AssignmentRequest(
            @NotBlank(message = "Cần chọn công việc. / The task is required.") String taskId,
            String officer,
            @Size(
                            max = DirectiveRequest.MAX_RECIPIENTS,
                            message = "Tối đa 5.000 đơn vị cấp dưới. / At most 5,000 sub-units.")
                    List<@NotBlank(message = "Mã đơn vị không được trống. / A unit code is blank.") String>
                            forwardTo) {}

    public record ClosureRequest(
            @MultiLine
                    @NotBlank(message = "Cần nêu lý do kết thúc. / The reason is required.")
                    @Size(max = 2000, message = "Lý do tối đa 2000 ký tự. / The reason has at most 2000 characters.")
                    String reason) {}

    @POST
    @RolesAllowed(Roles.CITY_LEADER)
    public Response create(@Valid @NotNull(message = BODY_MISSING) CreateRequest request) {
        NewDirective spec;
        try {
            spec = new DirectiveRequest(
                            request.code(),
                            Text.clean(request.subject()),
                            Text.clean(request.opinion()),
                            request.leadUnit().strip(),
                            request.consolidatingUnit(),
                            request.receiverUnit(),
                            request.recipients().stream().map(String::strip).toList(),
                            request.targets(),
                            request.cycle(),
                            request.template())
                    .toNewDirective();
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        DirectiveCreated created = directives.register(request.opinionTaskId(), caller.taskGroups(), actor(), spec);
        return Response.created(
                        uriInfo.getAbsolutePathBuilder().path(created.id()).build())
                .entity(created)
                .build();
    }

    /** A directive found by its code, which is what tasks and letters show (the task's case reference). */
    @GET
    @RolesAllowed({
        Roles.CITY_LEADER, Roles.CHIEF_OF_OFFICE, Roles.SPECIALIST, Roles.DIVISION_HEAD, Roles.RECORDS_CLERK,
        Roles.UNIT_HEAD, Roles.UNIT_OFFICER, Roles.DIC_OFFICER, Roles.DIC_DIRECTOR, Roles.MINISTRY_OFFICER,
        Roles.AUDITOR
    })
    public DirectiveStatus byCode(
            @QueryParam("code") @NotBlank(message = "Cần mã văn bản chỉ đạo. / The code is required.") String code) {
        return directives.status(directives.idOf(code.strip()), reader.reader());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({
        Roles.CITY_LEADER, Roles.CHIEF_OF_OFFICE, Roles.SPECIALIST, Roles.DIVISION_HEAD, Roles.RECORDS_CLERK,
        Roles.UNIT_HEAD, Roles.UNIT_OFFICER, Roles.DIC_OFFICER, Roles.DIC_DIRECTOR, Roles.MINISTRY_OFFICER,
        Roles.AUDITOR
    })
    public DirectiveStatus status(@PathParam("id") String id) {
        return directives.status(id, reader.reader());
    }

    @POST
    @Path("{id}/draft")
    @RolesAllowed(Roles.SPECIALIST)
    public Response draft(@PathParam("id") String id, @Valid @NotNull(message = BODY_MISSING) DraftRequest request) {
        directives.draft(
                id,
                request.taskId(),
                caller.taskGroups(),
                actor(),
                request.body() == null
                        ? List.of()
                        : request.body().stream().map(Text::clean).toList());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/review")
    @RolesAllowed(Roles.DIVISION_HEAD)
    public Response review(
            @PathParam("id") String id, @Valid @NotNull(message = BODY_MISSING) DecisionRequest request) {
        directives.review(id, request.taskId(), caller.taskGroups(), request.approved(), Text.clean(request.reason()));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/signature")
    @RolesAllowed(Roles.CHIEF_OF_OFFICE)
    public Response sign(
            @PathParam("id") String id, @Valid @NotNull(message = BODY_MISSING) SigningDecisionRequest request) {
        directives.sign(
                id,
                request.taskId(),
                caller.taskGroups(),
                actor(),
                request.approved(),
                Text.clean(request.reason()),
                request.pinChars());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/issue")
    @RolesAllowed(Roles.RECORDS_CLERK)
    public Response issue(@PathParam("id") String id, @Valid @NotNull(message = BODY_MISSING) TaskRequest request) {
        directives.issue(id, request.taskId(), caller.taskGroups(), actor());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/units/{unit}/assignment")
    // An officer may take the head's step while acting for the head (a delegation); the task check
    // below refuses anyone the task is not offered to.
    @RolesAllowed({Roles.UNIT_HEAD, Roles.UNIT_OFFICER})
    public Response assign(
            @PathParam("id") String id,
            @PathParam("unit") String unit,
            @Valid @NotNull(message = BODY_MISSING) AssignmentRequest request) {
        boolean forwarding = request.forwardTo() != null && !request.forwardTo().isEmpty();
        boolean assigning = request.officer() != null && !request.officer().isBlank();
        if (forwarding == assigning) {
            throw new BadRequestException("Chọn hoặc một cán bộ đầu mối, hoặc các đơn vị cấp dưới."
                    + " / Choose either an officer or sub-units, not both or neither.");
        }
        if (forwarding) {
            directives.forward(
                    id,
                    unit,
                    request.taskId(),
                    caller.taskGroups(),
                    actor(),
                    request.forwardTo().stream().map(String::strip).toList());
        } else {
            directives.assign(
                    id,
                    unit,
                    request.taskId(),
                    caller.taskGroups(),
                    actor(),
                    request.officer().strip());
        }
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/units/{unit}/report")
    @RolesAllowed(Roles.UNIT_OFFICER)
    public Response report(@PathParam("id") String id, @PathParam("unit") String unit, JsonObject body) {
        ReportBody request = ReportBody.read(body);
        directives.report(id, unit, request.taskId(), caller.taskGroups(), actor(), request.note(), request.values());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/units/{unit}/report-approval")
    // An officer may take the head's step while acting for the head (a delegation); the task check
    // below refuses anyone the task is not offered to.
    @RolesAllowed({Roles.UNIT_HEAD, Roles.UNIT_OFFICER})
    public Response approveReport(
            @PathParam("id") String id,
            @PathParam("unit") String unit,
            @Valid @NotNull(message = BODY_MISSING) SigningDecisionRequest request) {
        directives.approveReport(
                id,
                unit,
                request.taskId(),
                caller.taskGroups(),
                actor(),
                request.approved(),
                Text.clean(request.reason()),
                request.pinChars());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/consolidation")
    @RolesAllowed(Roles.DIC_OFFICER)
    public Response consolidate(
            @PathParam("id") String id, @Valid @NotNull(message = BODY_MISSING) TaskRequest request) {
        directives.consolidate(id, request.taskId(), caller.taskGroups(), actor());
        return Response.noContent().build();
    }

    /**
     * The consolidating officer's reminders in one action to every recipient without a report for
     * the consolidation's period or missing a judged target; a unit reminded this way for the
     * period is not reminded again.
     */
    @POST
    @Path("{id}/consolidation-reminders")
    @RolesAllowed(Roles.DIC_OFFICER)
    public Reporting.Reminded remindLagging(
            @PathParam("id") String id, @Valid @NotNull(message = BODY_MISSING) TaskRequest request) {
        return reporting.remindLagging(id, request.taskId(), caller.taskGroups(), actor());
    }

    @POST
    @Path("{id}/consolidation-signature")
    @RolesAllowed(Roles.DIC_DIRECTOR)
    public Response signConsolidated(
            @PathParam("id") String id, @Valid @NotNull(message = BODY_MISSING) SigningDecisionRequest request) {
        directives.signConsolidated(
                id,
                request.taskId(),
                caller.taskGroups(),
                actor(),
                request.approved(),
                Text.clean(request.reason()),
                request.pinChars());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/acknowledgement")
    @RolesAllowed(Roles.MINISTRY_OFFICER)
    public Response acknowledge(
            @PathParam("id") String id, @Valid @NotNull(message = BODY_MISSING) TaskRequest request) {
        directives.acknowledge(id, request.taskId(), caller.taskGroups());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/closure")
    @RolesAllowed(Roles.CITY_LEADER)
    public Response close(@PathParam("id") String id, @Valid @NotNull(message = BODY_MISSING) ClosureRequest request) {
        directives.close(id, caller.taskGroups(), Text.clean(request.reason()));
        return Response.noContent().build();
    }

    private Actor actor() {
        return caller.actor();
    }
}
