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
import vn.dieuhanh.dispatch.boundary.DocumentProblem;
import vn.dieuhanh.dispatch.boundary.Documents;
import vn.dieuhanh.dispatch.boundary.web.DocumentViews.DocumentView;
import vn.dieuhanh.dispatch.entity.DocumentVersion;
import vn.dieuhanh.dispatch.entity.OfficialDocument;
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
    CallerReader caller;

    @GET
    public List<DocumentView> ofDirective(
            @QueryParam("directive") @NotBlank(message = "Cần mã văn bản chỉ đạo. / The directive is required.")
                    String directiveId) {
        return documents
                .readableOf(directiveId, caller.reader())
                .orElseThrow(() -> new DocumentProblem(
                        DocumentProblem.Kind.NOT_FOUND,
                        "Không tìm thấy văn bản chỉ đạo " + directiveId + ". / No directive " + directiveId + "."))
                .stream()
                .map(d -> DocumentView.of(d, documents.verifyUrl(d), documents.versions(d.id())))
                .toList();
    }

    @GET
    @Path("{id}")
    public DocumentView one(@PathParam("id") String id) {
        OfficialDocument document = readable(id);
        return DocumentView.of(document, documents.verifyUrl(document), documents.versions(id));
    }

    /** The PDF of one version; the latest when none is named. */
    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") String id, @QueryParam("version") Integer version) {
        OfficialDocument document = readable(id);
        List<DocumentVersion> versions = documents.versions(id);
        DocumentVersion chosen = version == null
                ? versions.get(versions.size() - 1)
                : versions.stream()
                        .filter(v -> v.version() == version)
                        .findFirst()
                        .orElseThrow(() -> new DocumentProblem(
                                DocumentProblem.Kind.NOT_FOUND,
                                "Văn bản không có phiên bản " + version + ". / The document has no version " + version
                                        + "."));
        String file = (document.numberLabel() == null
                        ? document.kind()
                        : document.numberLabel().replace('/', '-')) + "-v" + chosen.version() + ".pdf";
        return Response.ok(chosen.content())
                .header("Content-Disposition", "inline; filename=\"" + file + "\"")
                .header("X-Content-SHA256", chosen.sha256())
                .build();
    }

    /** The document if the read policy lets the caller read it; otherwise as if it did not exist. */
    private OfficialDocument readable(String id) {
        return documents
                .readable(id, caller.reader())
                .orElseThrow(() -> new DocumentProblem(
                        DocumentProblem.Kind.NOT_FOUND,
                        "Không tìm thấy văn bản " + id + ". / No document " + id + "."));
    }
}
