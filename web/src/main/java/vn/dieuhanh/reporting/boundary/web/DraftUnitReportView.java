package vn.dieuhanh.reporting.boundary.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import vn.dieuhanh.directive.boundary.EvidenceRules;
import vn.dieuhanh.directive.boundary.Reporting;
import vn.dieuhanh.dispatch.boundary.web.DraftPreviews;
import vn.dieuhanh.platform.boundary.web.Text;
import vn.dieuhanh.reporting.boundary.ReportValues;

/**
 * "Lập báo cáo kỳ": the officer enters a value for each target the unit reports (a number, a
 * percent, a yes or no, a text, each with a comment), a note and evidence, and sees beside each
 * target what its data measured for the unit.
 */
@Named
@ViewScoped
public class DraftUnitReportView extends ReportingPage {

    private static final long serialVersionUID = 1L;

    @Inject
    DraftPreviews previews;

    private Reporting.UnitPeriod period;
    private String previewKey;
    private List<ValueInput> values = new ArrayList<>();
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
        values = new ArrayList<>(period.lines().stream().map(ValueInput::new).toList());
        // A returned report: what was written before is where the officer starts again.
        if (period.reportDocumentId() != null) {
            note = period.note();
        }
    }

    /** Draws the report as it would be sent, with the draft mark, without storing anything. */
    public void preview() {
        if (context == null || !checkFields()) {
            return;
        }
        List<ReportValues.Entry> entries = typedValues();
        if (entries == null) {
            return;
        }
        try {
            byte[] pdf = directives.previewReport(
                    context.directiveId(),
                    context.unitCode(),
                    getTaskId(),
                    caller.taskGroups(),
                    Text.clean(note),
                    entries,
                    List.of());
            previewKey = previews.keep(pdf);
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    /** The values typed, or null when one is not a value of its target (said beside the table). */
    private List<ReportValues.Entry> typedValues() {
        try {
            return entries();
        } catch (IllegalArgumentException e) {
            messageFor("report:values", e.getMessage());
            return null;
        }
    }

    /** The values typed, each as its target takes it. */
    private List<ReportValues.Entry> entries() {
        List<ReportValues.Entry> entries = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            ValueInput input = values.get(i);
            if (!input.isEntered()) {
                continue;
            }
            Object value = input.value(period.lines().get(i).target());
            if (value != null) {
                entries.add(new ReportValues.Entry(input.getCode(), value, Text.clean(input.getComment())));
            }
        }
        return entries;
    }

    private boolean checkFields() {
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
        List<ReportValues.Entry> entries = typedValues();
        if (entries == null) {
            return null;
        }
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
                    entries,
                    uploads);
            return done("Đã lập báo cáo kỳ, chuyển thủ trưởng đơn vị duyệt, ký.");
        } catch (RuntimeException e) {
            fail(e);
            return null;
        }
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

    public List<ValueInput> getValues() {
        return values;
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
