package com.merchantanalysis.gateway.health;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** MongoDB reachability by {@code ping}, which both real MongoDB and the embedded server answer. */
@Component("mongoPingHealthIndicator")
class ReactiveMongoPingHealthIndicator extends AbstractReactiveHealthIndicator {

    private final ReactiveMongoOperations mongo;

    ReactiveMongoPingHealthIndicator(ReactiveMongoOperations mongo) {
        super("MongoDB ping failed");
        this.mongo = mongo;
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        return mongo.executeCommand(new Document("ping", 1)).map(answer -> builder.up().build());
    }
}
