package com.merchantanalysis.cashflow.forecast.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.merchantanalysis.common.data.Direction;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.common.data.TransactionSource;

/**
 * Finds monthly bills among imported payments that carry no cost kind: WeChat Pay and Alipay personal
 * bills import every payment as OTHER (transfers as TRANSFER), so a payroll paid from them never shows
 * as PAYROLL in the rollups. Payments go to the same payee when they have the same counterparty or,
 * without one, the same description. A payee is a bill when it was paid on one day in each of its last
 * two months and those payments repeat as one {@link MonthlyBill}. A payee paid on several days of a
 * month (a supermarket, a supplier) is shopping, not a bill.
 */
final class RecurringPayeeDetector {

    /** The months read: the forecast's month and the three before, enough for two payments a month apart. */
    static final int LOOKBACK_MONTHS = 4;
    /** Kinds an import gives payments it cannot classify. */
    static final Set<TransactionKind> UNTYPED = EnumSet.of(TransactionKind.OTHER, TransactionKind.TRANSFER);

    /** A bill found, with the payments it was found from (they leave the variable outflow). */
    record Found(RecurringOutflow outflow, List<TransactionDocument> payments) {
    }

    private RecurringPayeeDetector() {
    }

    /** Whether the payment is one this detector looks at: imported, out, and without a cost kind. */
    static boolean untyped(TransactionDocument tx) {
        return tx.source() == TransactionSource.IMPORTED && tx.direction() == Direction.OUT
                && UNTYPED.contains(tx.kind());
    }

    static List<Found> detect(List<TransactionDocument> payments, LocalDate asOf, ZoneId zone) {
        Map<String, List<TransactionDocument>> byPayee = new LinkedHashMap<>();
        for (TransactionDocument tx : payments) {
            String payee = payee(tx);
            if (untyped(tx) && payee != null && !tx.timestamp().atZone(zone).toLocalDate().isAfter(asOf)) {
                byPayee.computeIfAbsent(payee, k -> new ArrayList<>()).add(tx);
            }
        }
        List<Found> found = new ArrayList<>();
        YearMonth end = YearMonth.from(asOf);
        for (List<TransactionDocument> paid : byPayee.values()) {
            TreeMap<YearMonth, List<TransactionDocument>> months = new TreeMap<>();
            paid.forEach(tx -> months.computeIfAbsent(YearMonth.from(tx.timestamp().atZone(zone)), k -> new ArrayList<>())
                    .add(tx));
            if (months.size() < 2) {
                continue;
            }
            MonthlyBill previous = onOneDay(months.lowerEntry(months.lastKey()).getValue(), zone);
            MonthlyBill last = onOneDay(months.lastEntry().getValue(), zone);
            if (previous != null && last != null && previous.repeatsAs(last, end)) {
                List<TransactionDocument> used = new ArrayList<>(months.lowerEntry(months.lastKey()).getValue());
                used.addAll(months.lastEntry().getValue());
                TransactionDocument latest = used.get(used.size() - 1);
                found.add(new Found(last.recurring(latest.kind(), latest.description()), used));
            }
        }
        return found;
    }

    /** The month's payments as one bill, or null when they fall on more than one day. */
    private static MonthlyBill onOneDay(List<TransactionDocument> month, ZoneId zone) {
        Map<LocalDate, BigDecimal> byDay = new HashMap<>();
        month.forEach(tx -> byDay.merge(tx.timestamp().atZone(zone).toLocalDate(), tx.amount(), BigDecimal::add));
        if (byDay.size() != 1) {
            return null;
        }
        var day = byDay.entrySet().iterator().next();
        return new MonthlyBill(YearMonth.from(day.getKey()), day.getKey().getDayOfMonth(), day.getValue().doubleValue());
    }

    /** The counterparty, else the description without case and spacing; null when neither says who. */
    private static String payee(TransactionDocument tx) {
        if (tx.counterparty() != null && tx.counterparty().id() != null && !tx.counterparty().id().isBlank()) {
            return "counterparty:" + tx.counterparty().id();
        }
        if (tx.description() == null || tx.description().isBlank()) {
            return null;
        }
        return "description:" + tx.description().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
