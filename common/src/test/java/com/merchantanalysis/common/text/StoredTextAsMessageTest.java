package com.merchantanalysis.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.merchantanalysis.common.config.MerchantDataAutoConfiguration;
import com.merchantanalysis.common.text.Message.Arg;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

class StoredTextAsMessageTest {

    record Job(String id, List<Message> errors) {
    }

    @Test
    void aSentenceStoredAsTextReadsBackBesideOnesStoredWithoutTheirLanguage() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MerchantDataAutoConfiguration.class))
                .run(context -> {
                    MappingMongoConverter converter = converter(context.getBean(MongoCustomConversions.class));
                    Document stored = new Document("_id", "j1").append("errors", List.of("Line 3: amount is not a number",
                            new Document("key", "job.interruptedByRestart").append("args", List.of())));

                    Job job = converter.read(Job.class, stored);

                    assertThat(job.errors()).containsExactly(
                            Message.of(StoredTextAsMessage.KEY, Arg.text("Line 3: amount is not a number")),
                            Message.of("job.interruptedByRestart"));
                });
    }

    private static MappingMongoConverter converter(MongoCustomConversions conversions) {
        MongoMappingContext mapping = new MongoMappingContext();
        mapping.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        mapping.afterPropertiesSet();
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, mapping);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        return converter;
    }
}
