package vn.dieuhanh.document.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import vn.dieuhanh.identity.boundary.Caller;
import vn.dieuhanh.platform.boundary.Roles;

/**
 * A document's PDF for the pages, /pdf/&lt;id&gt; (inline; {@code ?download} to save it). The JSON
 * API takes bearer tokens only, so the task pages' preview frame cannot use it; this gives the
 * same bytes to the signed-in browser with the API's own read check (others get 404).
 */
@WebServlet("/pdf/*")
public class DocumentPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    DocumentsResource documents;

    @Inject
    Caller caller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (!id.matches("[0-9a-zA-Z-]{1,64}") || caller.roles().stream().noneMatch(r -> !Roles.ADMIN.equals(r))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Integer version = null;
        String asked = request.getParameter("version");
        if (asked != null && asked.matches("[0-9]{1,6}")) {
            version = Integer.valueOf(asked);
        }
        Response pdf;
        try {
            pdf = documents.pdf(id, version);
        } catch (DocumentProblem e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String disposition = pdf.getHeaderString("Content-Disposition");
        if (request.getParameter("download") != null && disposition != null) {
            disposition = disposition.replace("inline;", "attachment;");
        }
        byte[] content = (byte[]) pdf.getEntity();
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", disposition);
        response.setHeader("X-Content-SHA256", pdf.getHeaderString("X-Content-SHA256"));
        // The page frames it; nobody else may.
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
