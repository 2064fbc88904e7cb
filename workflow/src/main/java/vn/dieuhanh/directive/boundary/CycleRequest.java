package vn.dieuhanh.directive.boundary;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import vn.dieuhanh.directive.control.CycleChoice;
import vn.dieuhanh.directive.control.DirectiveTemplates;
import vn.dieuhanh.directive.entity.ReportingCycle;

/**
 * The reporting cycle in one of two forms, never both: the plain one a person chooses
 * ({@code frequency} MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY or ONCE; {@code periods}, or for
 * ONCE a {@code deadline}; deadlines in days), or ISO 8601 durations ({@code periodLength}
 * and the rest, with {@code endAt}), which also takes periods of minutes. Numbers are read as
 * decimals so that a fraction or a huge number is refused with its reason, not as unreadable.
 */
public record CycleRequest(
        @NotNull(message = "Cần ngày bắt đầu kỳ đầu tiên. / The first period's start is required.")
                OffsetDateTime firstPeriodStart,
        String frequency,
        BigDecimal periods,
        OffsetDateTime deadline,
        BigDecimal reportDueDays,
        BigDecimal reminderLetterDays,
        BigDecimal consolidationDueDays,
        String periodLength,
        String unitDeadlineAfterEnd,
        String reminderLetterAfterDeadline,
        String consolidationDeadlineAfterEnd,
        OffsetDateTime endAt) {

    private static final String FORMS = "tần suất (frequency, periods hoặc deadline, reportDueDays,"
            + " reminderLetterDays, consolidationDueDays) hoặc thời hạn ISO 8601 (periodLength,"
            + " unitDeadlineAfterEnd, reminderLetterAfterDeadline, consolidationDeadlineAfterEnd, endAt)";
    private static final String FORMS_EN = "the plain form (frequency, periods or deadline, reportDueDays,"
            + " reminderLetterDays, consolidationDueDays) or the ISO 8601 form (periodLength,"
            + " unitDeadlineAfterEnd, reminderLetterAfterDeadline, consolidationDeadlineAfterEnd, endAt)";

    /**
     * The cycle this asks for; with a template's cycle, the plain fields left out are the
     * template's. An {@link IllegalArgumentException} says what is wrong.
     */
    ReportingCycle toCycle(DirectiveTemplates.Cycle defaults) {
        boolean isoGiven = periodLength != null
                || unitDeadlineAfterEnd != null
                || reminderLetterAfterDeadline != null
                || consolidationDeadlineAfterEnd != null
                || endAt != null;
        if (defaults == null || isoGiven || firstPeriodStart == null) {
            return toCycle();
        }
        CycleChoice template = defaults.from(firstPeriodStart);
        boolean once = frequency == null
                ? template.frequency() == CycleChoice.Frequency.ONCE
                : CycleChoice.Frequency.parse(frequency) == CycleChoice.Frequency.ONCE;
        return new CycleRequest(
                        firstPeriodStart,
                        frequency != null ? frequency : template.frequency().name(),
                        periods != null
                                ? periods
                                : once || template.periods() == null ? null : BigDecimal.valueOf(template.periods()),
                        deadline != null ? deadline : once ? template.deadline() : null,
                        reportDueDays != null ? reportDueDays : BigDecimal.valueOf(template.reportDueDays()),
                        reminderLetterDays != null
                                ? reminderLetterDays
                                : BigDecimal.valueOf(template.reminderLetterDays()),
                        consolidationDueDays != null
                                ? consolidationDueDays
                                : BigDecimal.valueOf(template.consolidationDueDays()),
                        null,
                        null,
                        null,
                        null,
                        null)
                .toCycle();
    }

    /** The cycle this asks for; an {@link IllegalArgumentException} says what is wrong. */
    ReportingCycle toCycle() {
        boolean plain = frequency != null
                || periods != null
                || deadline != null
                || reportDueDays != null
                || reminderLetterDays != null
                || consolidationDueDays != null;
        boolean iso = periodLength != null
                || unitDeadlineAfterEnd != null
                || reminderLetterAfterDeadline != null
                || consolidationDeadlineAfterEnd != null
                || endAt != null;
        if (plain == iso) {
            throw new IllegalArgumentException("Chu kỳ báo cáo cần đúng một trong hai cách: " + FORMS
                    + (plain ? ", không dùng cả hai" : "") + ". / The cycle takes exactly one of " + FORMS_EN
                    + (plain ? ", not both" : "") + ".");
        }
        if (plain) {
            return new CycleChoice(
                            CycleChoice.Frequency.parse(frequency),
                            firstPeriodStart,
                            periods == null ? null : whole(periods, "periods"),
                            deadline,
                            whole(required(reportDueDays, "reportDueDays"), "reportDueDays"),
                            whole(required(reminderLetterDays, "reminderLetterDays"), "reminderLetterDays"),
                            whole(required(consolidationDueDays, "consolidationDueDays"), "consolidationDueDays"))
                    .toCycle();
        }
        return new ReportingCycle(
                firstPeriodStart,
                required(periodLength, "periodLength").strip(),
                required(unitDeadlineAfterEnd, "unitDeadlineAfterEnd").strip(),
                required(reminderLetterAfterDeadline, "reminderLetterAfterDeadline")
                        .strip(),
                required(consolidationDeadlineAfterEnd, "consolidationDeadlineAfterEnd")
                        .strip(),
                required(endAt, "endAt"));
    }

    private static <T> T required(T value, String field) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw new IllegalArgumentException(
                    "Chu kỳ báo cáo thiếu " + field + ". / The cycle's " + field + " is missing.");
        }
        return value;
    }

    private static int whole(BigDecimal value, String field) {
        try {
            return value.intValueExact();
        } catch (ArithmeticException notAWholeNumberThatFits) {
            throw new IllegalArgumentException(field + " phải là số nguyên (ví dụ 12), không phải " + value + ". / "
                    + field + " must be a whole number (for example 12), not " + value + ".");
        }
    }
}
