package vn.dieuhanh.ispeed.boundary.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dieuhanh.directive.boundary.DirectiveBoard;
import vn.dieuhanh.identity.boundary.web.Caller;
import vn.dieuhanh.identity.boundary.web.CallerReader;
import vn.dieuhanh.ispeed.boundary.MeasurementProblem;
import vn.dieuhanh.ispeed.boundary.Measurements;
import vn.dieuhanh.ispeed.boundary.SampleFormat;
import vn.dieuhanh.platform.boundary.web.Roles;
import vn.dieuhanh.reporting.boundary.MeasuredFigures;

/**
 * i-Speed sample files in (the DIC officer), their reports out, and a directive's measured
 * figures for the parties of the directive and auditors: any directive's targets that read a data
 * series, with the speed-test details only for a directive whose targets read the speed tests.
 */
@Path("measurements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeasurementsResource {

    @Inject
    Measurements measurements;

    @Inject
    DirectiveBoard board;

    @Inject
    Caller caller;

    @Inject
    CallerReader reader;

    @Context
    UriInfo uriInfo;

    @Inject
    @ConfigProperty(name = "dieuhanh.import.max-bytes", defaultValue = "209715200")
    long maxBytes;

    /**
     * Imports a sample file sent as the body: CSV ({@code text/csv}) or JSON Lines
     * ({@code application/x-ndjson}). Answers 201 with what was stored and refused.
     */
    @POST
    @Path("imports")
    @RolesAllowed(Roles.DIC_OFFICER)
    @Consumes({"text/csv", "application/x-ndjson", "application/jsonl"})
    public Response importFile(
            InputStream body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length,
            @QueryParam("name") String name) {
        SampleFormat format =
                contentType != null && contentType.startsWith("text/csv") ? SampleFormat.CSV : SampleFormat.JSON_LINES;
        Measurements.ImportReport report = measurements.importSamples(
                Uploads.limited(body, length, maxBytes), format, Uploads.fileName(name, format), caller.name());
        return Response.created(
                        uriInfo.getAbsolutePathBuilder().path(report.id()).build())
                .entity(report)
                .build();
    }

    @GET
    @Path("imports/{id}")
    @RolesAllowed({Roles.DIC_OFFICER, Roles.DIC_DIRECTOR, Roles.AUDITOR})
    public Measurements.ImportReport oneImport(@PathParam("id") String id) {
        return measurements.findImport(id).orElseThrow(() -> notFound(id));
    }

    /** The refused rows as CSV, safe to open in a spreadsheet (no cell is read as a formula). */
    @GET
    @Path("imports/{id}/errors.csv")
    @Produces("text/csv; charset=UTF-8")
    @RolesAllowed({Roles.DIC_OFFICER, Roles.DIC_DIRECTOR, Roles.AUDITOR})
    public Response errors(@PathParam("id") String id) {
        measurements.findImport(id).orElseThrow(() -> notFound(id));
        StreamingOutput csv = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            // A byte order mark, so spreadsheet programs read the Vietnamese as UTF-8.
            writer.write('\uFEFF');
            measurements.writeErrorReport(id, writer);
            writer.flush();
        };
        return Response.ok(csv)
                .header("Content-Disposition", "attachment; filename=\"loi-nhap-" + id + ".csv\"")
                .build();
    }

    /**
     * A directive's measured figures for one reporting period (from 0): {@code targets}, each with
     * its units' values, total, verdict and breakdown; for a directive reading the speed tests also
     * the samples per unit, operators, places and shortfalls as before.
     */
    @GET
    @Path("figures")
    @RolesAllowed({
        Roles.CITY_LEADER, Roles.CHIEF_OF_OFFICE, Roles.SPECIALIST, Roles.DIVISION_HEAD, Roles.RECORDS_CLERK,
        Roles.UNIT_HEAD, Roles.UNIT_OFFICER, Roles.DIC_OFFICER, Roles.DIC_DIRECTOR, Roles.MINISTRY_OFFICER,
        Roles.AUDITOR
    })
    public Object figures(
            @QueryParam("directive") @NotBlank(message = "Cần mã văn bản chỉ đạo. / The directive is required.")
                    String directiveId,
            @QueryParam("period") @NotNull(message = "Cần kỳ báo cáo (từ 0). / The period (from 0) is required.")
                    Integer period) {
        MeasuredFigures measured = board.measuredFigures(directiveId, period, reader.reader());
        return measurements.readsSpeedTests(directiveId)
                ? measurements.figures(directiveId, period).with(measured.targets())
                : measured;
    }

    private static MeasurementProblem notFound(String id) {
        return new MeasurementProblem(
                MeasurementProblem.Kind.NOT_FOUND, "Không có lần nhập " + id + ". / No import " + id + ".");
    }
}
