package vn.dieuhanh.persistence.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings our own tables to the current version before any other part of the application
 * touches them. The engine's tables are not ours: the engine creates and upgrades them.
 *
 * <p>Runs outside a JTA transaction because Flyway commits each migration itself.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "jdbc/dieuhanh")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        ClassLoader classLoader = DatabaseMigration.class.getClassLoader();
        var result = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .resourceProvider(new ListedMigrations(classLoader))
                .table("dh_schema_history")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }
}
