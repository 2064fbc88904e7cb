package vn.dieuhanh.inspection.boundary.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.dieuhanh.identity.boundary.web.Caller;
import vn.dieuhanh.identity.boundary.web.CallerReader;
import vn.dieuhanh.inspection.boundary.AuditExports;
import vn.dieuhanh.inspection.boundary.AuditProblem;
import vn.dieuhanh.inspection.boundary.AuditSearch;
import vn.dieuhanh.inspection.boundary.Audits;
import vn.dieuhanh.inspection.boundary.ChainCheck;
import vn.dieuhanh.inspection.boundary.TrailEvent;
import vn.dieuhanh.platform.boundary.CityTime;
import vn.dieuhanh.platform.boundary.DateWindow;
import vn.dieuhanh.platform.boundary.web.Roles;
import vn.dieuhanh.platform.boundary.web.Text;

/**
 * The audit over HTTP: only GETs, so nothing here changes anything, for auditors or anyone.
 * Auditors see every directive and may search across them and verify the chain; the other roles
 * see the trail of directives their units take part in (others answer 404, as for the directive).
 */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    static final ZoneId ZONE = CityTime.ZONE;
    private static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    Audits audits;

    @Inject
    AuditExports exports;

    @Inject
    Caller caller;

    @Inject
    CallerReader reader;

    /** A page of a directive's trail (by id or code), oldest first; {@code from} and {@code to} are days. */
    @GET
    @Path("directives/{id}/trail")
    @RolesAllowed({
        Roles.CITY_LEADER, Roles.CHIEF_OF_OFFICE, Roles.SPECIALIST, Roles.DIVISION_HEAD, Roles.RECORDS_CLERK,
        Roles.UNIT_HEAD, Roles.UNIT_OFFICER, Roles.DIC_OFFICER, Roles.DIC_DIRECTOR, Roles.MINISTRY_OFFICER,
        Roles.AUDITOR
    })
    public Audits.Trail trail(
            @PathParam("id") String id,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("500") int limit) {
        return audits.trail(id, reader.reader(), start(from), end(to), offset, limit);
    }

    @GET
    @Path("directives/{id}/trail.csv")
    @Produces(CSV)
    @RolesAllowed({
        Roles.CITY_LEADER, Roles.CHIEF_OF_OFFICE, Roles.SPECIALIST, Roles.DIVISION_HEAD, Roles.RECORDS_CLERK,
        Roles.UNIT_HEAD, Roles.UNIT_OFFICER, Roles.DIC_OFFICER, Roles.DIC_DIRECTOR, Roles.MINISTRY_OFFICER,
        Roles.AUDITOR
    })
    public Response trailCsv(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        Audits.Trail trail = audits.trail(id, reader.reader(), start(from), end(to), 0, Audits.MAX_PAGE);
        // Beyond the largest answer the file is cut: said in a header, narrowed by from and to.
        return Response.fromResponse(csv(trail.events(), "nhat-ky-" + trail.code() + ".csv"))
                .header("X-Truncated", trail.more())
                .build();
    }

    @GET
    @Path("directives/{id}/trail.json")
    @RolesAllowed({
        Roles.CITY_LEADER, Roles.CHIEF_OF_OFFICE, Roles.SPECIALIST, Roles.DIVISION_HEAD, Roles.RECORDS_CLERK,
        Roles.UNIT_HEAD, Roles.UNIT_OFFICER, Roles.DIC_OFFICER, Roles.DIC_DIRECTOR, Roles.MINISTRY_OFFICER,
        Roles.AUDITOR
    })
    public Response trailJson(
            @PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        Audits.Trail trail = audits.trail(id, reader.reader(), start(from), end(to), 0, Audits.MAX_PAGE);
        return Response.ok(trail)
                .header("Content-Disposition", "attachment; filename=\"nhat-ky-" + trail.code() + ".json\"")
                .header("X-Truncated", trail.more())
                .build();
    }

    /** The official report of one directive's trail, with the chain's verification at the end. */
    @GET
    @Path("directives/{id}/report.pdf")
    @Produces("application/pdf")
    @RolesAllowed(Roles.AUDITOR)
    public Response directiveReport(@PathParam("id") String id) {
        Audits.Trail trail = audits.trail(id, reader.reader(), null, null, 0, Audits.MAX_PAGE);
        byte[] pdf = exports.pdf(
                "văn bản chỉ đạo " + trail.code() + " (" + trail.subject() + ")",
                trail.events(),
                trail.more(),
                audits.verify(),
                caller.displayName());
        return pdf(pdf, "bao-cao-kiem-tra-" + trail.code() + ".pdf");
    }

    /** The official report of every recorded event in a date range (auditors only). */
    @GET
    @Path("report.pdf")
    @Produces("application/pdf")
    @RolesAllowed(Roles.AUDITOR)
    public Response rangeReport(@QueryParam("from") String from, @QueryParam("to") String to) {
        if (from == null || to == null) {
            throw new AuditProblem(
                    AuditProblem.Kind.INVALID,
                    "Cần khoảng ngày from, to (yyyy-MM-dd). / A date range from, to (yyyy-MM-dd) is required.");
        }
        List<TrailEvent> events = audits.search(
                new AuditSearch(null, null, null, start(from), end(to), null), reader.reader(), 0, Audits.MAX_PAGE);
        byte[] pdf = exports.pdf(
                "từ ngày " + from + " đến ngày " + to,
                events,
                events.size() == Audits.MAX_PAGE,
                audits.verify(),
                caller.displayName());
        return pdf(pdf, "bao-cao-kiem-tra-" + from + "-" + to + ".pdf");
    }

    /** Search by directive, unit, person, date range and kind of event (each optional). */
    @GET
    @Path("search")
    @RolesAllowed({
        Roles.CITY_LEADER, Roles.CHIEF_OF_OFFICE, Roles.SPECIALIST, Roles.DIVISION_HEAD, Roles.RECORDS_CLERK,
        Roles.UNIT_HEAD, Roles.UNIT_OFFICER, Roles.DIC_OFFICER, Roles.DIC_DIRECTOR, Roles.MINISTRY_OFFICER,
        Roles.AUDITOR
    })
    public List<TrailEvent> search(
            @QueryParam("directive") String directive,
            @QueryParam("unit") String unit,
            @QueryParam("person") String person,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("kind") String kind,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("500") int limit) {
        return audits.search(criteria(directive, unit, person, from, to, kind), reader.reader(), offset, limit);
    }

    @GET
    @Path("search.csv")
    @Produces(CSV)
    @RolesAllowed({
        Roles.CITY_LEADER, Roles.CHIEF_OF_OFFICE, Roles.SPECIALIST, Roles.DIVISION_HEAD, Roles.RECORDS_CLERK,
        Roles.UNIT_HEAD, Roles.UNIT_OFFICER, Roles.DIC_OFFICER, Roles.DIC_DIRECTOR, Roles.MINISTRY_OFFICER,
        Roles.AUDITOR
    })
    public Response searchCsv(
            @QueryParam("directive") String directive,
            @QueryParam("unit") String unit,
            @QueryParam("person") String person,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("kind") String kind) {
        return csv(
                audits.search(criteria(directive, unit, person, from, to, kind), reader.reader(), 0, Audits.MAX_PAGE),
                "nhat-ky.csv");
    }

    /** Walks the whole chain: intact, or the first broken link. */
    @GET
    @Path("verification")
    @RolesAllowed(Roles.AUDITOR)
    public ChainCheck verify() {
        return audits.verify();
    }

    /** The models the directive ran on (BPMN XML) and how often each step ran, per unit, with the open ones. */
    @GET
    @Path("directives/{id}/diagram")
    @RolesAllowed({
        Roles.CITY_LEADER, Roles.CHIEF_OF_OFFICE, Roles.SPECIALIST, Roles.DIVISION_HEAD, Roles.RECORDS_CLERK,
        Roles.UNIT_HEAD, Roles.UNIT_OFFICER, Roles.DIC_OFFICER, Roles.DIC_DIRECTOR, Roles.MINISTRY_OFFICER,
        Roles.AUDITOR
    })
    public Audits.Diagram diagram(@PathParam("id") String id) {
        return audits.diagram(id, reader.reader());
    }

    private static AuditSearch criteria(
            String directive, String unit, String person, String from, String to, String kind) {
        return new AuditSearch(blank(directive), blank(unit), blank(person), start(from), end(to), blank(kind));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : Text.clean(value).strip();
    }

    static OffsetDateTime start(String day) {
        LocalDate date = day(day);
        return date == null ? null : date.atStartOfDay(ZONE).toOffsetDateTime();
    }

    /** The end of a range is the whole of its last day. */
    static OffsetDateTime end(String day) {
        LocalDate date = day(day);
        return date == null ? null : date.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime();
    }

    private static LocalDate day(String day) {
        if (day == null || day.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            throw new AuditProblem(
                    AuditProblem.Kind.INVALID,
                    "Ngày phải có dạng yyyy-MM-dd: " + day + " / Dates are yyyy-MM-dd: " + day);
        }
        if (!DateWindow.contains(date)) {
            // 0001-01-01 or 9999-12-31 overflowed the search and the report's calendar.
            throw new AuditProblem(
                    AuditProblem.Kind.INVALID,
                    "Ngày " + day.strip() + ": " + DateWindow.MESSAGE_VI + ". / Date " + day.strip() + ": "
                            + DateWindow.MESSAGE_EN + ".");
        }
        return date;
    }

    private static Response csv(List<TrailEvent> events, String file) {
        StreamingOutput body = out -> {
            var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            // A byte-order mark, so a spreadsheet opens Vietnamese text as UTF-8.
            writer.write('\uFEFF');
            AuditExports.csv(events, writer);
            writer.flush();
        };
        return Response.ok(body, CSV)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .build();
    }

    private static Response pdf(byte[] pdf, String file) {
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + file + "\"")
                .build();
    }
}
