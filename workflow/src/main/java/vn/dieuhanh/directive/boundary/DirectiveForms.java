package vn.dieuhanh.directive.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import vn.dieuhanh.directive.control.CycleChoice;
import vn.dieuhanh.identity.boundary.Directory;
import vn.dieuhanh.incoming.boundary.IncomingDocuments;
import vn.dieuhanh.reporting.entity.Target;

/**
 * What the directive pages offer and show besides the directive itself: the organisation chart
 * to choose units from, the incoming letter an opinion answers, and the choices a target and a
 * cycle take (by name, as the forms post them).
 */
@ApplicationScoped
public class DirectiveForms {

    /** The one frequency with a deadline instead of a number of periods. */
    public static final String ONCE = CycleChoice.Frequency.ONCE.name();

    @Inject
    Directory directory;

    @Inject
    IncomingDocuments incoming;

    /** The incoming letter an opinion is given on, as the page names it, with its PDF when attached. */
    public record IncomingLetter(String senderReference, String sender, String attachmentId) {}

    /** Each unit's parent unit (null for the city). */
    public Map<String, String> unitParents() {
        return directory.parents();
    }

    public Map<String, String> unitNames() {
        return directory.names();
    }

    /** Each unit's kind: division, department, district, commune, public-unit, media and so on. */
    public Map<String, String> unitTypes() {
        return directory.types();
    }

    public Optional<IncomingLetter> incomingLetter(String incomingDocumentId) {
        return incoming.find(incomingDocumentId)
                .map(letter -> new IncomingLetter(
                        letter.senderReference(),
                        letter.sender(),
                        incoming.attachmentOf(incomingDocumentId)
                                .map(a -> a.id())
                                .orElse(null)));
    }

    /** How often a unit reports (see CycleChoice). */
    public static String[] frequencies() {
        return names(CycleChoice.Frequency.values());
    }

    public static String[] targetKinds() {
        return names(Target.Kind.values());
    }

    public static String[] comparisons() {
        return names(Target.Comparison.values());
    }

    public static String[] rollUps() {
        return names(Target.RollUp.values());
    }

    public static String[] sources() {
        return names(Target.Source.values());
    }

    private static String[] names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }
}
