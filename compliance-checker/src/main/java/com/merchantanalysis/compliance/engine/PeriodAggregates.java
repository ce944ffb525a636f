package com.merchantanalysis.compliance.engine;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import com.merchantanalysis.common.data.CounterpartyType;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.TransactionKind;

/**
 * Everything the rules read, built in one pass over the period's transactions: the cash and transfer
 * movements (with their per-day totals), card sales per card, every sale ticket, and per-month tallies.
 * Rules share these views instead of querying the store per rule or per day.
 */
public final class PeriodAggregates {

    /** Bank-card channel the 2013 acquiring rules and the card-scheme programmes apply to. */
    public static final PaymentChannel CARD_CHANNEL = PaymentChannel.UNIONPAY_CARD;

    private final LocalDate from;
    private final LocalDate to;
    private long transactions;
    private final List<Tx> cash = new ArrayList<>();
    private final Map<TransferClass, List<Tx>> transfers = new EnumMap<>(TransferClass.class);
    private final Map<String, List<Tx>> cardSales = new HashMap<>();
    private final List<Tx> companySalesWithoutInvoice = new ArrayList<>();
    private final TreeMap<YearMonth, MonthAggregate> months = new TreeMap<>();
    private long[] saleCents = new long[1024];
    private int sales;
    private boolean finished;
    /** The month of the last transaction added, so that a time-ordered pass looks each month up once. */
    private MonthAggregate currentMonth;
    private LocalDate currentMonthStart = LocalDate.MAX;
    private LocalDate currentMonthEnd = LocalDate.MIN;

    private Map<Object, NavigableMap<LocalDate, DayTotal>> dailyCache = new HashMap<>();

    public PeriodAggregates(LocalDate from, LocalDate to) {
        this.from = from;
        this.to = to;
        for (TransferClass transferClass : TransferClass.values()) {
            transfers.put(transferClass, new ArrayList<>());
        }
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.put(m, new MonthAggregate(m));
        }
    }

    /** Adds one transaction; ones outside the period's local days are ignored. */
    public void add(Tx tx) {
        LocalDate date = tx.date();
        if (date.isBefore(from) || date.isAfter(to)) {
            return;
        }
        transactions++;
        monthOf(date).add(tx);
        TransactionKind kind = tx.kind();
        if (kind == TransactionKind.CASH_DEPOSIT || kind == TransactionKind.CASH_WITHDRAWAL) {
            cash.add(tx);
        } else if (isTransfer(tx)) {
            TransferClass transferClass = transferClass(tx);
            if (transferClass != null) {
                transfers.get(transferClass).add(tx);
            }
        }
        if (kind == TransactionKind.SALE) {
            addTicket(tx.cents());
            if (tx.channel() == CARD_CHANNEL && tx.counterpartyId() != null) {
                cardSales.computeIfAbsent(tx.counterpartyId(), k -> new ArrayList<>()).add(tx);
            }
            if (tx.counterpartyType() == CounterpartyType.COMPANY && !tx.invoiced()) {
                companySalesWithoutInvoice.add(tx);
            }
        }
    }

    private MonthAggregate monthOf(LocalDate date) {
        if (date.isBefore(currentMonthStart) || date.isAfter(currentMonthEnd)) {
            YearMonth month = YearMonth.from(date);
            currentMonth = months.get(month);
            currentMonthStart = month.atDay(1);
            currentMonthEnd = month.atEndOfMonth();
        }
        return currentMonth;
    }

    /** Puts every list in time order; called once the pass is over. */
    public PeriodAggregates finish() {
        if (!finished) {
            cash.sort(Tx.CHRONOLOGICAL);
            transfers.values().forEach(list -> list.sort(Tx.CHRONOLOGICAL));
            cardSales.values().forEach(list -> list.sort(Tx.CHRONOLOGICAL));
            companySalesWithoutInvoice.sort(Tx.CHRONOLOGICAL);
            months.values().forEach(m -> {
                m.disputes().sort(Tx.CHRONOLOGICAL);
                m.personalCodeSales().sort(Tx.CHRONOLOGICAL);
            });
            Arrays.sort(saleCents, 0, sales);
            finished = true;
        }
        return this;
    }

    /** Account transfers: through a bank transfer, or booked as a transfer; cash and card acquiring are not. */
    static boolean isTransfer(Tx tx) {
        if (tx.channel() == PaymentChannel.CASH) {
            return false;
        }
        return tx.channel() == PaymentChannel.BANK_TRANSFER || tx.kind() == TransactionKind.TRANSFER;
    }

    static TransferClass transferClass(Tx tx) {
        if (tx.counterpartyType() == null) {
            return null;
        }
        if (tx.counterpartyType() == CounterpartyType.COMPANY) {
            return TransferClass.COMPANY;
        }
        return tx.crossBorder() ? TransferClass.PERSON_CROSS_BORDER : TransferClass.PERSON_DOMESTIC;
    }

    private void addTicket(long cents) {
        if (sales == saleCents.length) {
            saleCents = Arrays.copyOf(saleCents, sales * 2);
        }
        saleCents[sales++] = cents;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public long transactions() {
        return transactions;
    }

    /** CASH_DEPOSIT and CASH_WITHDRAWAL transactions, in time order. */
    public List<Tx> cash() {
        return Collections.unmodifiableList(cash);
    }

    public NavigableMap<LocalDate, DayTotal> cashByDay() {
        return daily("cash", cash);
    }

    public List<Tx> transfers(TransferClass transferClass) {
        return Collections.unmodifiableList(transfers.get(transferClass));
    }

    public NavigableMap<LocalDate, DayTotal> transfersByDay(TransferClass transferClass) {
        return daily(transferClass, transfers.get(transferClass));
    }

    /** Card sales per card (hashed counterparty id), each list in time order, cards in id order. */
    public NavigableMap<String, List<Tx>> cardSales() {
        return Collections.unmodifiableNavigableMap(new TreeMap<>(cardSales));
    }

    public List<Tx> companySalesWithoutInvoice() {
        return Collections.unmodifiableList(companySalesWithoutInvoice);
    }

    public NavigableMap<YearMonth, MonthAggregate> months() {
        return Collections.unmodifiableNavigableMap(months);
    }

    /** The median SALE ticket in fen, or 0 without sales. */
    public long medianTicketCents() {
        if (sales == 0) {
            return 0;
        }
        return sales % 2 == 1 ? saleCents[sales / 2] : (saleCents[sales / 2 - 1] + saleCents[sales / 2]) / 2;
    }

    private NavigableMap<LocalDate, DayTotal> daily(Object key, List<Tx> list) {
        return dailyCache.computeIfAbsent(key, k -> {
            TreeMap<LocalDate, List<Tx>> byDay = new TreeMap<>();
            for (Tx tx : list) {
                byDay.computeIfAbsent(tx.date(), d -> new ArrayList<>()).add(tx);
            }
            TreeMap<LocalDate, DayTotal> totals = new TreeMap<>();
            byDay.forEach((day, txs) -> totals.put(day,
                    new DayTotal(day, txs.stream().mapToLong(Tx::cents).sum(), List.copyOf(txs))));
            return Collections.unmodifiableNavigableMap(totals);
        });
    }
}
