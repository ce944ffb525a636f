package com.merchantanalysis.simulator.transaction.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.merchantanalysis.common.data.DailySummaries;
import com.merchantanalysis.common.data.DailySummaryDocument;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.TransactionDays;
import com.merchantanalysis.common.data.TransactionDocument;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * Reads a merchant's transactions and daily rollups, in the merchant's own calendar, by key: a page
 * without a kind or channel filter skips whole days by their rollup counts and reads only the buckets
 * it shows.
 */
@Service
public class TransactionQueries {

    private final TransactionDays transactions;
    private final DailySummaries summaries;

    TransactionQueries(TransactionDays transactions, DailySummaries summaries) {
        this.transactions = transactions;
        this.summaries = summaries;
    }

    public Page<TransactionDocument> page(MerchantDocument merchant, TransactionFilter filter, int page, int size) {
        PageRequest request = PageRequest.of(page, size);
        List<TransactionDays.Day> days = days(merchant, filter);
        long offset = request.getOffset();
        if (filter.kind() == null && filter.channel() == null) {
            long total = days.stream().mapToLong(TransactionDays.Day::count).sum();
            int first = 0;
            long skip = offset;
            while (first < days.size() && skip >= days.get(first).count()) {
                skip -= days.get(first++).count();
            }
            try (Stream<TransactionDocument> rest = transactions.stream(merchant, days.subList(first, days.size()))) {
                return new PageImpl<>(rest.skip(skip).limit(size).toList(), request, total);
            }
        }
        List<TransactionDocument> items = new ArrayList<>(size);
        long total = 0;
        try (Stream<TransactionDocument> all = transactions.stream(merchant, days).filter(filter::matches)) {
            for (var iterator = all.iterator(); iterator.hasNext(); total++) {
                TransactionDocument tx = iterator.next();
                if (total >= offset && items.size() < size) {
                    items.add(tx);
                }
            }
        }
        return new PageImpl<>(items, request, total);
    }

    /** All matching transactions in time order, read a few days at a time: close the stream. */
    public Stream<TransactionDocument> stream(MerchantDocument merchant, TransactionFilter filter) {
        return transactions.stream(merchant, days(merchant, filter)).filter(filter::matches);
    }

    /** The stored rollups of the days from..to (inclusive), in date order. */
    public List<DailySummaryDocument> daily(MerchantDocument merchant, LocalDate from, LocalDate to) {
        return summaries.between(merchant.id(), from, to);
    }

    /**
     * The days the filter's period covers (without a bound, every day the merchant has data on) that
     * have the kind and channel asked for.
     */
    private List<TransactionDays.Day> days(MerchantDocument merchant, TransactionFilter filter) {
        LocalDate from = filter.from() != null ? filter.from() : merchant.dataFrom();
        LocalDate to = filter.to() != null ? filter.to() : merchant.dataTo();
        if (from == null || to == null) {
            return List.of();
        }
        return transactions.days(merchant, from, to).stream()
                .filter(day -> day.mayHave(filter.kind(), filter.channel())).toList();
    }
}
