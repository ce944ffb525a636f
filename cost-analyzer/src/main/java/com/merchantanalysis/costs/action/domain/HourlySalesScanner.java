package com.merchantanalysis.costs.action.domain;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.stream.Stream;

import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.TransactionDays;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.common.period.ReportingPeriod;

import org.springframework.stereotype.Component;

/** Streams a period's sales into sales per local hour; the rollups have no hours. */
@Component
class HourlySalesScanner {

    private final TransactionDays transactions;

    HourlySalesScanner(TransactionDays transactions) {
        this.transactions = transactions;
    }

    HourlySales scan(MerchantDocument merchant, ReportingPeriod period) {
        ZoneId zone = ZoneId.of(merchant.zoneId());
        BigDecimal[] byHour = new BigDecimal[24];
        Arrays.fill(byHour, BigDecimal.ZERO);
        try (Stream<TransactionDocument> all = transactions.stream(merchant, period.from(), period.to())) {
            all.filter(tx -> tx.kind() == TransactionKind.SALE).forEach(sale -> {
                int hour = sale.timestamp().atZone(zone).getHour();
                byHour[hour] = byHour[hour].add(sale.amount());
            });
        }
        return new HourlySales(byHour);
    }
}
