package com.merchantanalysis.common.config;

import com.merchantanalysis.common.data.DailySummaries;
import com.merchantanalysis.common.data.MerchantReader;
import com.merchantanalysis.common.data.TransactionDays;
import com.merchantanalysis.common.data.migration.DataLayoutCheck;
import com.merchantanalysis.common.health.MongoPingHealthIndicator;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Merchant-data reads by key and a MongoDB health check for the blocking services, once Boot made their
 * template.
 */
@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnClass({ MongoOperations.class, HealthIndicator.class })
@ConditionalOnBean(MongoOperations.class)
public class MerchantDataAccessAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    DataLayoutCheck dataLayoutCheck(MongoOperations mongo) {
        return new DataLayoutCheck(mongo);
    }

    @Bean
    @ConditionalOnMissingBean
    MerchantReader merchantReader(MongoOperations mongo, DataLayoutCheck layout) {
        return new MerchantReader(mongo, layout);
    }

    @Bean
    @ConditionalOnMissingBean
    DailySummaries dailySummaries(MongoOperations mongo) {
        return new DailySummaries(mongo);
    }

    @Bean
    @ConditionalOnMissingBean
    TransactionDays transactionDays(MongoOperations mongo) {
        return new TransactionDays(mongo);
    }

    @Bean
    @ConditionalOnMissingBean(name = "mongoPingHealthIndicator")
    MongoPingHealthIndicator mongoPingHealthIndicator(MongoOperations mongo) {
        return new MongoPingHealthIndicator(mongo);
    }
}
