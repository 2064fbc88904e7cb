package vn.dieuhanh.incoming.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dieuhanh.inbox.boundary.web.TaskPage;
import vn.dieuhanh.incoming.boundary.IncomingDocuments;
import vn.dieuhanh.incoming.boundary.Registration;
import vn.dieuhanh.platform.boundary.CityTime;
import vn.dieuhanh.platform.boundary.web.Text;

/**
 * "Vào sổ văn bản đến": the records clerk enters the letter's sender, number, date and subject
 * and attaches its PDF; the register gives the incoming number. Same rules as the API.
 */
@Named
@ViewScoped
public class RegisterIncomingView extends TaskPage {

    private static final long serialVersionUID = 1L;

    @Inject
    IncomingDocuments incomingDocuments;

    @Inject
    @ConfigProperty(name = "dieuhanh.upload.max-bytes", defaultValue = "20971520")
    long maxBytes;

    @NotBlank(message = "Cần nhập cơ quan gửi. / The sender is required.")
    @Size(max = 300, message = "Cơ quan gửi tối đa 300 ký tự. / The sender has at most 300 characters.")
    private String sender;

    @NotBlank(message = "Cần nhập số, ký hiệu văn bản. / The document's number is required.")
    @Size(max = 100, message = "Số, ký hiệu tối đa 100 ký tự. / The number has at most 100 characters.")
    private String senderReference;

    @NotNull(message = "Cần nhập ngày văn bản. / The document's date is required.")
    @PastOrPresent(message = "Ngày văn bản không được ở tương lai. / The document's date cannot be in the future.")
    private LocalDate documentDate;

    @NotBlank(message = "Cần nhập trích yếu. / The subject is required.")
    @Size(max = 500, message = "Trích yếu tối đa 500 ký tự. / The subject has at most 500 characters.")
    private String subject;

    private LocalDate handlingDue;

    private transient Part file;

    @Override
    protected String stepKey() {
        return IncomingDocuments.REGISTER_STEP;
    }

    @Override
    protected void opened() {
        // What the receipt already says about the letter is where the clerk starts.
        subject = getTask().subject();
        handlingDue = LocalDate.now(CityTime.ZONE).plusDays(7);
    }

    public String register() {
        byte[] pdf = readPdf();
        if (pdf == null) {
            return null;
        }
        try {
            var registration = new Registration(
                    Text.clean(sender), Text.clean(senderReference), documentDate, Text.clean(subject), handlingDue);
            var document = incomingDocuments.register(
                    getTaskId(),
                    registration,
                    caller.name(),
                    caller.taskGroups(),
                    new IncomingDocuments.Attachment(file.getSubmittedFileName(), pdf));
            return done(String.format(
                    "Đã vào sổ văn bản đến số %02d/%d: %s. / Registered as incoming no. %02d/%d.",
                    document.incomingNumber(),
                    document.registerYear(),
                    document.senderReference(),
                    document.incomingNumber(),
                    document.registerYear()));
        } catch (RuntimeException e) {
            fail(e);
            return null;
        }
    }

    /** The upload, refused before it is read when it is missing, too large or not a PDF. */
    private byte[] readPdf() {
        String field = "register:file";
        if (file == null || file.getSize() == 0) {
            messageFor(field, "Cần đính kèm tệp PDF của văn bản đến. / Attach the incoming document's PDF.");
            return null;
        }
        if (file.getSize() > maxBytes) {
            messageFor(
                    field,
                    String.format(
                            Locale.ROOT,
                            "Tệp quá lớn (tối đa %d MB). / The file is too large (at most %d MB).",
                            maxBytes / (1024 * 1024),
                            maxBytes / (1024 * 1024)));
            return null;
        }
        String name = file.getSubmittedFileName() == null
                ? ""
                : file.getSubmittedFileName().toLowerCase(Locale.ROOT);
        String type = file.getContentType() == null ? "" : file.getContentType().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".pdf") || !(type.equals("application/pdf") || type.equals("application/octet-stream"))) {
            messageFor(field, "Chỉ nhận tệp PDF (.pdf). / Only PDF files (.pdf) are accepted.");
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            byte[] content = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            if (content.length > maxBytes) {
                messageFor(field, "Tệp quá lớn. / The file is too large.");
                return null;
            }
            return content;
        } catch (IOException e) {
            messageFor(field, "Không đọc được tệp tải lên. / The upload could not be read.");
            return null;
        }
    }

    public String getSender() {
        return sender;
    }

    public void setSender(String sender) {
        this.sender = sender;
    }

    public String getSenderReference() {
        return senderReference;
    }

    public void setSenderReference(String senderReference) {
        this.senderReference = senderReference;
    }

    public LocalDate getDocumentDate() {
        return documentDate;
    }

    public void setDocumentDate(LocalDate documentDate) {
        this.documentDate = documentDate;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public LocalDate getHandlingDue() {
        return handlingDue;
    }

    public void setHandlingDue(LocalDate handlingDue) {
        this.handlingDue = handlingDue;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public long getMaxMegabytes() {
        return maxBytes / (1024 * 1024);
    }
}
