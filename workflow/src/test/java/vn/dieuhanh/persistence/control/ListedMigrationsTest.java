package vn.dieuhanh.persistence.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

class ListedMigrationsTest {

    @Test
    void theListNamesEveryMigrationInTheFolder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources", ListedMigrations.FOLDER))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(ListedMigrations.FILES);
        }
    }

    @Test
    void theMigrationsRunOnH2AndCreateOurTables() throws SQLException {
        String url = "jdbc:h2:mem:migrations;DB_CLOSE_DELAY=-1";
        var result = Flyway.configure()
                .dataSource(url, "sa", "")
                .resourceProvider(new ListedMigrations(getClass().getClassLoader()))
                .table("dh_schema_history")
                .load()
                .migrate();

        assertThat(result.migrationsExecuted).isEqualTo(ListedMigrations.FILES.size());
        try (var connection = DriverManager.getConnection(url, "sa", "");
                var rows = connection.createStatement().executeQuery("select count(*) from dh_incoming_document")) {
            rows.next();
            assertThat(rows.getLong(1)).isZero();
        }
        // A letter to a thousand units (codes of up to 20 characters) fits its recipients column.
        try (var connection = DriverManager.getConnection(url, "sa", "");
                var rows = connection
                        .createStatement()
                        .executeQuery("select character_maximum_length, is_nullable from information_schema.columns"
                                + " where lower(table_name) = 'dh_document' and lower(column_name) = 'recipients'")) {
            rows.next();
            assertThat(rows.getLong(1)).isGreaterThanOrEqualTo(1_000 * 21L);
            assertThat(rows.getString(2)).isEqualTo("NO");
        }
    }
}
