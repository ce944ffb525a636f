package com.merchantanalysis.costs.ledger;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.LocalDate;
import java.util.List;

import com.merchantanalysis.common.data.DailySummaryDocument;
import com.merchantanalysis.costs.period.ReportingPeriod;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/** Reads a merchant's daily summaries, the rollups data-simulator writes with every transaction. */
@Component
public class RollupReader {

    private final MongoOperations mongo;

    RollupReader(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** The days of the period that have a summary, in date order. */
    public List<DailySummaryDocument> days(String merchantId, ReportingPeriod period) {
        return mongo.find(query(where("merchantId").is(merchantId).and("date").gte(period.from()).lte(period.to()))
                .with(Sort.by("date")), DailySummaryDocument.class);
    }

    public PeriodLedger ledger(String merchantId, ReportingPeriod period) {
        return PeriodLedger.of(days(merchantId, period));
    }
}
