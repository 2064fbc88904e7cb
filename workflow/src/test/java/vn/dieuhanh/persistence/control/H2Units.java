package vn.dieuhanh.persistence.control;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/** A fresh in-memory H2 database with the real migrations, and a test persistence unit over it. */
public final class H2Units {

    private H2Units() {}

    /** The unit (one of test resources' META-INF/persistence.xml) on a new database named after it. */
    public static EntityManagerFactory migrated(String unitName) {
        String url = "jdbc:h2:mem:" + unitName + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .table("dh_schema_history")
                .load()
                .migrate();
        return Persistence.createEntityManagerFactory(
                unitName,
                Map.of(
                        "jakarta.persistence.jdbc.url", url,
                        "jakarta.persistence.jdbc.user", "sa",
                        "jakarta.persistence.jdbc.password", "",
                        "jakarta.persistence.jdbc.driver", "org.h2.Driver"));
    }
}
