package vn.dieuhanh.directive.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.TreeNode;
import vn.dieuhanh.directive.boundary.Actor;
import vn.dieuhanh.directive.boundary.CycleRequest;
import vn.dieuhanh.directive.boundary.DirectiveCreated;
import vn.dieuhanh.directive.boundary.DirectiveForms;
import vn.dieuhanh.directive.boundary.DirectiveRequest;
import vn.dieuhanh.directive.boundary.DirectiveTemplateView;
import vn.dieuhanh.directive.boundary.TargetRequest;
import vn.dieuhanh.directive.boundary.web.RecipientTree.UnitNode;
import vn.dieuhanh.inbox.boundary.web.TaskPage;
import vn.dieuhanh.platform.boundary.CityTime;
import vn.dieuhanh.platform.boundary.web.Text;

/**
 * "Cho ý kiến chỉ đạo": the city leader reads the incoming letter, writes the opinion and sets
 * the directive it starts (who drafts, who consolidates, who receives, targets, cycle). The form
 * starts from a directive template (see DirectiveTemplates) the leader picks and then changes;
 * the facade applies the same rules as the API.
 */
@Named
@ViewScoped
public class GiveOpinionView extends TaskPage {

    private static final long serialVersionUID = 1L;
    private static final ZoneId ZONE = CityTime.ZONE;
    /** The template the form opens with: the first one listed. */
    private static final String DEFAULT_TEMPLATE =
            DirectiveTemplateView.all().get(0).code();

    @Inject
    DirectiveForms forms;

    @NotBlank(message = "Cần nội dung ý kiến chỉ đạo. / The opinion is required.")
    @Size(max = 4000, message = "Ý kiến tối đa 4000 ký tự. / The opinion has at most 4000 characters.")
    private String opinion;

    @NotBlank(message = "Cần mã văn bản chỉ đạo. / The code is required.")
    @Pattern(
            regexp = "[A-Z0-9][A-Z0-9-]{2,59}",
            message = "Mã gồm chữ in hoa, số và dấu gạch ngang (3-60 ký tự). / The code has 3-60 capital letters,"
                    + " digits and hyphens.")
    private String code;

    @NotBlank(message = "Cần trích yếu. / The subject is required.")
    @Size(max = 500, message = "Trích yếu tối đa 500 ký tự. / The subject has at most 500 characters.")
    private String subject;

    @NotBlank(message = "Cần phòng chủ trì soạn thảo. / The lead division is required.")
    private String leadUnit;

    /** Empty: no consolidated report; the units report to the lead division. */
    private String consolidatingUnit;

    /** Empty: the consolidated report goes to the city's leaders, nobody beyond the city. */
    private String receiverUnit;

    /** The template the form was last filled from (see DirectiveTemplates). */
    private String templateCode = DEFAULT_TEMPLATE;

    // The cycle as a leader says it (see CycleChoice): how often, how many times, deadlines in days.
    @NotNull(message = "Cần chọn tần suất báo cáo. / The frequency is required.")
    private String frequency = "MONTHLY";

    @NotNull(message = "Cần ngày bắt đầu kỳ đầu tiên. / The first period's start is required.")
    private LocalDateTime firstPeriodStart;

    /** How many periods; not asked for a report made once. */
    private Integer periods = 12;

    /** The single period's end, for a report made once; the hour can be set too, for a short test cycle. */
    private LocalDateTime deadline;

    @NotNull(message = "Cần số ngày hạn báo cáo của đơn vị. / The report deadline in days is required.")
    private Integer reportDueDays = 0;

    @NotNull(message = "Cần số ngày gửi văn bản đôn đốc. / The reminder letter's days are required.")
    private Integer reminderLetterDays = 3;

    @NotNull(message = "Cần số ngày hạn báo cáo tổng hợp. / The consolidated report's days are required.")
    private Integer consolidationDueDays = 1;

    private List<TargetRow> targets = new ArrayList<>();
    private RecipientTree recipientTree;
    private String incomingAttachmentId;

    @Override
    protected String stepKey() {
        return "giveDirectingOpinion";
    }

    @Override
    protected void opened() {
        Object incomingId = inbox.taskVariable(getTaskId(), "incomingDocumentId");
        var letter = incomingId == null
                ? null
                : forms.incomingLetter(incomingId.toString()).orElse(null);
        if (letter != null) {
            incomingAttachmentId = letter.attachmentId();
        }
        LocalDate today = LocalDate.now(ZONE);
        subject = "V/v đôn đốc thực hiện "
                + (letter != null
                        ? "văn bản số " + letter.senderReference() + " của " + letter.sender()
                        : Text.clean(String.valueOf(getTask().subject())));
        if (subject.length() > 500) {
            subject = subject.substring(0, 500);
        }
        code = "CD-" + today.getYear() + "-"
                + getTaskId().replaceAll("[^A-Za-z0-9]", "").toUpperCase();
        if (code.length() > 20) {
            code = code.substring(0, 20);
        }
        leadUnit = "VP-KSTTHC";
        // From the next 15th (the decree's windows run from the 15th to the 14th); the rest from
        // the first template, which the leader may change for another.
        firstPeriodStart = (today.getDayOfMonth() <= 15
                        ? today.withDayOfMonth(15)
                        : today.plusMonths(1).withDayOfMonth(15))
                .atStartOfDay();
        applyTemplate();
        buildOrgChart();
    }

    private void buildOrgChart() {
        recipientTree = new RecipientTree(forms.unitParents(), forms.unitNames(), forms.unitTypes());
    }

    /** Unticks every unit, for a letter to a few units rather than the usual many. */
    public void clearRecipients() {
        recipientTree.clear();
    }

    /**
     * Fills the form from the chosen template: targets, cycle, who consolidates and who receives.
     * The start, the recipients and the words stay as they are; everything stays editable.
     */
    public void applyTemplate() {
        DirectiveTemplateView template;
        try {
            template = DirectiveTemplateView.get(templateCode);
        } catch (IllegalArgumentException unknown) {
            messageFor("opinion:template", unknown.getMessage());
            return;
        }
        consolidatingUnit = template.consolidatingUnit();
        receiverUnit = template.receiverUnit();
        targets =
                new ArrayList<>(template.targets().stream().map(TargetRow::new).toList());
        DirectiveTemplateView.Cycle cycle = template.cycle();
        frequency = cycle.frequency();
        periods = cycle.periods();
        deadline = cycle.deadlineDays() == null
                ? firstPeriodStart.plusMonths(1)
                : firstPeriodStart.plusDays(cycle.deadlineDays());
        reportDueDays = cycle.reportDueDays();
        reminderLetterDays = cycle.reminderLetterDays();
        consolidationDueDays = cycle.consolidationDueDays();
    }

    public List<DirectiveTemplateView> getTemplates() {
        return DirectiveTemplateView.all();
    }

    public String getTemplateDescription() {
        return DirectiveTemplateView.find(templateCode)
                .map(DirectiveTemplateView::description)
                .orElse("");
    }

    public String getTemplateCode() {
        return templateCode;
    }

    public void setTemplateCode(String templateCode) {
        this.templateCode = templateCode;
    }

    public String[] getKinds() {
        return DirectiveForms.targetKinds();
    }

    public String[] getRollUps() {
        return DirectiveForms.rollUps();
    }

    public void addTarget() {
        targets.add(new TargetRow());
    }

    public void removeTarget(TargetRow row) {
        targets.remove(row);
    }

    /** Gives the opinion and starts the directive, one transaction (the facade). */
    public String submit() {
        List<String> recipients = recipientCodes();
        if (recipients.isEmpty()) {
            messageFor("opinion:recipients", "Cần ít nhất một đơn vị nhận. / At least one recipient is required.");
            return null;
        }
        if (targets.isEmpty()) {
            messageFor("opinion:targets", "Cần ít nhất một chỉ tiêu. / At least one target is required.");
            return null;
        }
        try {
            List<TargetRequest> asked = new ArrayList<>();
            for (TargetRow t : targets) {
                if (!t.named()) {
                    messageFor("opinion:targets", "Mỗi chỉ tiêu cần mã và tên. / Each target needs a code and a name.");
                    return null;
                }
                asked.add(t.toRequest());
            }
            boolean once = isOnce();
            var cycle = new CycleRequest(
                    inVietnam(firstPeriodStart),
                    frequency,
                    once || periods == null ? null : BigDecimal.valueOf(periods),
                    once && deadline != null ? inVietnam(deadline) : null,
                    days(reportDueDays),
                    days(reminderLetterDays),
                    days(consolidationDueDays),
                    null,
                    null,
                    null,
                    null,
                    null);
            var spec = new DirectiveRequest(
                            code.strip(),
                            Text.clean(subject),
                            Text.clean(opinion),
                            leadUnit,
                            blank(consolidatingUnit) ? null : consolidatingUnit,
                            blank(consolidatingUnit) || blank(receiverUnit) ? null : receiverUnit,
                            recipients,
                            asked,
                            cycle,
                            null)
                    .toNewDirective();
            DirectiveCreated directive = directives.register(
                    getTaskId(), caller.taskGroups(), new Actor(caller.name(), caller.displayName()), spec);
            return done("Đã cho ý kiến chỉ đạo và tạo văn bản chỉ đạo " + directive.code() + " gửi " + recipients.size()
                    + " đơn vị. / Opinion given; directive " + directive.code() + " created.");
        } catch (IllegalArgumentException e) {
            message(jakarta.faces.application.FacesMessage.SEVERITY_ERROR, e.getMessage());
            return null;
        } catch (RuntimeException e) {
            fail(e);
            return null;
        }
    }

    private static BigDecimal days(Integer days) {
        return days == null ? null : BigDecimal.valueOf(days);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static OffsetDateTime inVietnam(LocalDateTime moment) {
        return moment.atZone(ZONE).toOffsetDateTime();
    }

    private List<String> recipientCodes() {
        return recipientTree == null ? List.of() : recipientTree.codes();
    }

    public int getRecipientCount() {
        return recipientCodes().size();
    }

    @Override
    public String getDocumentUrl() {
        return incomingAttachmentId == null
                ? null
                : jakarta.faces.context.FacesContext.getCurrentInstance()
                                .getExternalContext()
                                .getRequestContextPath()
                        + "/pdf/incoming/" + incomingAttachmentId;
    }

    public String[] getComparisons() {
        return DirectiveForms.comparisons();
    }

    public String[] getSources() {
        return DirectiveForms.sources();
    }

    public List<UnitNode> getDivisions() {
        return recipientTree == null ? List.of() : recipientTree.divisions();
    }

    public List<UnitNode> getAllUnits() {
        return recipientTree == null ? List.of() : recipientTree.allUnits();
    }

    public TreeNode<UnitNode> getRecipientTree() {
        return recipientTree == null ? null : recipientTree.root();
    }

    public TreeNode<UnitNode>[] getSelectedRecipients() {
        return recipientTree == null ? null : recipientTree.selected();
    }

    public void setSelectedRecipients(TreeNode<UnitNode>[] selectedRecipients) {
        if (recipientTree != null) {
            recipientTree.select(selectedRecipients);
        }
    }

    public List<TargetRow> getTargets() {
        return targets;
    }

    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getLeadUnit() {
        return leadUnit;
    }

    public void setLeadUnit(String leadUnit) {
        this.leadUnit = leadUnit;
    }

    public String getConsolidatingUnit() {
        return consolidatingUnit;
    }

    public void setConsolidatingUnit(String consolidatingUnit) {
        this.consolidatingUnit = consolidatingUnit;
    }

    public String getReceiverUnit() {
        return receiverUnit;
    }

    public void setReceiverUnit(String receiverUnit) {
        this.receiverUnit = receiverUnit;
    }

    public LocalDateTime getFirstPeriodStart() {
        return firstPeriodStart;
    }

    public void setFirstPeriodStart(LocalDateTime firstPeriodStart) {
        this.firstPeriodStart = firstPeriodStart;
    }

    public String getFrequency() {
        return frequency;
    }

    public void setFrequency(String frequency) {
        this.frequency = frequency;
    }

    public String[] getFrequencies() {
        return DirectiveForms.frequencies();
    }

    public boolean isOnce() {
        return DirectiveForms.ONCE.equals(frequency);
    }

    public Integer getPeriods() {
        return periods;
    }

    public void setPeriods(Integer periods) {
        this.periods = periods;
    }

    public LocalDateTime getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDateTime deadline) {
        this.deadline = deadline;
    }

    public Integer getReportDueDays() {
        return reportDueDays;
    }

    public void setReportDueDays(Integer reportDueDays) {
        this.reportDueDays = reportDueDays;
    }

    public Integer getReminderLetterDays() {
        return reminderLetterDays;
    }

    public void setReminderLetterDays(Integer reminderLetterDays) {
        this.reminderLetterDays = reminderLetterDays;
    }

    public Integer getConsolidationDueDays() {
        return consolidationDueDays;
    }

    public void setConsolidationDueDays(Integer consolidationDueDays) {
        this.consolidationDueDays = consolidationDueDays;
    }
}
