package vn.dieuhanh.access.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dieuhanh.directive.boundary.Participations;
import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.directive.entity.DirectiveUnits;
import vn.dieuhanh.directive.entity.ReportingCycle;

/**
 * The read policy on a directive unlike the demo's: quarterly, sent to a department, a district
 * and a public unit; the district forwarded it to two communes; the department both reports (it
 * issues its own report) and consolidates everyone's, as the i-Speed department does.
 */
class ReadPolicyTest {

    private static final OffsetDateTime START = OffsetDateTime.parse("2025-01-01T00:00+07:00");
    private static final String LEADERS = "UBND-T", OFFICE = "VP-T", RECORDS = "VP-T-VT", LEAD = "VP-T-KT";
    private static final String DEPARTMENT = "SO-KHCN", DISTRICT = "HUYEN-X", HOSPITAL = "BV-T";
    private static final String COMMUNE_A = "XA-A", COMMUNE_B = "XA-B", OUTSIDER = "SO-YTE";

    private final Directive quarterly = new Directive(
            "CDS-QUY",
            "V/v báo cáo chuyển đổi số hằng quý",
            new DirectiveUnits(LEAD, OFFICE, RECORDS, DEPARTMENT, null),
            List.of(DEPARTMENT, DISTRICT, HOSPITAL),
            List.of(),
            new ReportingCycle(START, "P3M", "P10D", "P5D", "P20D", START.plusYears(1)),
            null);
    private final Participation directive =
            Participations.of(quarterly, LEADERS, Map.of(COMMUNE_A, DISTRICT, COMMUNE_B, DISTRICT));

    private static Reader in(String unit, String role) {
        return new Reader(role + "@" + unit, Set.of(new Position(unit, role)), false);
    }

    private static final Reader AUDITOR = new Reader("thanhtra", Set.of(), true);

    private boolean reads(Reader reader, Paper paper) {
        return ReadPolicy.mayReadDocument(reader, directive, paper);
    }

    @Test
    void everyPartyReadsTheDirectiveItsTrailAndFiguresAndNobodyElse() {
        for (Reader party : List.of(
                in(LEADERS, "city-leader"),
                in(OFFICE, "chief-of-office"),
                in(RECORDS, "records-clerk"),
                in(LEAD, "specialist"),
                in(DEPARTMENT, "dic-officer"),
                in(DEPARTMENT, "unit-officer"),
                in(DISTRICT, "unit-head"),
                in(HOSPITAL, "unit-officer"),
                in(COMMUNE_A, "unit-officer"),
                in(COMMUNE_B, "unit-head"),
                AUDITOR)) {
            assertThat(ReadPolicy.mayRead(party, directive))
                    .as(party.username())
                    .isTrue();
            assertThat(ReadPolicy.mayReadTrail(party, directive))
                    .as(party.username())
                    .isTrue();
            assertThat(ReadPolicy.mayReadFigures(party, directive))
                    .as(party.username())
                    .isTrue();
        }
        for (Reader stranger : List.of(
                in(OUTSIDER, "unit-head"),
                in("XA-C", "unit-officer"),
                in("BO-KHCN", "ministry-officer"),
                // A role held in a unit that is a party, but one that reads nothing.
                in(OFFICE, "admin"),
                new Reader("nobody", Set.of(), false))) {
            assertThat(ReadPolicy.mayRead(stranger, directive))
                    .as(stranger.username())
                    .isFalse();
            assertThat(ReadPolicy.mayReadTrail(stranger, directive))
                    .as(stranger.username())
                    .isFalse();
            assertThat(ReadPolicy.mayReadFigures(stranger, directive))
                    .as(stranger.username())
                    .isFalse();
        }
    }

    @Test
    void theDirectivesOwnDocumentsAreForEveryReader() {
        Paper letter = new Paper(null, OFFICE, List.of(DEPARTMENT, DISTRICT, HOSPITAL));
        Paper consolidated = new Paper(null, DEPARTMENT, List.of(OFFICE));
        for (Paper paper : List.of(letter, consolidated)) {
            assertThat(reads(in(COMMUNE_B, "unit-officer"), paper)).isTrue();
            assertThat(reads(in(HOSPITAL, "unit-head"), paper)).isTrue();
            assertThat(reads(in(LEADERS, "city-leader"), paper)).isTrue();
            assertThat(reads(in(OUTSIDER, "unit-head"), paper)).isFalse();
        }
    }

    @Test
    void aUnitsReportIsForItsUnitTheConsolidatorTheOfficeAndAuditorsNotForOtherRecipients() {
        Paper hospitalReport = new Paper(HOSPITAL, HOSPITAL, List.of(DEPARTMENT));
        assertThat(reads(in(HOSPITAL, "unit-officer"), hospitalReport)).isTrue();
        assertThat(reads(in(DEPARTMENT, "dic-officer"), hospitalReport)).isTrue();
        assertThat(reads(in(OFFICE, "chief-of-office"), hospitalReport)).isTrue();
        assertThat(reads(in(LEAD, "division-head"), hospitalReport)).isTrue();
        assertThat(reads(AUDITOR, hospitalReport)).isTrue();
        assertThat(reads(in(DISTRICT, "unit-head"), hospitalReport)).isFalse();
        assertThat(reads(in(COMMUNE_A, "unit-head"), hospitalReport)).isFalse();
        assertThat(reads(in(RECORDS, "records-clerk"), hospitalReport)).isFalse();
        assertThat(reads(in(OUTSIDER, "unit-head"), hospitalReport)).isFalse();
    }

    @Test
    void theUnitThatReportsAndConsolidatesReadsItsOwnReport() {
        // Issuer, unit and addressee are the same unit: the i-Speed department's shape.
        Paper ownReport = new Paper(DEPARTMENT, DEPARTMENT, List.of(DEPARTMENT));
        assertThat(reads(in(DEPARTMENT, "unit-officer"), ownReport)).isTrue();
        assertThat(reads(in(DEPARTMENT, "unit-head"), ownReport)).isTrue();
        assertThat(reads(in(DEPARTMENT, "dic-director"), ownReport)).isTrue();
        assertThat(reads(in(HOSPITAL, "unit-head"), ownReport)).isFalse();
        assertThat(reads(in(COMMUNE_B, "unit-officer"), ownReport)).isFalse();
    }

    @Test
    void theForwardingSlipReachesBothCommunesAndEachCommunesReportStaysItsOwn() {
        Paper forwarding = new Paper(DISTRICT, DISTRICT, List.of(COMMUNE_A, COMMUNE_B));
        assertThat(reads(in(COMMUNE_A, "unit-head"), forwarding)).isTrue();
        assertThat(reads(in(COMMUNE_B, "unit-officer"), forwarding)).isTrue();
        assertThat(reads(in(HOSPITAL, "unit-head"), forwarding)).isFalse();

        Paper communeReport = new Paper(COMMUNE_A, COMMUNE_A, List.of(DEPARTMENT));
        assertThat(reads(in(COMMUNE_A, "unit-officer"), communeReport)).isTrue();
        assertThat(reads(in(DEPARTMENT, "dic-officer"), communeReport)).isTrue();
        assertThat(reads(in(COMMUNE_B, "unit-head"), communeReport)).isFalse();
    }

    @Test
    void aReminderIsForTheUnitRemindedAndTheUnitThatSentIt() {
        Paper reminder = new Paper(HOSPITAL, DEPARTMENT, List.of(HOSPITAL));
        assertThat(reads(in(HOSPITAL, "unit-head"), reminder)).isTrue();
        assertThat(reads(in(DEPARTMENT, "dic-director"), reminder)).isTrue();
        assertThat(reads(in(DISTRICT, "unit-head"), reminder)).isFalse();
    }

    @Test
    void evidenceIsForTheUnitAndTheUnitItReportsToOnly() {
        assertThat(ReadPolicy.mayReadEvidence(in(HOSPITAL, "unit-officer"), directive, HOSPITAL))
                .isTrue();
        assertThat(ReadPolicy.mayReadEvidence(in(DEPARTMENT, "dic-officer"), directive, HOSPITAL))
                .isTrue();
        assertThat(ReadPolicy.mayReadEvidence(AUDITOR, directive, HOSPITAL)).isTrue();
        assertThat(ReadPolicy.mayReadEvidence(in(OFFICE, "chief-of-office"), directive, HOSPITAL))
                .isFalse();
        assertThat(ReadPolicy.mayReadEvidence(in(DISTRICT, "unit-head"), directive, HOSPITAL))
                .isFalse();
        assertThat(ReadPolicy.mayReadEvidence(in(OUTSIDER, "dic-officer"), directive, OUTSIDER))
                .as("a unit of no part in the directive")
                .isFalse();
    }

    @Test
    void theDashboardIsForThoseWhoRunItEachRoleInItsUnit() {
        for (Reader watcher : List.of(
                in(LEADERS, "city-leader"),
                in(OFFICE, "chief-of-office"),
                in(LEAD, "specialist"),
                in(LEAD, "division-head"),
                in(RECORDS, "records-clerk"),
                in(DEPARTMENT, "dic-officer"),
                in(DEPARTMENT, "dic-director"),
                AUDITOR)) {
            assertThat(ReadPolicy.mayWatch(watcher, directive))
                    .as(watcher.username())
                    .isTrue();
        }
        for (Reader other : List.of(
                in(DEPARTMENT, "unit-head"),
                in(DISTRICT, "unit-head"),
                in(HOSPITAL, "specialist"),
                in(LEADERS, "records-clerk"),
                in(OUTSIDER, "dic-officer"))) {
            assertThat(ReadPolicy.mayWatch(other, directive))
                    .as(other.username())
                    .isFalse();
        }
    }

    @Test
    void oneUnitPlayingTwoPartsIsNoError() {
        // The Office leads, consolidates and keeps the records itself: every part names one unit.
        Participation officeDoesAll = new Participation(
                "d", LEADERS, OFFICE, OFFICE, OFFICE, OFFICE, null, List.of(OFFICE, HOSPITAL), Map.of());
        Reader chief = in(OFFICE, "chief-of-office");
        assertThat(ReadPolicy.mayWatch(chief, officeDoesAll)).isTrue();
        assertThat(ReadPolicy.mayWatch(in(OFFICE, "dic-director"), officeDoesAll))
                .isTrue();
        assertThat(ReadPolicy.mayReadDocument(chief, officeDoesAll, new Paper(OFFICE, OFFICE, List.of(OFFICE))))
                .isTrue();
        assertThat(ReadPolicy.mayReadDocument(
                        in(HOSPITAL, "unit-head"), officeDoesAll, new Paper(OFFICE, OFFICE, List.of(OFFICE))))
                .isFalse();
    }

    @Test
    void onlyAuditorsSearchEveryTrail() {
        assertThat(ReadPolicy.maySearchEveryTrail(AUDITOR)).isTrue();
        assertThat(ReadPolicy.maySearchEveryTrail(in(LEADERS, "city-leader"))).isFalse();
    }

    @Test
    void aPersonWithTwoPositionsReadsWhatEitherReads() {
        Reader both = new Reader(
                "kiemnhiem",
                Set.of(new Position(OUTSIDER, "unit-head"), new Position(HOSPITAL, "unit-officer")),
                false);
        assertThat(ReadPolicy.mayRead(both, directive)).isTrue();
        assertThat(reads(both, new Paper(HOSPITAL, HOSPITAL, List.of(DEPARTMENT))))
                .isTrue();
        assertThat(reads(both, new Paper(DISTRICT, DISTRICT, List.of(COMMUNE_A))))
                .isFalse();
        assertThat(ReadPolicy.readsDirectives(both)).isTrue();
        assertThat(ReadPolicy.readsDirectives(in(OFFICE, "admin"))).isFalse();
    }

    @Test
    void aCandidateGroupNamesAPosition() {
        assertThat(Position.ofGroup("SO-YTE:unit-head")).isEqualTo(new Position("SO-YTE", "unit-head"));
        assertThat(Position.ofGroup("SO-YTE")).isNull();
        assertThat(Position.ofGroup(":unit-head")).isNull();
        assertThat(Position.ofGroup("SO-YTE:")).isNull();
        assertThat(Position.ofGroup(null)).isNull();
    }
}
