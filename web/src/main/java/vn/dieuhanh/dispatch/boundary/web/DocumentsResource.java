package vn.dieuhanh.dispatch.boundary.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.dieuhanh.directive.boundary.DirectiveDocuments;
import vn.dieuhanh.dispatch.boundary.DocumentPdf;
import vn.dieuhanh.dispatch.boundary.DocumentProblem;
import vn.dieuhanh.dispatch.boundary.DocumentSummary;
import vn.dieuhanh.dispatch.boundary.Documents;
import vn.dieuhanh.dispatch.boundary.web.DocumentViews.DocumentView;
import vn.dieuhanh.identity.boundary.web.CallerReader;
import vn.dieuhanh.platform.boundary.web.Roles;

/**
 * A directive's documents and each stored version of their PDFs, for those the read policy lets
 * read them ({@code ReadPolicy.mayReadDocument}); others get 404, as for a document that does not
 * exist.
 */
@Path("documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
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
})
public class DocumentsResource {

    @Inject
    Documents documents;

    @Inject
    DirectiveDocuments directiveDocuments;

    @Inject
    CallerReader caller;

    @GET
    public List<DocumentView> ofDirective(
            @QueryParam("directive") @NotBlank(message = "Cần mã văn bản chỉ đạo. / The directive is required.")
                    String directiveId) {
        return directiveDocuments
                .readableOf(directiveId, caller.reader())
                .orElseThrow(() -> new DocumentProblem(
                        DocumentProblem.Kind.NOT_FOUND,
                        "Không tìm thấy văn bản chỉ đạo " + directiveId + ". / No directive " + directiveId + "."))
                .stream()
                .map(d -> DocumentView.of(d, documents.versions(d.id())))
                .toList();
    }

    @GET
    @Path("{id}")
    public DocumentView one(@PathParam("id") String id) {
        return DocumentView.of(readable(id), documents.versions(id));
    }

    /** The PDF of one version; the latest when none is named. */
    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") String id, @QueryParam("version") Integer version) {
        DocumentPdf pdf = directiveDocuments.readablePdf(id, version, caller.reader());
        return Response.ok(pdf.content())
                .header("Content-Disposition", "inline; filename=\"" + pdf.fileName() + "\"")
                .header("X-Content-SHA256", pdf.sha256())
                .build();
    }

    /** The document if the read policy lets the caller read it; otherwise as if it did not exist. */
    private DocumentSummary readable(String id) {
        return directiveDocuments
                .readable(id, caller.reader())
                .orElseThrow(() -> new DocumentProblem(
                        DocumentProblem.Kind.NOT_FOUND,
                        "Không tìm thấy văn bản " + id + ". / No document " + id + "."));
    }
}
