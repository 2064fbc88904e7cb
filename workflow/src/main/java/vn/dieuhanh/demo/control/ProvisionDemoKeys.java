package vn.dieuhanh.demo.control;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import vn.dieuhanh.identity.control.OrgChart;

/**
 * Creates the demo keys of everyone in an org chart who signs (chief of office, unit heads, the
 * DIC director) and the seal of every unit, ahead of the server, so no one's first signature waits for an RSA key to be
 * generated. Demo and tests only; production keys come from a real CA.
 *
 * <pre>
 * ProvisionDemoKeys KEYS_DIR CHART_FILE DEMO_PIN CA_SECRET
 * </pre>
 */
public final class ProvisionDemoKeys {

    static final Set<String> SIGNING_ROLES = Set.of("chief-of-office", "unit-head", "dic-director");

    private ProvisionDemoKeys() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: ProvisionDemoKeys KEYS_DIR CHART_FILE DEMO_PIN CA_SECRET");
            System.exit(2);
        }
        OrgChart chart = OrgChart.read(Path.of(args[1]));
        DemoKeys keys = new DemoKeys(Path.of(args[0]), args[3].toCharArray());
        var units = chart.unitsTopDown().stream()
                .collect(java.util.stream.Collectors.toMap(
                        e -> e.getKey().code(), e -> e.getKey().name()));
        List<OrgChart.Person> signers = chart.people().stream()
                .filter(p -> p.held().stream().anyMatch(ProvisionDemoKeys::signs))
                .toList();
        long start = System.nanoTime();
        keys.caCertificate();
        // Key generation is the slow part (RSA-3072): spread over the cores.
        signers.parallelStream()
                .forEach(p -> keys.ensure(
                        p.username(),
                        (p.lastName() + " " + p.firstName()).strip(),
                        units.getOrDefault(signingUnit(p), signingUnit(p)),
                        args[2].toCharArray()));
        // Every unit's seal too: issued reports and slips are sealed by their unit, and the demo
        // data seals dozens at start, inside one transaction that must not wait on key generation.
        char[] sealSecret = System.getenv()
                .getOrDefault("DIEUHANH_KEYS_SEAL_SECRET", "demo-seal-secret")
                .toCharArray();
        units.entrySet().parallelStream().forEach(u -> keys.ensureSeal(u.getKey(), u.getValue(), sealSecret));
        System.out.printf(
                "Demo keys ready for %d signers and %d seals in %s (%d ms).%n",
                signers.size(), units.size(), args[0], (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * A position that signs: a signing role, or a deputy's title ("Phó ..."), since a deputy signs
     * for the head under a delegation ("KT. GIÁM ĐỐC").
     */
    static boolean signs(vn.dieuhanh.identity.boundary.Position position) {
        return SIGNING_ROLES.contains(position.role())
                || (position.title() != null && position.title().startsWith("Phó"));
    }

    /** The unit a person signs for: that of their first signing position (a certificate names one). */
    private static String signingUnit(OrgChart.Person person) {
        return person.held().stream()
                .filter(ProvisionDemoKeys::signs)
                .map(vn.dieuhanh.identity.boundary.Position::unit)
                .findFirst()
                .orElseThrow();
    }
}
