package vn.dieuhanh.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The architecture page must name what the code has: every package of the EJB jar and the WAR,
 * and every table our migrations create. A package or table added without a line in the page
 * fails the build, so the page cannot fall behind the code again unnoticed.
 */
class ArchitectureDocumentTest {

    private static final Path ROOT = Path.of("..");
    private static final Path PAGE = ROOT.resolve("docs/src/docs/asciidoc/architecture.adoc");
    private static final Pattern CREATE_TABLE =
            Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

    @Test
    void names_every_package_of_both_modules() throws IOException {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        Set<String> packages = new TreeSet<>();
        for (String module : List.of("workflow", "web")) {
            packages.addAll(packagesUnder(ROOT.resolve(module).resolve("src/main/java")));
        }

        assertThat(packages).hasSizeGreaterThan(30);
        assertThat(packages.stream().filter(name -> !page.contains("`" + name + "`")))
                .as("packages the architecture page does not name as `feature.role`")
                .isEmpty();
    }

    @Test
    void names_every_table_the_migrations_create() throws IOException {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(ROOT.resolve("workflow/src/main/resources/db/migration"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher matcher = CREATE_TABLE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    tables.add(matcher.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }

        assertThat(tables).contains("dh_directive", "dh_audit_entry");
        assertThat(tables.stream().filter(table -> !page.contains("`" + table + "`")))
                .as("tables the architecture page does not name")
                .isEmpty();
    }

    /** {@code vn.dieuhanh.dispatch.boundary.web} is named {@code dispatch.boundary.web} in the page. */
    private static Set<String> packagesUnder(Path sources) throws IOException {
        Path base = sources.resolve("vn/dieuhanh");
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(base)) {
            files.filter(f -> f.toString().endsWith(".java"))
                    .map(f -> base.relativize(f.getParent()).toString().replace('/', '.'))
                    .forEach(names::add);
        }
        return names;
    }
}
