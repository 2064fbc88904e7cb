package vn.dieuhanh.ispeed.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dieuhanh.identity.boundary.Caller;
import vn.dieuhanh.ispeed.control.SampleReader;
import vn.dieuhanh.platform.boundary.Roles;

/** The page "Nhập số liệu đo": the DIC officer uploads a sample file and reads what happened. */
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
    private String importId;

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
        SampleReader.Format format = name != null && name.toLowerCase().endsWith(".csv")
                ? SampleReader.Format.CSV
                : SampleReader.Format.JSON_LINES;
        try (InputStream in = file.getInputStream()) {
            report = measurements.importSamples(
                    Uploads.limited(in, file.getSize(), maxBytes),
                    format,
                    Uploads.fileName(name, format),
                    caller.name());
            importId = report.id();
        } catch (MeasurementProblem e) {
            error(e.getMessage());
        } catch (IOException e) {
            error("Không đọc được tệp tải lên. / The upload could not be read.");
        }
    }

    /** The error report of the import just made, as a CSV download. */
    public void downloadErrors() throws IOException {
        if (!isAllowed() || importId == null || !importId.matches("[0-9a-f-]{36}")) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"loi-nhap-" + importId + ".csv\"");
        Writer writer = new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        measurements.writeErrorReport(importId, writer);
        writer.flush();
        faces.responseComplete();
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

    public String getImportId() {
        return importId;
    }

    public void setImportId(String importId) {
        this.importId = importId;
    }
}
