package org.joinedup.server.store;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StoreConfig {
    @Bean
    ObservationWriter observationWriter(DataSource dataSource) {
        return new ObservationWriter(dataSource);
    }

    @Bean
    ObservationReader observationReader(DataSource dataSource) {
        return new ObservationReader(dataSource);
    }

    @Bean
    SubmissionLog submissionLog(DataSource dataSource) {
        return new SubmissionLog(dataSource);
    }

    @Bean
    AreaStore areaStore(DataSource dataSource) {
        return new AreaStore(dataSource);
    }
}
