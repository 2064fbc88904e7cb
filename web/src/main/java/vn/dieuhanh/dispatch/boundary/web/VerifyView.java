package vn.dieuhanh.dispatch.boundary.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dieuhanh.dispatch.boundary.DocumentProblem;
import vn.dieuhanh.dispatch.boundary.Documents;
import vn.dieuhanh.dispatch.boundary.web.DocumentViews.VerificationView;
import vn.dieuhanh.identity.boundary.Directory;

/** The public verification page: a document by the id in its QR code, or an uploaded PDF. */
@Named
@RequestScoped
public class VerifyView {

    @Inject
    Documents documents;

    @Inject
    Directory directory;

    @Inject
    @ConfigProperty(name = "dieuhanh.upload.max-bytes", defaultValue = "20971520")
    long maxBytes;

    private String id;
    private Part file;
    private VerificationView result;

    public void lookUp() {
        if (id == null || id.isBlank()) {
            return;
        }
        try {
            result = VerificationView.of(documents.verifyStored(id.strip()));
        } catch (DocumentProblem e) {
            error(e.getMessage());
        }
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            error("Chưa chọn tệp PDF. / No PDF chosen.");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            result = VerificationView.of(VerifyResource.verifyUpload(in, file.getSize(), maxBytes, documents));
        } catch (IllegalArgumentException | DocumentProblem e) {
            error(e.getMessage());
        } catch (IOException e) {
            error("Không đọc được tệp tải lên. / The upload could not be read.");
        }
    }

    /** The recipients by name, as a holder of the document reads them. */
    public String getRecipients() {
        return result == null || result.register() == null
                ? ""
                : String.join(
                        ", ",
                        result.register().recipients().stream()
                                .map(directory::unitName)
                                .toList());
    }

    /** The issuing unit by name. */
    public String getIssuer() {
        return result == null || result.register() == null
                ? ""
                : directory.unitName(result.register().issuerUnit());
    }

    private static void error(String message) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public VerificationView getResult() {
        return result;
    }
}
