package vn.dieuhanh.reporting.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import vn.dieuhanh.directive.boundary.Reporting;
import vn.dieuhanh.directive.control.EvidenceRules;
import vn.dieuhanh.document.boundary.DraftPreviews;
import vn.dieuhanh.platform.boundary.Text;

/**
 * "Lập báo cáo kỳ": the officer enters the unit's own sample count and a note, attaches evidence,
 * and sees what the system measured for the unit beside it.
 */
@Named
@ViewScoped
public class DraftUnitReportView extends ReportingPage {

    private static final long serialVersionUID = 1L;

    @Inject
    DraftPreviews previews;

    private Reporting.UnitPeriod period;
    private String previewKey;
    private Long samples;
    private String note;
    // Parts live for one request only: never kept in the view between requests.
    private transient List<Part> files;

    @Override
    protected String stepKey() {
        return "draftUnitReport";
    }

    @Override
    protected void load() {
        period = reporting.unitPeriod(getTaskId(), stepKey(), caller.taskGroups());
        // A returned report: what was written before is where the officer starts again.
        if (period.reportDocumentId() != null) {
            samples = period.reportedSamples();
            note = period.note();
        }
    }

    /** Draws the report as it would be sent, with the draft mark, without storing anything. */
    public void preview() {
        if (context == null || !checkFields()) {
            return;
        }
        try {
            byte[] pdf = directives.previewReport(
                    context.directiveId(),
                    context.unitCode(),
                    getTaskId(),
                    caller.taskGroups(),
                    Text.clean(note),
                    samples,
                    List.of());
            previewKey = previews.keep(pdf);
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    private boolean checkFields() {
        if (samples != null && samples < 0) {
            messageFor("report:samples", "Số mẫu không được âm. / The count cannot be negative.");
            return false;
        }
        if (note != null && Text.clean(note).length() > 4000) {
            messageFor("report:note", "Nội dung tối đa 4000 ký tự. / The note has at most 4000 characters.");
            return false;
        }
        return true;
    }

    public String submit() {
        if (context == null || !checkFields()) {
            return null;
        }
        String cleanNote = note == null ? null : Text.clean(note);
        List<EvidenceRules.Upload> uploads = new ArrayList<>();
        try {
            for (Part part : files == null ? List.<Part>of() : files) {
                if (part == null || part.getSize() == 0 && blank(part.getSubmittedFileName())) {
                    continue;
                }
                // Refused by its declared size before its bytes are read.
                EvidenceRules.checkSize(part.getSubmittedFileName(), part.getSize());
                try (InputStream in = part.getInputStream()) {
                    uploads.add(new EvidenceRules.Upload(part.getSubmittedFileName(), in.readAllBytes()));
                }
            }
            EvidenceRules.check(uploads);
        } catch (IllegalArgumentException e) {
            messageFor("report:files", e.getMessage());
            return null;
        } catch (IOException e) {
            messageFor("report:files", "Không đọc được tệp tải lên. / The upload could not be read.");
            return null;
        }
        try {
            directives.report(
                    context.directiveId(),
                    context.unitCode(),
                    getTaskId(),
                    caller.taskGroups(),
                    actor(),
                    cleanNote,
                    samples,
                    uploads);
            return done("Đã lập báo cáo kỳ, chuyển thủ trưởng đơn vị duyệt, ký.");
        } catch (RuntimeException e) {
            fail(e);
            return null;
        }
    }

    /** Reported minus measured, when the officer has typed a count. */
    public Long getDifference() {
        return samples == null || period == null ? null : samples - period.measuredSamples();
    }

    /** The preview just drawn, if any; otherwise the document the template shows by id. */
    @Override
    public String getDocumentUrl() {
        return previewKey == null
                ? super.getDocumentUrl()
                : FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/pdf/preview/"
                        + previewKey;
    }

    public boolean isPreviewing() {
        return previewKey != null;
    }

    @Override
    public String getDocumentId() {
        if (period == null) {
            return null;
        }
        return period.reportDocumentId() != null ? period.reportDocumentId() : period.letterDocumentId();
    }

    public boolean isShowingReturnedDraft() {
        return period != null && period.reportDocumentId() != null;
    }

    public Reporting.UnitPeriod getPeriod() {
        return period;
    }

    public Long getSamples() {
        return samples;
    }

    public void setSamples(Long samples) {
        this.samples = samples;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
    }

    public int getMaxFiles() {
        return EvidenceRules.MAX_FILES;
    }

    public int getMaxMegabytes() {
        return EvidenceRules.MAX_BYTES / (1024 * 1024);
    }
}
