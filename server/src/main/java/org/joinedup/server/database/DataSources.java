package org.joinedup.server.database;

import com.zaxxer.hikari.HikariDataSource;

/** The connection pool JoinedUp uses, configured the same way wherever it is made. */
public final class DataSources {
    private DataSources() {}

    public static HikariDataSource pooled(String jdbcUrl) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(jdbcUrl);
        dataSource.setMaximumPoolSize(16);
        dataSource.setPoolName("joinedup");
        // Submissions stage their rows in temporary tables: give them memory before they spill to disk.
        dataSource.setConnectionInitSql("set temp_buffers = '256MB'; set work_mem = '64MB'");
        return dataSource;
    }
}
