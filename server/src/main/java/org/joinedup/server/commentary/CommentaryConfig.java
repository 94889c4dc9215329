package org.joinedup.server.commentary;

import javax.sql.DataSource;
import org.joinedup.server.store.CommentaryStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

@Configuration(proxyBeanMethods = false)
class CommentaryConfig {
    @Bean
    @DependsOn("flywayInitializer")
    CommentaryStore commentaryStore(DataSource dataSource) {
        return new CommentaryStore(dataSource);
    }
}
