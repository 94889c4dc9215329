package org.joinedup.server.plan;

import javax.sql.DataSource;
import org.joinedup.server.store.PlanStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

@Configuration(proxyBeanMethods = false)
class PlanConfig {
    @Bean
    @DependsOn("flywayInitializer")
    PlanStore planStore(DataSource dataSource) {
        return new PlanStore(dataSource);
    }
}
