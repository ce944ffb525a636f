package com.merchantanalysis.common.testsupport;

import com.mongodb.client.MongoClient;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/** A template outside Spring that maps the merchant-data contract as the apps do (money as Decimal128). */
public final class MerchantDataTemplates {

    private MerchantDataTemplates() {
    }

    public static MongoTemplate of(MongoClient client, String database) {
        MongoTemplate template = new MongoTemplate(client, database);
        MappingMongoConverter converter = (MappingMongoConverter) template.getConverter();
        converter.setCustomConversions(MongoCustomConversions.create(c -> c.useNativeDriverJavaTimeCodecs()
                .bigDecimal(MongoCustomConversions.BigDecimalRepresentation.DECIMAL128)));
        converter.afterPropertiesSet();
        return template;
    }
}
