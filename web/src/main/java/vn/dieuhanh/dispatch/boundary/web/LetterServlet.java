package vn.dieuhanh.dispatch.boundary.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.dieuhanh.directive.boundary.DirectiveDocuments;
import vn.dieuhanh.dispatch.boundary.DocumentKind;
import vn.dieuhanh.dispatch.boundary.DocumentPdf;
import vn.dieuhanh.dispatch.boundary.DocumentSummary;
import vn.dieuhanh.dispatch.boundary.Documents;
import vn.dieuhanh.identity.boundary.web.CallerReader;
import vn.dieuhanh.platform.boundary.web.Roles;

/**
 * A directive's letter as PDF for the pages ({@code /documents/letter.pdf?directive=<id>}), shown
 * inline on the directive page. The API serves the same file to bearer tokens only; a page in
 * the browser has its session instead. The read policy decides, as for the API
 * ({@code ReadPolicy.mayReadDocument}); anyone else gets 404.
 */
@WebServlet("/documents/letter.pdf")
@ServletSecurity(
        @HttpConstraint(
                rolesAllowed = {
                    Roles.CITY_LEADER,
                    Roles.CHIEF_OF_OFFICE,
                    Roles.SPECIALIST,
                    Roles.DIVISION_HEAD,
                    Roles.RECORDS_CLERK,
                    Roles.UNIT_HEAD,
                    Roles.UNIT_OFFICER,
                    Roles.DIC_OFFICER,
                    Roles.DIC_DIRECTOR,
                    Roles.MINISTRY_OFFICER,
                    Roles.AUDITOR
                }))
public class LetterServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Documents documents;

    @Inject
    transient DirectiveDocuments directiveDocuments;

    @Inject
    transient CallerReader caller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String directiveId = request.getParameter("directive");
        DocumentSummary letter = directiveId == null || !directiveId.matches("[0-9a-f-]{36}")
                ? null
                : documents
                        .of(directiveId, DocumentKind.LETTER, null, null)
                        .flatMap(d -> directiveDocuments.readable(d.id(), caller.reader()))
                        .orElse(null);
        if (letter == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DocumentPdf latest = directiveDocuments.readablePdf(letter.id(), null, caller.reader());
        String file = (letter.numberLabel() == null
                        ? "cong-van"
                        : letter.numberLabel().replace('/', '-')) + ".pdf";
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"" + file + "\"");
        response.setHeader("X-Content-SHA256", latest.sha256());
        response.setHeader("Cache-Control", "private, no-store");
        byte[] content = latest.content();
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
