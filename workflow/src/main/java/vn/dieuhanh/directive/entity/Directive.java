package vn.dieuhanh.directive.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.dieuhanh.reporting.entity.Target;

/**
 * A directive in force: the same process models run every directive, and everything that makes
 * one directive differ from another lives here as data.
 */
@Entity
@Table(name = "dh_directive")
@NamedQuery(name = Directive.BY_CODE, query = "select d from Directive d where d.code = :code")
public class Directive {

    /** Recipients a directive may have: every unit of a large province, with room to spare. */
    public static final int MAX_RECIPIENTS = 5_000;

    public static final String BY_CODE = "Directive.byCode";

    /** Where a directive is in its life. */
    public enum Status {
        DRAFTING,
        IN_FORCE,
        CLOSED
    }

    @Id
    private String id;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String subject;

    @Column(name = "lead_unit", nullable = false)
    private String leadUnit;

    @Column(name = "office_unit", nullable = false)
    private String officeUnit;

    @Column(name = "records_office", nullable = false)
    private String recordsOffice;

    /** Null: no consolidated report; the units report to the lead division, which follows up. */
    @Column(name = "consolidating_unit")
    private String consolidatingUnit;

    /** Null: the consolidated report goes to the city's leaders, nobody beyond the city. */
    @Column(name = "receiver_unit")
    private String receiverUnit;

    @Column(name = "first_period_start", nullable = false)
    private OffsetDateTime firstPeriodStart;

    @Column(name = "period_length", nullable = false)
    private String periodLength;

    @Column(name = "unit_deadline_offset", nullable = false)
    private String unitDeadlineOffset;

    @Column(name = "reminder_letter_offset", nullable = false)
    private String reminderLetterOffset;

    @Column(name = "consolidation_offset", nullable = false)
    private String consolidationOffset;

    @Column(name = "end_at", nullable = false)
    private OffsetDateTime endAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "incoming_document_id")
    private String incomingDocumentId;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "final_summary")
    private String finalSummary;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dh_directive_recipient", joinColumns = @JoinColumn(name = "directive_id"))
    @OrderColumn(name = "position")
    @Column(name = "unit_code")
    private List<String> recipients = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dh_directive_target", joinColumns = @JoinColumn(name = "directive_id"))
    private List<Target> targets = new ArrayList<>();

    protected Directive() {}

    public Directive(
            String code,
            String subject,
            DirectiveUnits units,
            List<String> recipients,
            List<Target> targets,
            ReportingCycle cycle,
            String incomingDocumentId) {
        this.id = UUID.randomUUID().toString();
        this.code = Objects.requireNonNull(code, "code");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.leadUnit = units.leadUnit();
        this.officeUnit = units.officeUnit();
        this.recordsOffice = units.recordsOffice();
        this.consolidatingUnit = units.consolidatingUnit();
        this.receiverUnit = units.receiverUnit();
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException(
                    "Văn bản chỉ đạo phải có ít nhất một đơn vị nhận. / A directive needs at least one recipient.");
        }
        if (recipients.size() > MAX_RECIPIENTS) {
            // The message's figure is MAX_RECIPIENTS written as each language writes thousands.
            throw new IllegalArgumentException("Tối đa 5.000 đơn vị nhận. / At most 5,000 recipients.");
        }
        if (recipients.stream().distinct().count() != recipients.size()) {
            throw new IllegalArgumentException(
                    "Một đơn vị được chọn nhận hai lần. / A recipient unit is listed twice.");
        }
        this.recipients = new ArrayList<>(recipients);
        this.targets = new ArrayList<>(targets);
        this.firstPeriodStart = cycle.firstPeriodStart();
        this.periodLength = cycle.periodLength();
        this.unitDeadlineOffset = cycle.unitDeadlineAfterEnd();
        this.reminderLetterOffset = cycle.reminderLetterAfterDeadline();
        this.consolidationOffset = cycle.consolidationDeadlineAfterEnd();
        this.endAt = cycle.endAt();
        this.incomingDocumentId = incomingDocumentId;
        this.status = Status.DRAFTING;
    }

    public ReportingCycle cycle() {
        return new ReportingCycle(
                firstPeriodStart, periodLength, unitDeadlineOffset, reminderLetterOffset, consolidationOffset, endAt);
    }

    /** The variables every case of this directive carries, so the models read no table to route. */
    public Map<String, Object> processVariables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("directiveId", id);
        variables.put("directiveCode", code);
        variables.put("subject", subject);
        variables.put("leadUnit", leadUnit);
        variables.put("officeUnit", officeUnit);
        variables.put("recordsOffice", recordsOffice);
        variables.put("consolidatingUnit", consolidatingUnit);
        variables.put("receiverUnit", receiverUnit);
        variables.put("consolidates", consolidates());
        variables.put("reportsOutside", reportsOutside());
        variables.put("cycleStart", firstPeriodStart.toString());
        variables.put("periodLength", periodLength);
        variables.put("unitDeadlineOffset", unitDeadlineOffset);
        variables.put("reminderLetterOffset", reminderLetterOffset);
        variables.put("consolidationOffset", consolidationOffset);
        variables.put("endAt", endAt.toString());
        return variables;
    }

    public void started(String processInstanceId) {
        this.processInstanceId = Objects.requireNonNull(processInstanceId, "processInstanceId");
    }

    public void issued() {
        this.status = Status.IN_FORCE;
    }

    public void close(OffsetDateTime at, String summary) {
        this.status = Status.CLOSED;
        this.closedAt = Objects.requireNonNull(at, "at");
        this.finalSummary = summary;
    }

    public String id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String subject() {
        return subject;
    }

    public Status status() {
        return status;
    }

    public List<String> recipients() {
        return List.copyOf(recipients);
    }

    public List<Target> targets() {
        return List.copyOf(targets);
    }

    /** The units with a part in this directive other than through a (forwarded) assignment. */
    public java.util.Set<String> partyUnits() {
        var units = new java.util.LinkedHashSet<String>(recipients);
        java.util.stream.Stream.of(leadUnit, officeUnit, recordsOffice, consolidatingUnit, receiverUnit)
                .filter(Objects::nonNull)
                .forEach(units::add);
        return units;
    }

    public String leadUnit() {
        return leadUnit;
    }

    public String officeUnit() {
        return officeUnit;
    }

    public String recordsOffice() {
        return recordsOffice;
    }

    public String incomingDocumentId() {
        return incomingDocumentId;
    }

    public String consolidatingUnit() {
        return consolidatingUnit;
    }

    /** The receiver beyond the city (a Ministry), or null when the report stays in the city. */
    public String receiverUnit() {
        return receiverUnit;
    }

    /** Whether a unit consolidates the units' reports each period into a signed report. */
    public boolean consolidates() {
        return consolidatingUnit != null;
    }

    /** Whether the consolidated report goes beyond the city and waits for its receipt. */
    public boolean reportsOutside() {
        return receiverUnit != null;
    }

    /**
     * The unit the units report to and which reminds them: the consolidating unit, or the lead
     * division when there is no consolidation.
     */
    public String followUpUnit() {
        return consolidates() ? consolidatingUnit : leadUnit;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public OffsetDateTime closedAt() {
        return closedAt;
    }

    public String finalSummary() {
        return finalSummary;
    }
}
