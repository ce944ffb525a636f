package com.merchantanalysis.common.config;

import com.merchantanalysis.common.data.MerchantReader;
import com.merchantanalysis.common.health.MongoPingHealthIndicator;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;

/** Merchant reads and a MongoDB health check for the blocking services, once Boot made their template. */
@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnClass({ MongoOperations.class, HealthIndicator.class })
@ConditionalOnBean(MongoOperations.class)
public class MerchantDataAccessAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MerchantReader merchantReader(MongoOperations mongo) {
        return new MerchantReader(mongo);
    }

    @Bean
    @ConditionalOnMissingBean(name = "mongoPingHealthIndicator")
    MongoPingHealthIndicator mongoPingHealthIndicator(MongoOperations mongo) {
        return new MongoPingHealthIndicator(mongo);
    }
}
