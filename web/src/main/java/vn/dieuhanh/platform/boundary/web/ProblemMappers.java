package vn.dieuhanh.platform.boundary.web;

import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dieuhanh.directive.boundary.DirectiveProblem;
import vn.dieuhanh.dispatch.boundary.DocumentProblem;
import vn.dieuhanh.dispatch.boundary.NoKeyException;
import vn.dieuhanh.dispatch.boundary.PdfSafety;
import vn.dieuhanh.dispatch.boundary.WrongPinException;
import vn.dieuhanh.engine.boundary.SameHandsException;
import vn.dieuhanh.engine.boundary.TaskNotOpenException;
import vn.dieuhanh.engine.boundary.TaskNotYoursException;
import vn.dieuhanh.incoming.boundary.AlreadyRegisteredException;
import vn.dieuhanh.inspection.boundary.AuditProblem;
import vn.dieuhanh.series.boundary.SeriesProblem;

/** Turns the exceptions a user can cause into 4xx answers with a message they can act on. */
public final class ProblemMappers {

    private ProblemMappers() {}

    @Provider
    public static class InvalidInput implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<Problem.FieldProblem> fields = e.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldProblem(fieldOf(v), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldProblem::field))
                    .toList();
            return Problem.response(
                    Response.Status.BAD_REQUEST, "Dữ liệu nhập chưa hợp lệ. / The input is not valid.", fields);
        }

        /** The last node of the path: "register.arg0.sender" becomes "sender". */
        private static String fieldOf(ConstraintViolation<?> violation) {
            String path = violation.getPropertyPath().toString();
            return path.substring(path.lastIndexOf('.') + 1);
        }
    }

    /** A JSON body not exactly of the documented shape and types: the field named, nothing done. */
    @Provider
    public static class StrictJsonRefused implements ExceptionMapper<StrictJson.Refused> {
        @Override
        public Response toResponse(StrictJson.Refused e) {
            return Problem.response(
                    Response.Status.BAD_REQUEST,
                    e.getMessage(),
                    List.of(new Problem.FieldProblem(e.field(), e.getMessage())));
        }
    }

    @Provider
    public static class UnreadableJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return Problem.response(
                    Response.Status.BAD_REQUEST,
                    "Không đọc được dữ liệu gửi lên (JSON sai định dạng hoặc sai kiểu, ví dụ ngày phải là yyyy-MM-dd)."
                            + " / The request body is not readable JSON of the expected shape"
                            + " (dates are yyyy-MM-dd).");
        }
    }

    @Provider
    public static class StaleTask implements ExceptionMapper<TaskNotOpenException> {
        @Override
        public Response toResponse(TaskNotOpenException e) {
            return Problem.response(Response.Status.CONFLICT, e.getMessage());
        }
    }

    @Provider
    public static class NotYours implements ExceptionMapper<TaskNotYoursException> {
        @Override
        public Response toResponse(TaskNotYoursException e) {
            return Problem.response(Response.Status.FORBIDDEN, e.getMessage());
        }
    }

    /** Separation of duties: the drafter tried to approve or sign their own draft. */
    @Provider
    public static class SameHands implements ExceptionMapper<SameHandsException> {
        @Override
        public Response toResponse(SameHandsException e) {
            return Problem.response(Response.Status.FORBIDDEN, e.getMessage());
        }
    }

    @Provider
    public static class DirectiveRefused implements ExceptionMapper<DirectiveProblem> {
        @Override
        public Response toResponse(DirectiveProblem e) {
            Response.Status status =
                    switch (e.kind()) {
                        case INVALID -> Response.Status.BAD_REQUEST;
                        case NOT_FOUND -> Response.Status.NOT_FOUND;
                        case CONFLICT -> Response.Status.CONFLICT;
                        case FORBIDDEN -> Response.Status.FORBIDDEN;
                    };
            return Problem.response(status, e.getMessage());
        }
    }

    @Provider
    public static class DocumentRefused implements ExceptionMapper<DocumentProblem> {
        @Override
        public Response toResponse(DocumentProblem e) {
            Response.Status status =
                    switch (e.kind()) {
                        case INVALID -> Response.Status.BAD_REQUEST;
                        case NOT_FOUND -> Response.Status.NOT_FOUND;
                        case CONFLICT -> Response.Status.CONFLICT;
                        case FORBIDDEN -> Response.Status.FORBIDDEN;
                        case TOO_LARGE -> Response.Status.REQUEST_ENTITY_TOO_LARGE;
                    };
            return Problem.response(status, e.getMessage());
        }
    }

    @Provider
    public static class SeriesRefused implements ExceptionMapper<SeriesProblem> {
        @Override
        public Response toResponse(SeriesProblem e) {
            Response.Status status =
                    switch (e.kind()) {
                        case INVALID -> Response.Status.BAD_REQUEST;
                        case TOO_LARGE -> Response.Status.REQUEST_ENTITY_TOO_LARGE;
                        case CONFLICT -> Response.Status.CONFLICT;
                    };
            return Problem.response(status, e.getMessage());
        }
    }

    @Provider
    public static class AuditRefused implements ExceptionMapper<AuditProblem> {
        @Override
        public Response toResponse(AuditProblem e) {
            Response.Status status =
                    switch (e.kind()) {
                        case INVALID -> Response.Status.BAD_REQUEST;
                        case NOT_FOUND -> Response.Status.NOT_FOUND;
                        case FORBIDDEN -> Response.Status.FORBIDDEN;
                    };
            return Problem.response(status, e.getMessage());
        }
    }

    /** A wrong PIN: nothing was signed; the person may type it again. */
    @Provider
    public static class WrongPin implements ExceptionMapper<WrongPinException> {
        @Override
        public Response toResponse(WrongPinException e) {
            return Problem.response(
                    Response.Status.BAD_REQUEST,
                    "Mã PIN không đúng, văn bản chưa được ký. / Wrong PIN; nothing was signed.");
        }
    }

    @Provider
    public static class NoKey implements ExceptionMapper<NoKeyException> {
        @Override
        public Response toResponse(NoKeyException e) {
            return Problem.response(Response.Status.CONFLICT, e.getMessage());
        }
    }

    /** An upload refused at the door: too large, not a PDF, encrypted or carrying active content. */
    @Provider
    public static class UnsafeUpload implements ExceptionMapper<PdfSafety.UnsafePdfException> {
        @Override
        public Response toResponse(PdfSafety.UnsafePdfException e) {
            boolean tooLarge = e.getMessage().startsWith("Tệp quá lớn");
            return Problem.response(
                    tooLarge ? Response.Status.REQUEST_ENTITY_TOO_LARGE : Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    @Provider
    public static class DuplicateRegistration implements ExceptionMapper<AlreadyRegisteredException> {
        @Override
        public Response toResponse(AlreadyRegisteredException e) {
            return Problem.response(Response.Status.CONFLICT, e.getMessage());
        }
    }

    /**
     * Keeps the status of the API's own 4xx answers, with a readable body. The framework's own
     * refusals (no such path, method, media type) carry its codes ("RESTEASY003065") in English:
     * they are answered with our sentence for the status instead.
     */
    @Provider
    public static class Http implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.Status status =
                    Response.Status.fromStatusCode(e.getResponse().getStatus());
            if (status == null) {
                status = Response.Status.INTERNAL_SERVER_ERROR;
            }
            if (e.getResponse().getEntity() instanceof Problem) {
                // Built by us already (a strict body's refusal, with its field).
                return e.getResponse();
            }
            if (status == Response.Status.FORBIDDEN) {
                // The server's own refusal by role says only "Unauthorized".
                return Problem.response(
                        status,
                        "Vai trò của bạn không được thực hiện thao tác này. / Your role does not allow this action.");
            }
            String message = e.getMessage();
            if (message != null && message.contains("Unable to extract parameter")) {
                // A query or path parameter of the wrong type ("period=abc"): the request's fault.
                return Problem.response(
                        Response.Status.BAD_REQUEST,
                        "Tham số trên đường dẫn hoặc truy vấn sai kiểu (ví dụ số, ngày). / A path or query"
                                + " parameter has the wrong type (a number, a date).");
            }
            boolean ours = message != null && message.contains(" / ") && !message.startsWith("RESTEASY");
            return Problem.response(status, ours ? message : sentenceFor(status));
        }

        static String sentenceFor(Response.Status status) {
            return switch (status) {
                case BAD_REQUEST -> "Yêu cầu không hợp lệ. / The request is not valid.";
                case UNAUTHORIZED -> "Cần đăng nhập. / Sign-in is required.";
                case NOT_FOUND -> "Không tìm thấy. / Not found.";
                case METHOD_NOT_ALLOWED -> "Phương thức HTTP này không dùng được ở đây. / This HTTP method is not"
                        + " allowed here.";
                case NOT_ACCEPTABLE -> "Không có dạng trả lời phù hợp với Accept (dùng application/json). / No answer"
                        + " matches the Accept header (use application/json).";
                case UNSUPPORTED_MEDIA_TYPE -> "Kiểu nội dung (Content-Type) không được nhận ở đây (xem tài liệu API,"
                        + " thường là application/json). / The Content-Type is not accepted here (see the API"
                        + " documentation; usually application/json).";
                case CONFLICT -> "Xung đột với trạng thái hiện tại. / Conflicts with the current state.";
                case REQUEST_ENTITY_TOO_LARGE -> "Dữ liệu gửi lên quá lớn. / The request body is too large.";
                default -> status.getStatusCode() >= 500
                        ? "Hệ thống gặp lỗi, thao tác chưa được thực hiện. / The system failed and nothing was done."
                        : "Yêu cầu bị từ chối. / The request was refused.";
            };
        }
    }

    /**
     * Anything else is our fault: logged in full, answered with a sentence and no internals, so no
     * stack trace or SQL reaches the caller.
     */
    @Provider
    public static class Unexpected implements ExceptionMapper<Exception> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(Exception e) {
            LOG.log(Level.SEVERE, "Unexpected error in the API", e);
            return Problem.response(
                    Response.Status.INTERNAL_SERVER_ERROR,
                    "Hệ thống gặp lỗi, thao tác chưa được thực hiện; vui lòng thử lại hoặc báo quản trị."
                            + " / The system failed and nothing was done; please retry or tell the administrator.");
        }
    }
}
