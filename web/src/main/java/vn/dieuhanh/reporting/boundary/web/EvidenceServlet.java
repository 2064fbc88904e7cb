package vn.dieuhanh.reporting.boundary.web;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.dieuhanh.directive.boundary.DirectiveProblem;
import vn.dieuhanh.directive.boundary.EvidenceFile;
import vn.dieuhanh.directive.boundary.Reporting;
import vn.dieuhanh.identity.boundary.web.CallerReader;

/**
 * An evidence file of a unit report, /evidence/&lt;id&gt;, for its unit, the consolidating unit and
 * auditors (others get 404). Always a download: a picture or PDF a unit uploaded is never run
 * as a page of ours.
 */
@WebServlet("/evidence/*")
public class EvidenceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Reporting reporting;

    @Inject
    CallerReader reader;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (!id.matches("[0-9a-f-]{36}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        EvidenceFile evidence;
        try {
            evidence = reporting.evidence(id, reader.reader());
        } catch (DirectiveProblem | EJBException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = evidence.content();
        response.setContentType(evidence.mediaType());
        response.setHeader(
                "Content-Disposition",
                "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(evidence.fileName(), StandardCharsets.UTF_8)
                                .replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
