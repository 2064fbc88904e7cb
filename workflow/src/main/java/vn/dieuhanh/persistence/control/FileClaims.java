package vn.dieuhanh.persistence.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One import of a file at a time: the same file sent at once by several clients is imported by
 * the first, and the others hear that it is being imported (a unique-key violation at commit
 * answered 500 before). A claim lasts until the claiming transaction ends. On PostgreSQL it is a
 * transaction-scoped advisory lock, so it holds across servers; on H2 (the demo, one server) a
 * set in memory released when the transaction completes.
 */
@ApplicationScoped
public class FileClaims {

    private final Set<String> claimed = ConcurrentHashMap.newKeySet();

    @Resource
    TransactionSynchronizationRegistry registry;

    /**
     * Claims the key (for example the kind of import and the file's SHA-256) for the current
     * transaction; false if another open transaction holds it.
     */
    public boolean claim(Connection connection, String key) throws SQLException {
        if ("PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName())) {
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
                lock.setLong(1, lockId(key));
                try (ResultSet row = lock.executeQuery()) {
                    row.next();
                    return row.getBoolean(1);
                }
            }
        }
        if (!claimed.add(key)) {
            return false;
        }
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                // Committed or rolled back alike: the file may be sent again.
                claimed.remove(key);
            }
        });
        return true;
    }

    /** The advisory lock's 64-bit id: the first eight bytes of the key's SHA-256. */
    static long lockId(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, 8).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
