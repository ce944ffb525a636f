package com.merchantanalysis.gateway.analyze.domain;

import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.common.web.NotFoundException;

import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The gateway's non-blocking counterpart of common's {@code MerchantReader}: the merchant if it exists
 * and the caller may see it, otherwise 404 either way, so a merchant token learns nothing about others.
 */
@Component
class ReactiveMerchantReader {

    private final ReactiveMongoOperations mongo;

    ReactiveMerchantReader(ReactiveMongoOperations mongo) {
        this.mongo = mongo;
    }

    Mono<MerchantDocument> require(Caller caller, String merchantId) {
        if (merchantId == null || !caller.maySee(merchantId)) {
            return Mono.error(NotFoundException.merchant(merchantId));
        }
        return mongo.findById(merchantId, MerchantDocument.class)
                .switchIfEmpty(Mono.error(() -> NotFoundException.merchant(merchantId)));
    }
}
