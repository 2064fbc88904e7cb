package vn.dieuhanh.ispeed.boundary.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.dieuhanh.ispeed.boundary.MeasurementProblem;
import vn.dieuhanh.platform.boundary.web.Problem;

/** A refused sample import or figures request: the problem's kind gives the status, its message the reason. */
@Provider
public class MeasurementRefused implements ExceptionMapper<MeasurementProblem> {
    @Override
    public Response toResponse(MeasurementProblem e) {
        Response.Status status =
                switch (e.kind()) {
                    case INVALID -> Response.Status.BAD_REQUEST;
                    case NOT_FOUND -> Response.Status.NOT_FOUND;
                    case CONFLICT -> Response.Status.CONFLICT;
                    case TOO_LARGE -> Response.Status.REQUEST_ENTITY_TOO_LARGE;
                };
        return Problem.response(status, e.getMessage());
    }
}
