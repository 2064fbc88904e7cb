package vn.dieuhanh.access.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one rule of who may read a directive, its documents, its trail and its figures. Every
 * resource, page and servlet asks here (through its workflow boundary); what a reader may not
 * read is answered as if it did not exist.
 *
 * <p>It replaces six copies that had drifted apart. Where they disagreed the stricter one was
 * kept: a unit counts only where the reader holds a reading role in it (the servlets' role check;
 * the boundaries looked at units alone), so an administrator's position reads nothing; and a
 * unit's evidence files stay narrower than its report (see {@link #mayReadEvidence}).
 */
public final class ReadPolicy {

    /** The roles that read directives: everyone who acts on them, and auditors; not the administrator. */
    public static final List<String> READING_ROLES = List.of(
            "city-leader",
            "chief-of-office",
            "specialist",
            "division-head",
            "records-clerk",
            "unit-head",
            "unit-officer",
            "dic-officer",
            "dic-director",
            "ministry-officer",
            "auditor");

    /** The roles a dashboard is for; which unit they must be held in depends on the directive. */
    public static final List<String> WATCHING_ROLES = List.of(
            "city-leader",
            "chief-of-office",
            "specialist",
            "division-head",
            "records-clerk",
            "dic-officer",
            "dic-director",
            "auditor");

    private ReadPolicy() {}

    /**
     * The directive itself (its status, its page): for auditors, and for a reader holding a reading
     * role in any unit that takes part in it, a sub-unit it was forwarded to included.
     */
    public static boolean mayRead(Reader reader, Participation directive) {
        if (reader.auditor()) {
            return true;
        }
        Set<String> parties = directive.parties();
        return readingUnits(reader).stream().anyMatch(parties::contains);
    }

    /** The directive's trail and diagram: whoever reads the directive. */
    public static boolean mayReadTrail(Reader reader, Participation directive) {
        return mayRead(reader, directive);
    }

    /** Searching the trail across every directive at once: auditors only. */
    public static boolean maySearchEveryTrail(Reader reader) {
        return reader.auditor();
    }

    /**
     * The directive's figures (what its data series measured, unit by unit): whoever reads the
     * directive, since its page shows the same figures to every party.
     */
    public static boolean mayReadFigures(Reader reader, Participation directive) {
        return mayRead(reader, directive);
    }

    /**
     * One of the directive's documents. The directive's own (the leader's opinion, the letter, the
     * consolidated report) for whoever reads the directive. A unit's own (its report, its
     * assignment or forwarding slip, the reminder it got) for the unit, the document's issuer and
     * addressees, and those who run the directive (the Office, its lead division, the unit the
     * reports go to); not for the other recipients. Auditors read all.
     */
    public static boolean mayReadDocument(Reader reader, Participation directive, Paper paper) {
        if (!mayRead(reader, directive)) {
            return false;
        }
        if (reader.auditor() || paper.unitCode() == null) {
            return true;
        }
        Set<String> allowed = directive.runners();
        allowed.add(paper.unitCode());
        allowed.add(paper.issuerUnit());
        allowed.addAll(paper.recipients());
        return readingUnits(reader).stream().anyMatch(allowed::contains);
    }

    /**
     * A file a unit attached to its report: the unit and the unit its reports go to, and auditors.
     * Narrower than the report (the Office does not open them) as it always was: an uploaded file
     * may hold what the report's text does not, and the unit reading the reports judges them.
     */
    public static boolean mayReadEvidence(Reader reader, Participation directive, String unitCode) {
        if (reader.auditor()) {
            return true;
        }
        Set<String> units = readingUnits(reader);
        return mayRead(reader, directive) && (units.contains(unitCode) || units.contains(directive.followUpUnit()));
    }

    /**
     * The directive's dashboard, for those who run it, each role in the unit that plays that part:
     * the city's leaders, the Office's chief and its lead division, the records office, the
     * consolidating unit's officer and director; and auditors. The recipients read their figures
     * on the directive's page instead.
     */
    public static boolean mayWatch(Reader reader, Participation directive) {
        if (reader.auditor()) {
            return true;
        }
        // A list, not Set.of: one unit may play two parts (the Office may lead), and Set.of refuses
        // a repeated element with an exception (the 500 the documents list once gave).
        List<Position> watchers = new ArrayList<>(List.of(
                new Position(directive.leaderUnit(), "city-leader"),
                new Position(directive.officeUnit(), "chief-of-office"),
                new Position(directive.officeUnit(), "specialist"),
                new Position(directive.officeUnit(), "division-head"),
                new Position(directive.leadUnit(), "specialist"),
                new Position(directive.leadUnit(), "division-head"),
                new Position(directive.recordsOffice(), "records-clerk")));
        if (directive.consolidatingUnit() != null) {
            watchers.add(new Position(directive.consolidatingUnit(), "dic-officer"));
            watchers.add(new Position(directive.consolidatingUnit(), "dic-director"));
        }
        return reader.positions().stream().anyMatch(watchers::contains);
    }

    /** Whether the reader holds any role that reads directives: the pages offer the directive list then. */
    public static boolean readsDirectives(Reader reader) {
        return reader.auditor() || !readingUnits(reader).isEmpty();
    }

    /** Whether the reader holds any role a dashboard is for: the pages offer the dashboard then. */
    public static boolean watchesDirectives(Reader reader) {
        return reader.auditor() || reader.positions().stream().anyMatch(p -> WATCHING_ROLES.contains(p.role()));
    }

    /** The units in which the reader holds a role that reads directives. */
    public static Set<String> readingUnits(Reader reader) {
        return reader.positions().stream()
                .filter(p -> READING_ROLES.contains(p.role()))
                .map(Position::unit)
                .collect(Collectors.toSet());
    }
}
