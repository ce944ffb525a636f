package com.merchantanalysis.common.config;

import com.merchantanalysis.common.security.ProductionSecretsCheck;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Every app refuses to start in the docker/prod profile with default or weak secrets. */
@AutoConfiguration
public class ProductionSecretsAutoConfiguration {

    @Bean
    static ProductionSecretsCheck productionSecretsCheck() {
        return new ProductionSecretsCheck();
    }
}
