package uk.send.platform.persistence;

import org.postgresql.PGStatement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Statements PostgreSQL must plan with their actual parameters every time they run, never with a cached generic plan.
 *
 * <p>For a statement that tests a column against a long array of values ({@code ehcp_ref = any(?)} with the 2,000
 * EHCPs of a chunk), the generic plan the driver switches to after five executions keeps the array a parameter, and
 * PostgreSQL then compares each row with every element in turn. On statistics taken before a table's bulk load (an
 * LA's first pricing, before autovacuum analyses) that plan filters every line of the LA's year through the array: 2,000
 * comparisons per line, 6-12 s per chunk of an LA of 20,000 EHCPs, quadratic in the LA's size. Planned with the array's
 * value, PostgreSQL (14 and later) hashes it once, and each row costs one lookup whatever plan the statistics lead to.
 * Planning each time costs well under a millisecond; such statements read or write thousands of rows.
 */
public final class CustomPlans {

    private CustomPlans() {
    }

    /** Prepares {@code sql} on {@code connection} so that it is planned with its parameters at each execution. */
    public static PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        ps.unwrap(PGStatement.class).setPrepareThreshold(0);
        return ps;
    }
}
