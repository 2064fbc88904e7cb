package vn.dieuhanh.ispeed.boundary.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dieuhanh.identity.boundary.web.Caller;
import vn.dieuhanh.ispeed.boundary.MeasurementProblem;
import vn.dieuhanh.ispeed.boundary.Measurements;
import vn.dieuhanh.ispeed.boundary.SampleFormat;
import vn.dieuhanh.platform.boundary.web.Roles;

/**
 * The page "Nhập số liệu đo": the DIC officer uploads a sample file and reads what happened. The
 * refused rows are a plain link to the API's download under {@code /downloads} (see
 * {@code PageDownloads}), which a browser opens with the page's session.
 */
@Named
@RequestScoped
public class ImportView {

    @Inject
    Measurements measurements;

    @Inject
    Caller caller;

    @Inject
    @ConfigProperty(name = "dieuhanh.import.max-bytes", defaultValue = "209715200")
    long maxBytes;

    private Part file;
    private Measurements.ImportReport report;

    public boolean isAllowed() {
        return caller.hasRole(Roles.DIC_OFFICER);
    }

    public void upload() {
        if (!isAllowed()) {
            error("Chỉ chuyên viên tổng hợp Sở TT&TT được nhập số liệu đo. / Only the DIC officer imports"
                    + " measurement data.");
            return;
        }
        if (file == null || file.getSize() == 0) {
            error("Chưa chọn tệp. / No file chosen.");
            return;
        }
        String name = file.getSubmittedFileName();
        SampleFormat format =
                name != null && name.toLowerCase().endsWith(".csv") ? SampleFormat.CSV : SampleFormat.JSON_LINES;
        try (InputStream in = file.getInputStream()) {
            report = measurements.importSamples(
                    Uploads.limited(in, file.getSize(), maxBytes),
                    format,
                    Uploads.fileName(name, format),
                    caller.name());
        } catch (MeasurementProblem e) {
            error(e.getMessage());
        } catch (IOException e) {
            error("Không đọc được tệp tải lên. / The upload could not be read.");
        }
    }

    private static void error(String message) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Measurements.ImportReport getReport() {
        return report;
    }
}
