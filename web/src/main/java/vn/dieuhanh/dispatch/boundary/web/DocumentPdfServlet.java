package vn.dieuhanh.dispatch.boundary.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.dieuhanh.directive.boundary.DirectiveDocuments;
import vn.dieuhanh.dispatch.boundary.DocumentPdf;
import vn.dieuhanh.dispatch.boundary.DocumentProblem;
import vn.dieuhanh.identity.boundary.web.Caller;
import vn.dieuhanh.identity.boundary.web.CallerReader;
import vn.dieuhanh.incoming.boundary.IncomingDocuments;
import vn.dieuhanh.platform.boundary.web.Roles;

/**
 * A document's PDF for the pages, /pdf/&lt;id&gt; (inline; {@code ?download} to save it). The JSON
 * API takes bearer tokens only, so the task pages' preview frame cannot use it; this gives the
 * same bytes to the signed-in browser with the API's own read check, the read policy's (others
 * get 404).
 */
@WebServlet("/pdf/*")
public class DocumentPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    DirectiveDocuments directiveDocuments;

    @Inject
    CallerReader reader;

    @Inject
    Caller caller;

    @Inject
    DraftPreviews previews;

    @Inject
    IncomingDocuments incoming;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (id.startsWith("preview/")) {
            // The person's own preview, from their own session: nobody else's can be named.
            byte[] pdf = previews.get(id.substring("preview/".length()));
            if (pdf == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else {
                send(response, pdf, "inline; filename=\"du-thao.pdf\"", null);
            }
            return;
        }
        if (id.startsWith("incoming/")) {
            incoming(id.substring("incoming/".length()), request, response);
            return;
        }
        // Who may read which document is the read policy's, asked by the same boundary method as the API's.
        if (!id.matches("[0-9a-zA-Z-]{1,64}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Integer version = null;
        String asked = request.getParameter("version");
        if (asked != null && asked.matches("[0-9]{1,6}")) {
            version = Integer.valueOf(asked);
        }
        DocumentPdf pdf;
        try {
            pdf = directiveDocuments.readablePdf(id, version, reader.reader());
        } catch (DocumentProblem e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String disposition = (request.getParameter("download") != null ? "attachment" : "inline") + "; filename=\""
                + pdf.fileName() + "\"";
        send(response, pdf.content(), disposition, pdf.sha256());
    }

    /**
     * The PDF an incoming letter arrived as: for the records office and the leaders who direct on
     * it (as the API's incoming register), the office staff who draft from it, and auditors.
     */
    private void incoming(String attachmentId, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean allowed = caller.hasRole(Roles.RECORDS_CLERK)
                || caller.hasRole(Roles.CITY_LEADER)
                || caller.hasRole(Roles.CHIEF_OF_OFFICE)
                || caller.hasRole(Roles.SPECIALIST)
                || caller.hasRole(Roles.DIVISION_HEAD)
                || caller.hasRole(Roles.AUDITOR);
        var attachment = allowed && attachmentId.matches("[0-9a-f-]{36}")
                ? incoming.attachment(attachmentId).orElse(null)
                : null;
        if (attachment == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = attachment.fileName().replaceAll("[^\\p{Alnum}._-]", "_");
        String disposition =
                (request.getParameter("download") != null ? "attachment" : "inline") + "; filename=\"" + name + "\"";
        send(response, attachment.content(), disposition, attachment.sha256());
    }

    private static void send(HttpServletResponse response, byte[] content, String disposition, String sha256)
            throws IOException {
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", disposition);
        if (sha256 != null) {
            response.setHeader("X-Content-SHA256", sha256);
        }
        // The page frames it; nobody else may.
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
