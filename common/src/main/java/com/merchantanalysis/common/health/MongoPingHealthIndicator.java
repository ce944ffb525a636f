package com.merchantanalysis.common.health;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * MongoDB reachability by {@code ping}, which real MongoDB and the embedded wire-protocol server both
 * answer (Boot's own indicator uses {@code hello}, which the embedded server does not know).
 */
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoOperations mongo;

    public MongoPingHealthIndicator(MongoOperations mongo) {
        super("MongoDB ping failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document answer = mongo.executeCommand(new Document("ping", 1));
        builder.up().withDetail("ok", answer.get("ok"));
    }
}
