package com.merchantanalysis.simulator.merchant.domain;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.List;

import com.merchantanalysis.common.data.DailySummaryDocument;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.MerchantReader;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.common.security.Role;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** Creates, finds and deletes merchants; a MERCHANT caller only ever sees its own. */
@Service
public class MerchantService {

    private static final Logger log = LoggerFactory.getLogger(MerchantService.class);

    private final MerchantRepository merchants;
    private final MerchantReader reader;
    private final MongoTemplate mongo;
    private final MerchantDefaults defaults;
    private final Clock clock;

    MerchantService(MerchantRepository merchants, MerchantReader reader, MongoTemplate mongo,
            MerchantDefaults defaults, Clock clock) {
        this.merchants = merchants;
        this.reader = reader;
        this.mongo = mongo;
        this.defaults = defaults;
        this.clock = clock;
    }

    public MerchantDocument create(NewMerchant merchant) {
        var channels = merchant.channels().isEmpty() ? defaults.channels() : merchant.channels();
        MerchantDocument saved = merchants.insert(new MerchantDocument(null, merchant.name(), merchant.industry(),
                merchant.city(), merchant.openingDate(), merchant.zone().getId(), merchant.licences(), channels,
                merchant.openingCashBalance(), 0, clock.instant(), null, 0));
        log.info("Created merchant {} ({}, {})", saved.id(), saved.industry(), saved.city());
        return saved;
    }

    /** The merchant, if it exists and the caller may see it; otherwise 404, never a hint that it exists. */
    public MerchantDocument get(Caller caller, String merchantId) {
        return reader.require(caller, merchantId);
    }

    public Page<MerchantDocument> list(Caller caller, int page, int size) {
        PageRequest request = PageRequest.of(page, size, Sort.by("createdAt", "id"));
        if (caller.hasRole(Role.ADMIN) || caller.hasRole(Role.ANALYST)) {
            return merchants.findAll(request);
        }
        var own = merchants.findById(caller.merchantId()).stream().toList();
        return new PageImpl<>(page == 0 ? own : List.of(), request, own.size());
    }

    /** Deletes the merchant with all its transactions and daily summaries. */
    public void delete(Caller caller, String merchantId) {
        MerchantDocument merchant = get(caller, merchantId);
        long transactions = mongo.remove(query(where("merchantId").is(merchant.id())), TransactionDocument.class)
                .getDeletedCount();
        long summaries = mongo.remove(query(where("merchantId").is(merchant.id())), DailySummaryDocument.class)
                .getDeletedCount();
        merchants.deleteById(merchant.id());
        log.info("Deleted merchant {} with {} transactions and {} daily summaries", merchant.id(), transactions,
                summaries);
    }
}
