package com.merchantanalysis.simulator.merchant.domain;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.MerchantFields;
import com.merchantanalysis.common.data.MerchantWriteLease;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Writes a profile edit as one update of the merchant document that also raises its {@code dataVersion},
 * so every answer cached under the old version is recomputed. It holds the merchant's write lease, like
 * every data write (docs/data-layout.md), so the edit lands between two transaction batches and never
 * inside one. One document updated at once is never half-written, so it needs no journal entry.
 */
@Component
class MerchantProfileWriter {

    private final MongoTemplate mongo;
    private final MerchantWriteLease lease;

    MerchantProfileWriter(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.lease = new MerchantWriteLease(mongo, clock);
    }

    /**
     * The merchant after the edit; unchanged, with the same dataVersion, when the edit changes nothing;
     * empty when the merchant was deleted meanwhile.
     */
    Optional<MerchantDocument> write(String merchantId, MerchantChanges changes) {
        return lease.run(merchantId, () -> {
            MerchantDocument current = mongo.findById(merchantId, MerchantDocument.class);
            if (current == null) {
                return Optional.empty();
            }
            Map<String, Object> changed = changes.differencesFrom(current);
            if (changed.isEmpty()) {
                return Optional.of(current);
            }
            Update update = new Update().inc(MerchantFields.DATA_VERSION, 1L);
            changed.forEach(update::set);
            // through the mapping: a merchant id that looks like an ObjectId is stored as one
            return Optional.ofNullable(mongo.findAndModify(query(where(MerchantFields.ID).is(merchantId)), update,
                    FindAndModifyOptions.options().returnNew(true), MerchantDocument.class));
        });
    }
}
