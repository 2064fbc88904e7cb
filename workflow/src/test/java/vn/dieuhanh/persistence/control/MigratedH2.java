package vn.dieuhanh.persistence.control;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * A fresh in-memory H2 database with the application's migrations applied, and a persistence
 * unit of the test resources over it: what the unit tests that read and write tables start from.
 */
public final class MigratedH2 {

    private MigratedH2() {}

    /** A new database named after the test, migrated, and the named persistence unit on it. */
    public static EntityManagerFactory open(String name, String persistenceUnit) {
        String url = "jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .table("dh_schema_history")
                .load()
                .migrate();
        return Persistence.createEntityManagerFactory(
                persistenceUnit,
                Map.of(
                        "jakarta.persistence.jdbc.url", url,
                        "jakarta.persistence.jdbc.user", "sa",
                        "jakarta.persistence.jdbc.password", "",
                        "jakarta.persistence.jdbc.driver", "org.h2.Driver"));
    }
}
