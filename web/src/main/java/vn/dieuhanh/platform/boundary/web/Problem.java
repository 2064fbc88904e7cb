package vn.dieuhanh.platform.boundary.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The body of every error answer: a sentence a person understands (Vietnamese, then English)
 * and, for invalid input, one line per field.
 */
public record Problem(int status, String message, List<FieldProblem> fields) {

    public record FieldProblem(String field, String message) {}

    public static Response response(Response.Status status, String message) {
        return response(status, message, List.of());
    }

    public static Response response(Response.Status status, String message, List<FieldProblem> fields) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new Problem(status.getStatusCode(), message, fields))
                .build();
    }
}
