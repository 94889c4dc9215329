package org.joinedup.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** What submissions the store has taken. */
public final class SubmissionLog {
    private final DataSource dataSource;

    public SubmissionLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** True when a file of this name and content was stored before. */
    public boolean wasStored(String fileName, String fingerprint) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select 1 from submission where file_name = ? and fingerprint = ? limit 1")) {
            query.setString(1, fileName);
            query.setString(2, fingerprint);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the submission log: " + e.getMessage(), e);
        }
    }
}
