package com.merchantanalysis.costs.totals.domain;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.LocalDate;
import java.util.List;

import com.merchantanalysis.common.data.DailySummaryDocument;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.MerchantReader;
import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.costs.config.CostSettings;
import com.merchantanalysis.costs.period.ReportingPeriod;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Service;

/** Sums a merchant's daily summaries over a period. */
@Service
public class CostTotalsService {

    private final MerchantReader merchants;
    private final MongoOperations mongo;
    private final CostSettings settings;

    CostTotalsService(MerchantReader merchants, MongoOperations mongo, CostSettings settings) {
        this.merchants = merchants;
        this.mongo = mongo;
        this.settings = settings;
    }

    public CostTotals totals(Caller caller, String merchantId, LocalDate from, LocalDate to) {
        ReportingPeriod period = ReportingPeriod.of(from, to, settings.maxPeriod());
        MerchantDocument merchant = merchants.require(caller, merchantId);
        List<DailySummaryDocument> summaries = mongo.find(
                query(where("merchantId").is(merchant.id()).and("date").gte(period.from()).lte(period.to())),
                DailySummaryDocument.class);
        return CostTotals.of(merchant.id(), period, summaries);
    }
}
