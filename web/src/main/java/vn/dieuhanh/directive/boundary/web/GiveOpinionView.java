package vn.dieuhanh.directive.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.CheckboxTreeNode;
import org.primefaces.model.TreeNode;
import vn.dieuhanh.directive.boundary.Actor;
import vn.dieuhanh.directive.boundary.NewDirective;
import vn.dieuhanh.directive.control.CycleChoice;
import vn.dieuhanh.directive.control.DirectiveTemplates;
import vn.dieuhanh.identity.boundary.Directory;
import vn.dieuhanh.inbox.boundary.web.TaskPage;
import vn.dieuhanh.incoming.boundary.IncomingDocuments;
import vn.dieuhanh.platform.boundary.CityTime;
import vn.dieuhanh.platform.boundary.web.Text;
import vn.dieuhanh.reporting.entity.Target;

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
    /** The kinds of unit an urging letter of the City Office goes to by default. */
    private static final Set<String> DEFAULT_RECIPIENT_TYPES = Set.of("department", "district", "public-unit", "media");
    /** The template the form opens with: the first one listed. */
    private static final String DEFAULT_TEMPLATE =
            DirectiveTemplates.all().get(0).code();

    @Inject
    Directory directory;

    @Inject
    IncomingDocuments incoming;

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
    private CycleChoice.Frequency frequency = CycleChoice.Frequency.MONTHLY;

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
    private TreeNode<UnitNode> recipientTree;
    private TreeNode<UnitNode>[] selectedRecipients;
    private Map<String, String> unitNames = Map.of();
    private List<UnitNode> divisions = List.of();
    private List<UnitNode> allUnits = List.of();
    private String incomingAttachmentId;

    /** A unit as the tree and the menus show it. */
    public record UnitNode(String code, String name, String type) implements Serializable {}

    /** One target of the directive as the form edits it. */
    public static class TargetRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String name;
        private String measure;
        private BigDecimal threshold;
        private Target.Comparison comparison = Target.Comparison.AT_LEAST;
        private Target.Source source = Target.Source.SELF_REPORTED;
        private Target.Kind kind = Target.Kind.NUMBER;
        private Target.RollUp rollUp = Target.RollUp.SUM;
        private String series;

        public TargetRow() {}

        TargetRow(Target target) {
            this.code = target.code();
            this.name = target.name();
            this.measure = target.measure();
            this.threshold = target.threshold();
            this.comparison = target.comparison();
            this.source = target.source();
            this.kind = target.kind();
            this.rollUp = target.rollUp();
            this.series = target.series();
        }

        Target toTarget() {
            return new Target(
                    code.strip(),
                    Text.clean(name),
                    measure == null ? "" : Text.clean(measure),
                    kind,
                    comparison,
                    threshold,
                    rollUp,
                    source,
                    series);
        }

        public Target.Kind getKind() {
            return kind;
        }

        public void setKind(Target.Kind kind) {
            this.kind = kind;
        }

        public Target.RollUp getRollUp() {
            return rollUp;
        }

        public void setRollUp(Target.RollUp rollUp) {
            this.rollUp = rollUp;
        }

        public String getSeries() {
            return series;
        }

        public void setSeries(String series) {
            this.series = series;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getMeasure() {
            return measure;
        }

        public void setMeasure(String measure) {
            this.measure = measure;
        }

        public BigDecimal getThreshold() {
            return threshold;
        }

        public void setThreshold(BigDecimal threshold) {
            this.threshold = threshold;
        }

        public Target.Comparison getComparison() {
            return comparison;
        }

        public void setComparison(Target.Comparison comparison) {
            this.comparison = comparison;
        }

        public Target.Source getSource() {
            return source;
        }

        public void setSource(Target.Source source) {
            this.source = source;
        }
    }

    @Override
    protected String stepKey() {
        return "giveDirectingOpinion";
    }

    @Override
    protected void opened() {
        Object incomingId = inbox.taskVariable(getTaskId(), "incomingDocumentId");
        var letter =
                incomingId == null ? null : incoming.find(incomingId.toString()).orElse(null);
        if (incomingId != null) {
            incoming.attachmentOf(incomingId.toString()).ifPresent(a -> incomingAttachmentId = a.id());
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

    @SuppressWarnings("unchecked")
    private void buildOrgChart() {
        Map<String, String> parents = directory.parents();
        unitNames = directory.names();
        Map<String, String> types = directory.types();
        Map<String, List<String>> children = new HashMap<>();
        parents.forEach((unit, parent) ->
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(unit));
        recipientTree = new CheckboxTreeNode<>(new UnitNode("", "", ""), null);
        List<TreeNode<UnitNode>> selected = new ArrayList<>();
        addChildren(recipientTree, null, children, types, selected, 0);
        selectedRecipients = selected.toArray(new TreeNode[0]);
        Comparator<UnitNode> byName = Comparator.comparing(UnitNode::name);
        allUnits = parents.keySet().stream()
                .map(c -> new UnitNode(c, unitNames.getOrDefault(c, c), types.getOrDefault(c, "")))
                .sorted(byName)
                .toList();
        divisions = allUnits.stream().filter(u -> "division".equals(u.type())).toList();
    }

    private void addChildren(
            TreeNode<UnitNode> node,
            String parent,
            Map<String, List<String>> children,
            Map<String, String> types,
            List<TreeNode<UnitNode>> selected,
            int depth) {
        List<String> codes = new ArrayList<>(children.getOrDefault(parent, List.of()));
        codes.sort(Comparator.comparing(c -> unitNames.getOrDefault(c, c)));
        for (String unit : codes) {
            String type = types.getOrDefault(unit, "");
            var child = new CheckboxTreeNode<>(new UnitNode(unit, unitNames.getOrDefault(unit, unit), type), node);
            // The city is open; the levels below open on demand (a district's communes).
            child.setExpanded(depth == 0);
            if (DEFAULT_RECIPIENT_TYPES.contains(type)) {
                child.setSelected(true);
                selected.add(child);
            }
            addChildren(child, unit, children, types, selected, depth + 1);
        }
    }

    /** Unticks every unit, for a letter to a few units rather than the usual many. */
    @SuppressWarnings("unchecked")
    public void clearRecipients() {
        clear(recipientTree);
        selectedRecipients = new TreeNode[0];
    }

    private static void clear(TreeNode<UnitNode> node) {
        node.setSelected(false);
        if (node.getChildren() != null) {
            node.getChildren().forEach(GiveOpinionView::clear);
        }
    }

    /**
     * Fills the form from the chosen template: targets, cycle, who consolidates and who receives.
     * The start, the recipients and the words stay as they are; everything stays editable.
     */
    public void applyTemplate() {
        DirectiveTemplates.DirectiveTemplate template;
        try {
            template = DirectiveTemplates.get(templateCode);
        } catch (IllegalArgumentException unknown) {
            messageFor("opinion:template", unknown.getMessage());
            return;
        }
        consolidatingUnit = template.consolidatingUnit();
        receiverUnit = template.receiverUnit();
        targets =
                new ArrayList<>(template.targets().stream().map(TargetRow::new).toList());
        DirectiveTemplates.Cycle cycle = template.cycle();
        frequency = cycle.frequency();
        periods = cycle.periods();
        deadline = cycle.deadlineDays() == null
                ? firstPeriodStart.plusMonths(1)
                : firstPeriodStart.plusDays(cycle.deadlineDays());
        reportDueDays = cycle.reportDueDays();
        reminderLetterDays = cycle.reminderLetterDays();
        consolidationDueDays = cycle.consolidationDueDays();
    }

    public List<DirectiveTemplates.DirectiveTemplate> getTemplates() {
        return DirectiveTemplates.all();
    }

    public String getTemplateDescription() {
        return DirectiveTemplates.find(templateCode)
                .map(DirectiveTemplates.DirectiveTemplate::description)
                .orElse("");
    }

    public String getTemplateCode() {
        return templateCode;
    }

    public void setTemplateCode(String templateCode) {
        this.templateCode = templateCode;
    }

    public Target.Kind[] getKinds() {
        return Target.Kind.values();
    }

    public Target.RollUp[] getRollUps() {
        return Target.RollUp.values();
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
            List<Target> parsed = new ArrayList<>();
            for (TargetRow t : targets) {
                // Whether a threshold, a measure or a roll-up fits the kind, the target itself says.
                if (blank(t.code) || blank(t.name)) {
                    messageFor("opinion:targets", "Mỗi chỉ tiêu cần mã và tên. / Each target needs a code and a name.");
                    return null;
                }
                parsed.add(t.toTarget());
            }
            boolean once = frequency == CycleChoice.Frequency.ONCE;
            var cycle = new CycleChoice(
                            frequency,
                            inVietnam(firstPeriodStart),
                            once ? null : periods,
                            once && deadline != null ? inVietnam(deadline) : null,
                            reportDueDays,
                            reminderLetterDays,
                            consolidationDueDays)
                    .toCycle();
            var directive = directives.create(
                    getTaskId(),
                    caller.taskGroups(),
                    new Actor(caller.name(), caller.displayName()),
                    new NewDirective(
                            code.strip(),
                            Text.clean(subject),
                            Text.clean(opinion),
                            leadUnit,
                            blank(consolidatingUnit) ? null : consolidatingUnit,
                            blank(consolidatingUnit) || blank(receiverUnit) ? null : receiverUnit,
                            recipients,
                            parsed,
                            cycle));
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

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static OffsetDateTime inVietnam(LocalDateTime moment) {
        return moment.atZone(ZONE).toOffsetDateTime();
    }

    private List<String> recipientCodes() {
        if (selectedRecipients == null) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (TreeNode<UnitNode> node : selectedRecipients) {
            if (node != null && node.getData() != null && !node.getData().code().isEmpty()) {
                codes.add(node.getData().code());
            }
        }
        return codes.stream().distinct().sorted().toList();
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

    public Target.Comparison[] getComparisons() {
        return Target.Comparison.values();
    }

    public Target.Source[] getSources() {
        return Target.Source.values();
    }

    public List<UnitNode> getDivisions() {
        return divisions;
    }

    public List<UnitNode> getAllUnits() {
        return allUnits;
    }

    public TreeNode<UnitNode> getRecipientTree() {
        return recipientTree;
    }

    public TreeNode<UnitNode>[] getSelectedRecipients() {
        return selectedRecipients;
    }

    public void setSelectedRecipients(TreeNode<UnitNode>[] selectedRecipients) {
        this.selectedRecipients = selectedRecipients;
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

    public CycleChoice.Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(CycleChoice.Frequency frequency) {
        this.frequency = frequency;
    }

    public CycleChoice.Frequency[] getFrequencies() {
        return CycleChoice.Frequency.values();
    }

    public boolean isOnce() {
        return frequency == CycleChoice.Frequency.ONCE;
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
