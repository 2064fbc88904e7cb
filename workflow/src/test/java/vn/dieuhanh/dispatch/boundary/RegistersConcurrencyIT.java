package vn.dieuhanh.dispatch.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Numbers under concurrency, against PostgreSQL (its row locks are what the guarantee rests on):
 * 8 threads issue 250 documents each, half before and half after a restart (a new
 * EntityManagerFactory: nothing kept in memory survives), and one action in seven rolls back
 * after taking its number. The committed numbers must be exactly 1..2000.
 */
class RegistersConcurrencyIT {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String DATABASE = "dieuhanh_numbering_test";
    private static final String REGISTER = Registers.outgoing("VP-UBND", false);
    private static final int THREADS = 8;
    private static final int PER_THREAD = 250;

    @BeforeAll
    static void freshDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
        }
        try (Connection c = DriverManager.getConnection(SERVER + DATABASE, "postgres", "");
                Statement s = c.createStatement()) {
            // The table as V1__incoming_register.sql creates it, plus what the numbers are for.
            s.execute("CREATE TABLE dh_register_counter (register_code VARCHAR(40) NOT NULL,"
                    + " register_year INTEGER NOT NULL, last_number INTEGER NOT NULL,"
                    + " CONSTRAINT pk_register_counter PRIMARY KEY (register_code, register_year))");
            s.execute("CREATE TABLE issued (number INTEGER NOT NULL)");
        }
    }

    @Test
    void eightThreadsGetOneToTwoThousandExactlyAcrossARestart() throws Exception {
        List<Integer> rolledBack = new ArrayList<>();
        rolledBack.addAll(issue(PER_THREAD / 2));
        // The restart: every connection and cache of the first run is gone.
        rolledBack.addAll(issue(PER_THREAD - PER_THREAD / 2));

        List<Integer> committed = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(SERVER + DATABASE, "postgres", "");
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT number FROM issued ORDER BY number")) {
            while (rows.next()) {
                committed.add(rows.getInt(1));
            }
        }
        assertThat(committed)
                .as("no gap, no duplicate")
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, THREADS * PER_THREAD).boxed().toList());
        assertThat(rolledBack)
                .as("some actions rolled back after taking a number")
                .isNotEmpty();
    }

    /** Each thread issues {@code count} documents; returns the numbers given to rolled-back actions. */
    private List<Integer> issue(int count) throws Exception {
        EntityManagerFactory factory = Persistence.createEntityManagerFactory(
                "numbering-test",
                Map.of(
                        "jakarta.persistence.jdbc.url", SERVER + DATABASE,
                        "jakarta.persistence.jdbc.user", "postgres",
                        "jakarta.persistence.jdbc.password", "",
                        "jakarta.persistence.jdbc.driver", "org.postgresql.Driver"));
        var rolledBack = new ConcurrentLinkedQueue<Integer>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < count; i++) {
                        issueOne(factory, (thread * 31 + i) % 7 == 0, rolledBack);
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
            factory.close();
        }
        return List.copyOf(rolledBack);
    }

    /** One issuing action: takes a number and records it, or rolls back; retried if it failed. */
    private static void issueOne(
            EntityManagerFactory factory, boolean rollBackFirst, ConcurrentLinkedQueue<Integer> rolledBack) {
        boolean rollBack = rollBackFirst;
        while (true) {
            EntityManager em = factory.createEntityManager();
            try {
                em.getTransaction().begin();
                Registers registers = new Registers();
                registers.em = em;
                registers.opening = new OwnTransactionOpening(factory);
                int number = registers.next(REGISTER, 2026);
                em.createNativeQuery("INSERT INTO issued (number) VALUES (?1)")
                        .setParameter(1, number)
                        .executeUpdate();
                if (rollBack) {
                    em.getTransaction().rollback();
                    rolledBack.add(number);
                    rollBack = false;
                    continue;
                }
                em.getTransaction().commit();
                return;
            } finally {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.close();
            }
        }
    }

    /** What REQUIRES_NEW gives in the server: the register opened in a transaction of its own. */
    private static final class OwnTransactionOpening extends RegisterOpening {
        private final EntityManagerFactory factory;

        OwnTransactionOpening(EntityManagerFactory factory) {
            this.factory = factory;
        }

        @Override
        public void open(String registerCode, int year) {
            EntityManager own = factory.createEntityManager();
            try {
                own.getTransaction().begin();
                if (insert(own, registerCode, year)) {
                    own.getTransaction().commit();
                }
            } finally {
                if (own.getTransaction().isActive()) {
                    own.getTransaction().rollback();
                }
                own.close();
            }
        }
    }
}
