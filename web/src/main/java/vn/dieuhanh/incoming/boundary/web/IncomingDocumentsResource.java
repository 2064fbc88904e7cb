package vn.dieuhanh.incoming.boundary.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.dieuhanh.engine.boundary.OpenTask;
import vn.dieuhanh.identity.boundary.web.Caller;
import vn.dieuhanh.incoming.boundary.IncomingDocuments;
import vn.dieuhanh.incoming.boundary.Receipt;
import vn.dieuhanh.incoming.boundary.RegisteredDocument;
import vn.dieuhanh.incoming.boundary.Registration;
import vn.dieuhanh.incoming.boundary.Reminder;
import vn.dieuhanh.platform.boundary.web.Roles;
import vn.dieuhanh.platform.boundary.web.Text;

/** The incoming register over HTTP. Parses and validates, then hands over to {@link IncomingDocuments}. */
@Path("incoming-documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IncomingDocumentsResource {

    @Inject
    IncomingDocuments incomingDocuments;

    @Inject
    Caller caller;

    @Context
    UriInfo uriInfo;

    public record ReceiptRequest(
            @NotBlank(message = "Cần nhập trích yếu văn bản. / The subject is required.")
                    @Size(max = 500, message = "Trích yếu tối đa 500 ký tự. / The subject has at most 500 characters.")
                    String subject,
            @FutureOrPresent(message = "Hạn vào sổ không được ở quá khứ. / The registration deadline cannot be past.")
                    OffsetDateTime registrationDue) {}

    public record RegistrationRequest(
            @NotBlank(message = "Cần chọn công việc vào sổ. / The registration task is required.") String taskId,
            @NotBlank(message = "Cần nhập cơ quan gửi. / The sender is required.")
                    @Size(max = 300, message = "Cơ quan gửi tối đa 300 ký tự. / The sender has at most 300 characters.")
                    String sender,
            @NotBlank(message = "Cần nhập số, ký hiệu văn bản. / The document's number is required.")
                    @Size(max = 100, message = "Số, ký hiệu tối đa 100 ký tự. / The number has at most 100 characters.")
                    String senderReference,
            @NotNull(message = "Cần nhập ngày văn bản. / The document's date is required.")
                    @PastOrPresent(
                            message =
                                    "Ngày văn bản không được ở tương lai. / The document's date cannot be in the future.")
                    LocalDate documentDate,
            @NotBlank(message = "Cần nhập trích yếu. / The subject is required.")
                    @Size(max = 500, message = "Trích yếu tối đa 500 ký tự. / The subject has at most 500 characters.")
                    String subject,
            LocalDate handlingDue) {}

    public record IncomingDocumentView(
            String id,
            String incomingNumber,
            int registerYear,
            String sender,
            String senderReference,
            LocalDate documentDate,
            String subject,
            OffsetDateTime receivedAt,
            OffsetDateTime registeredAt,
            String registeredBy,
            LocalDate handlingDue,
            String processInstanceId) {

        static IncomingDocumentView of(RegisteredDocument d) {
            return new IncomingDocumentView(
                    d.id(),
                    // Decree 30 writes numbers below 10 with a leading zero.
                    String.format("%02d", d.incomingNumber()),
                    d.registerYear(),
                    d.sender(),
                    d.senderReference(),
                    d.documentDate(),
                    d.subject(),
                    d.receivedAt(),
                    d.registeredAt(),
                    d.registeredBy(),
                    d.handlingDue(),
                    d.processInstanceId());
        }
    }

    public record ReceiptStatus(
            String processInstanceId, List<OpenTask> openTasks, long registered, List<Reminder> reminders) {}

    @POST
    @Path("receipts")
    @RolesAllowed(Roles.RECORDS_CLERK)
    public Response receive(@Valid @NotNull(message = "Thiếu dữ liệu. / The body is missing.") ReceiptRequest request) {
        Receipt receipt = incomingDocuments.receive(Text.clean(request.subject()), request.registrationDue());
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(receipt.processInstanceId())
                        .build())
                .entity(receipt)
                .build();
    }

    @GET
    @Path("receipts/{processInstanceId}")
    @RolesAllowed({Roles.RECORDS_CLERK, Roles.AUDITOR})
    public ReceiptStatus receipt(@PathParam("processInstanceId") String processInstanceId) {
        if (!incomingDocuments.isReceipt(processInstanceId)) {
            // Another kind of case (a directive, a unit's report) is not the register's to show.
            throw new NotFoundException("Không có văn bản đến nào được tiếp nhận với mã quy trình này. / No incoming"
                    + " document was received under this process id.");
        }
        return new ReceiptStatus(
                processInstanceId,
                incomingDocuments.openTasksOf(processInstanceId),
                incomingDocuments.countRegisteredFor(processInstanceId),
                incomingDocuments.remindersFor(processInstanceId));
    }

    @POST
    @RolesAllowed(Roles.RECORDS_CLERK)
    public Response register(
            @Valid @NotNull(message = "Thiếu dữ liệu. / The body is missing.") RegistrationRequest request) {
        var registration = new Registration(
                Text.clean(request.sender()),
                Text.clean(request.senderReference()),
                request.documentDate(),
                Text.clean(request.subject()),
                request.handlingDue());
        RegisteredDocument document =
                incomingDocuments.register(request.taskId(), registration, caller.name(), caller.taskGroups());
        return Response.created(
                        uriInfo.getAbsolutePathBuilder().path(document.id()).build())
                .entity(IncomingDocumentView.of(document))
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.RECORDS_CLERK, Roles.CITY_LEADER, Roles.AUDITOR})
    public IncomingDocumentView document(@PathParam("id") String id) {
        return incomingDocuments
                .find(id)
                .map(IncomingDocumentView::of)
                .orElseThrow(() -> new NotFoundException("Không tìm thấy văn bản. / No such document."));
    }
}
