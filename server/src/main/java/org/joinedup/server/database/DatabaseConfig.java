package org.joinedup.server.database;

import javax.sql.DataSource;
import org.joinedup.server.Settings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DatabaseConfig {
    @Bean(destroyMethod = "close")
    DatabaseLocator.Connection databaseConnection(Settings settings) {
        return DatabaseLocator.locate(settings.dbUrl(), settings.dataDir());
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(DatabaseLocator.Connection connection) {
        return DataSources.pooled(connection.jdbcUrl());
    }
}
