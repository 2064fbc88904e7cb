package vn.dieuhanh.access.boundary;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which units take part in one directive, and how: what the read policy decides on.
 *
 * @param leaderUnit the city's leadership, which directs
 * @param officeUnit the City Office, which issues the letter
 * @param recordsOffice the Office's records office, which registers and issues
 * @param leadUnit the division of the Office that leads the directive
 * @param consolidatingUnit the unit that consolidates the reports, null when none does
 * @param receiverUnit the receiver beyond the city (a Ministry), null when none
 * @param recipients the units the letter goes to
 * @param forwardedBy each unit a recipient forwarded the task to, with the unit that forwarded it
 */
public record Participation(
        String directiveId,
        String leaderUnit,
        String officeUnit,
        String recordsOffice,
        String leadUnit,
        String consolidatingUnit,
        String receiverUnit,
        List<String> recipients,
        Map<String, String> forwardedBy) {

    public Participation {
        Objects.requireNonNull(directiveId, "directiveId");
        Objects.requireNonNull(leaderUnit, "leaderUnit");
        Objects.requireNonNull(officeUnit, "officeUnit");
        Objects.requireNonNull(recordsOffice, "recordsOffice");
        Objects.requireNonNull(leadUnit, "leadUnit");
        recipients = List.copyOf(recipients);
        forwardedBy = Map.copyOf(forwardedBy);
    }

    /**
     * The unit the units report to and which reminds them: the consolidating unit, or the lead
     * division when there is no consolidation.
     */
    public String followUpUnit() {
        return consolidatingUnit != null ? consolidatingUnit : leadUnit;
    }

    /** Every unit with a part in it: those that run it, the recipients and those they forwarded to. */
    public Set<String> parties() {
        Set<String> parties = new LinkedHashSet<>();
        Stream.of(leaderUnit, officeUnit, recordsOffice, leadUnit, consolidatingUnit, receiverUnit)
                .filter(Objects::nonNull)
                .forEach(parties::add);
        parties.addAll(recipients);
        parties.addAll(forwardedBy.keySet());
        return parties;
    }

    /** The units that run it and so read every unit's papers: the Office, its lead division, the follow-up unit. */
    public Set<String> runners() {
        return new LinkedHashSet<>(List.of(officeUnit, leadUnit, followUpUnit()));
    }
}
