package vn.dieuhanh.persistence.control;

import java.sql.SQLException;

/**
 * Recognises which unique constraint a failed write broke. Our constraints have stable names
 * (see the migrations), and PostgreSQL and H2 both name the constraint in the message.
 */
public final class UniqueConstraints {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueConstraints() {}

    public static boolean violated(Throwable failure, String constraint) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && UNIQUE_VIOLATION.equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).toLowerCase().contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    /** Any unique constraint: for a table with only its primary key, whatever the database named it. */
    public static boolean violatedAny(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
