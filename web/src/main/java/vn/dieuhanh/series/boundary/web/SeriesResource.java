package vn.dieuhanh.series.boundary.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dieuhanh.identity.boundary.web.Caller;
import vn.dieuhanh.platform.boundary.web.Roles;
import vn.dieuhanh.series.boundary.SeriesFormat;
import vn.dieuhanh.series.boundary.SeriesImports;
import vn.dieuhanh.series.boundary.SeriesProblem;

/**
 * Data series files in: any series a measured target may read, by the officer of the consolidating
 * department who imports measurement data (the same role as the speed-test import).
 */
@Path("series")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SeriesResource {

    @Inject
    SeriesImports imports;

    @Inject
    Caller caller;

    @Inject
    @ConfigProperty(name = "dieuhanh.import.max-bytes", defaultValue = "209715200")
    long maxBytes;

    /**
     * Imports a file sent as the body into the series {@code code}: CSV ({@code text/csv}) or JSON
     * Lines ({@code application/x-ndjson}). Answers 201 with what was stored, or 400 naming the line
     * and column of the first fault, nothing stored.
     */
    @POST
    @Path("{code}/import")
    @RolesAllowed(Roles.DIC_OFFICER)
    @Consumes({"text/csv", "application/x-ndjson", "application/jsonl"})
    public Response importFile(
            @PathParam("code") String code,
            InputStream body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length,
            @QueryParam("name") String name) {
        if (length != null && length > maxBytes) {
            throw new SeriesProblem(
                    String.format(
                            Locale.ROOT,
                            "Tệp quá lớn (tối đa %d MB). / The file is too large (at most %d MB).",
                            maxBytes / (1024 * 1024),
                            maxBytes / (1024 * 1024)),
                    true);
        }
        SeriesFormat format =
                contentType != null && contentType.startsWith("text/csv") ? SeriesFormat.CSV : SeriesFormat.JSON_LINES;
        String fileName = name == null || name.isBlank()
                ? code + (format == SeriesFormat.CSV ? ".csv" : ".jsonl")
                // Shown back and stored, never used as a path.
                : name.strip().replaceAll("[\\p{Cntrl}/\\\\]", "_");
        SeriesImports.ImportReport report = imports.importFile(
                code, body, format, fileName.length() > 200 ? fileName.substring(0, 200) : fileName, caller.name());
        return Response.status(Response.Status.CREATED).entity(report).build();
    }
}
