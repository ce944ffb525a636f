package com.merchantanalysis.costs.action.domain;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.stream.Stream;

import com.merchantanalysis.common.data.MerchantDataCollections;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.costs.period.ReportingPeriod;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Streams a period's sales (time and amount only) into sales per local hour; the rollups have no hours. */
@Component
class HourlySalesScanner {

    private final MongoOperations mongo;

    HourlySalesScanner(MongoOperations mongo) {
        this.mongo = mongo;
    }

    HourlySales scan(String merchantId, ZoneId zone, ReportingPeriod period) {
        Instant start = period.from().atStartOfDay(zone).toInstant();
        Instant end = period.to().plusDays(1).atStartOfDay(zone).toInstant();
        Query query = new Query(where("merchantId").is(merchantId).and("timestamp").gte(start).lt(end)
                .and("kind").is(TransactionKind.SALE.name()));
        query.fields().include("timestamp", "amount");
        BigDecimal[] byHour = new BigDecimal[24];
        Arrays.fill(byHour, BigDecimal.ZERO);
        try (Stream<Document> sales = mongo.stream(query, Document.class, MerchantDataCollections.TRANSACTIONS)) {
            sales.forEach(sale -> {
                Object time = sale.get("timestamp");
                Instant at = time instanceof Date date ? date.toInstant() : (Instant) time;
                Object amount = sale.get("amount");
                BigDecimal value = amount instanceof Decimal128 decimal ? decimal.bigDecimalValue()
                        : new BigDecimal(String.valueOf(amount));
                int hour = at.atZone(zone).getHour();
                byHour[hour] = byHour[hour].add(value);
            });
        }
        return new HourlySales(byHour);
    }
}
