package com.merchantanalysis.common.config;

import java.util.concurrent.TimeUnit;

import com.merchantanalysis.common.data.StoreTimeouts;
import com.merchantanalysis.common.text.StoredTextAsMessage;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * How every app maps the merchant-data contract: BigDecimal as Decimal128 (exact money) and
 * java.time through the driver's codecs, so a LocalDate is stored the same whatever the JVM's zone.
 * Every app's client (blocking or reactive) also gets the store time limits of {@link StoreTimeouts}.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
        "org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration" })
@ConditionalOnClass(MongoCustomConversions.class)
@EnableConfigurationProperties(StoreTimeouts.class)
public class MerchantDataAutoConfiguration {

    /** The time limits, on the client Boot builds for the app, whichever driver it is. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MongoClientSettingsBuilderCustomizer.class)
    static class StoreTimeoutsConfiguration {

        @Bean
        MongoClientSettingsBuilderCustomizer storeTimeoutsCustomizer(StoreTimeouts timeouts) {
            return settings -> settings
                    .retryReads(timeouts.retryReads())
                    .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                            timeouts.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS))
                    .applyToSocketSettings(socket -> socket
                            .connectTimeout((int) timeouts.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                            .readTimeout((int) timeouts.readTimeout().toMillis(), TimeUnit.MILLISECONDS));
        }
    }

    @Bean
    @ConditionalOnMissingBean
    MongoCustomConversions mongoCustomConversions() {
        return MongoCustomConversions.create(conversions -> conversions
                .useNativeDriverJavaTimeCodecs()
                .bigDecimal(MongoCustomConversions.BigDecimalRepresentation.DECIMAL128)
                // Sentences stored as text before they were kept without their language stay readable.
                .registerConverter(new StoredTextAsMessage()));
    }
}
