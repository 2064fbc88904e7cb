package vn.dieuhanh.persistence.control;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Hands Flyway our migrations by name instead of letting it scan the class path: inside an EAR
 * on Liberty, resources live behind URLs that Flyway's scanner does not read, and it silently finds
 * none. A unit test checks that this list and the folder agree.
 */
final class ListedMigrations implements ResourceProvider {

    static final String FOLDER = "db/migration/";

    /** Every migration, in order. Add a new file here when you add it to the folder. */
    static final List<String> FILES = List.of(
            "V1__incoming_register.sql",
            "V2__directives.sql",
            "V3__documents.sql",
            "V4__measurements.sql",
            "V5__reported_samples.sql",
            "V6__audit.sql",
            "V6_1__incoming_attachments.sql",
            "V7__report_evidence.sql",
            "V8__sample_day_figures.sql",
            "V9__document_recipients.sql",
            "V10__unit_reminders.sql",
            "V11__targets_and_values.sql",
            "V12__series_values.sql",
            "V13__directive_shapes.sql",
            "V14__delegations.sql");

    private final ClassLoader classLoader;

    ListedMigrations(ClassLoader classLoader) {
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
    }

    @Override
    public LoadableResource getResource(String name) {
        String file = name.startsWith(FOLDER) ? name.substring(FOLDER.length()) : name;
        return FILES.contains(file) ? new Migration(file) : null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return FILES.stream()
                .filter(file -> file.startsWith(prefix))
                .filter(file -> Arrays.stream(suffixes).anyMatch(file::endsWith))
                .<LoadableResource>map(Migration::new)
                .toList();
    }

    private final class Migration extends LoadableResource {
        private final String file;

        Migration(String file) {
            this.file = file;
        }

        @Override
        public Reader read() {
            InputStream in = classLoader.getResourceAsStream(FOLDER + file);
            if (in == null) {
                throw new IllegalStateException("Migration " + FOLDER + file + " is listed but not packaged");
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return FOLDER + file;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return FOLDER + file;
        }

        @Override
        public String getFilename() {
            return file;
        }

        @Override
        public String getRelativePath() {
            return file;
        }
    }
}
