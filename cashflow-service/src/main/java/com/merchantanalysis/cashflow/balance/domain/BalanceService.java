package com.merchantanalysis.cashflow.balance.domain;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.merchantanalysis.common.data.DailySummaryDocument;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.MerchantReader;
import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.common.web.InvalidFieldException;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Service;

/** Works out a merchant's cash position from the daily summaries data-simulator wrote. */
@Service
public class BalanceService {

    private final MerchantReader merchants;
    private final MongoOperations mongo;
    private final Clock clock;

    BalanceService(MerchantReader merchants, MongoOperations mongo, Clock clock) {
        this.merchants = merchants;
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * The cash position at the end of {@code asOf}; null means today in the merchant's zone, since
     * that is the business day its summaries are counted in.
     */
    public CashPosition position(Caller caller, String merchantId, LocalDate asOf) {
        MerchantDocument merchant = merchants.require(caller, merchantId);
        LocalDate day = asOf != null ? asOf : merchant.today(clock);
        if (day.isBefore(merchant.openingDate())) {
            throw new InvalidFieldException("asOf",
                    "must not be before the merchant's opening date " + merchant.openingDate());
        }
        List<DailySummaryDocument> summaries = mongo.find(
                query(where("merchantId").is(merchant.id()).and("date").lte(day)), DailySummaryDocument.class);
        return CashPosition.of(merchant, day, summaries);
    }
}
