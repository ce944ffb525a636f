package com.merchantanalysis.common.config;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * How every app maps the merchant-data contract: BigDecimal as Decimal128 (exact money) and
 * java.time through the driver's codecs, so a LocalDate is stored the same whatever the JVM's zone.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration" })
@ConditionalOnClass(MongoCustomConversions.class)
public class MerchantDataAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MongoCustomConversions mongoCustomConversions() {
        return MongoCustomConversions.create(conversions -> conversions
                .useNativeDriverJavaTimeCodecs()
                .bigDecimal(MongoCustomConversions.BigDecimalRepresentation.DECIMAL128));
    }
}
