package vn.dieuhanh.identity.control;

import java.nio.file.Path;
import java.util.List;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;

/**
 * The provisioning command: applies an org chart file to a Keycloak realm.
 *
 * <pre>
 * ProvisionOrgChart KEYCLOAK_URL CHART_FILE [INITIAL_PASSWORD]
 * </pre>
 *
 * The administrator signs in to the master realm with KEYCLOAK_ADMIN_USER and
 * KEYCLOAK_ADMIN_PASSWORD (or the secrets file of the system property dieuhanh.secrets: see adminPassword()). INITIAL_PASSWORD is given to people created
 * by this run, for the demo only; without it new people set their password through Keycloak.
 */
public final class ProvisionOrgChart {

    private ProvisionOrgChart() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: ProvisionOrgChart KEYCLOAK_URL CHART_FILE [INITIAL_PASSWORD]");
            System.exit(2);
        }
        OrgChart chart = OrgChart.read(Path.of(args[1]));
        List<String> changes = apply(args[0], chart, args.length == 3 ? args[2] : null);
        changes.forEach(change -> System.out.println("  " + change));
        System.out.println("Org chart applied to realm " + chart.realm() + ": " + changes.size() + " changes.");
    }

    public static List<String> apply(String keycloakUrl, OrgChart chart, String initialPassword) {
        String user = System.getenv().getOrDefault("KEYCLOAK_ADMIN_USER", "admin");
        String password = adminPassword();
        try (Keycloak keycloak = KeycloakBuilder.builder()
                .serverUrl(keycloakUrl)
                .realm("master")
                .clientId("admin-cli")
                .username(user)
                .password(password)
                .build()) {
            return new OrgChartProvisioner(keycloak.realm(chart.realm()), initialPassword).apply(chart);
        }
    }

    /**
     * The Keycloak administrator's password: the environment's {@code KEYCLOAK_ADMIN_PASSWORD}, or
     * the line of that name in the secrets file named by the system property
     * {@code dieuhanh.secrets} (the file {@code app-ear/bin/keycloak} generates for the demo and the
     * tests). There is no default: a well-known password is how demo installations get taken over.
     */
    public static String adminPassword() {
        String fromEnvironment = System.getenv("KEYCLOAK_ADMIN_PASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        String file = System.getProperty("dieuhanh.secrets");
        if (file != null && !file.isBlank()) {
            try {
                for (String line : java.nio.file.Files.readAllLines(Path.of(file))) {
                    if (line.startsWith("KEYCLOAK_ADMIN_PASSWORD=")) {
                        return line.substring("KEYCLOAK_ADMIN_PASSWORD=".length())
                                .strip();
                    }
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException("Cannot read the secrets file " + file + ": " + e.getMessage(), e);
            }
        }
        throw new IllegalStateException("Set KEYCLOAK_ADMIN_PASSWORD, or -Ddieuhanh.secrets=<the secrets.env file"
                + " that app-ear/bin/keycloak generated>, to provision the org chart.");
    }
}
