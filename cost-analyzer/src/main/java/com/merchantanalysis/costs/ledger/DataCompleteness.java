package com.merchantanalysis.costs.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.merchantanalysis.common.data.PaymentChannel;

/**
 * What a period's figures stand on: the cost lines and channels that have records, the days without any,
 * and so which headline figures can be known. A shop that imported only its payment bills has no
 * purchases, payroll or rent on record; a 100% gross margin or a break-even of 0 would then be a fiction
 * read as good news. Computed once per analysis from its ledger and carried by every answer.
 *
 * @param status                COMPLETE (nothing missing), INCOMPLETE (see {@code warnings}) or NO_DATA
 * @param costLinesWithData     the cost lines (categories) with records over the period
 * @param costLinesWithoutData  the others
 * @param channelsWithData      the payment channels with sales or fees over the period
 * @param grossMargin           whether the gross margin can be known: it needs purchases (COGS)
 * @param netMargin             whether the net margin can be known: it needs purchases and payroll or rent;
 *                              PARTIAL when one of payroll and rent is missing (the margin leaves it out)
 * @param breakEven             the same as {@code netMargin}: break-even needs the fixed and variable costs
 * @param warnings              plain sentences for the owner, one per gap, in the caller's language
 */
public record DataCompleteness(
        String status,
        long daysInPeriod,
        int daysWithData,
        long daysWithoutData,
        LocalDate firstDayWithData,
        LocalDate lastDayWithData,
        List<String> costLinesWithData,
        List<String> costLinesWithoutData,
        List<String> channelsWithData,
        Figure grossMargin,
        Figure netMargin,
        Figure breakEven,
        List<String> warnings) {

    public static final String COMPLETE = "COMPLETE";
    public static final String INCOMPLETE = "INCOMPLETE";
    public static final String NO_DATA = "NO_DATA";

    /** The lines every shop has and without which margins mean nothing: what it buys, its staff, its premises. */
    public static final List<CostCategory> CORE_LINES = List.of(CostCategory.COGS, CostCategory.LABOUR,
            CostCategory.OCCUPANCY);

    /**
     * Whether a figure can be given.
     *
     * @param status  KNOWN; PARTIAL (given, but leaves out a line with no records: see {@code reason}); or
     *                UNKNOWN (not given: the answer's value is null)
     * @param reason  why, as a sentence in the caller's language; null when KNOWN
     */
    public record Figure(String status, String reason) {

        public static final String KNOWN = "KNOWN";
        public static final String PARTIAL = "PARTIAL";
        public static final String UNKNOWN = "UNKNOWN";

        static Figure known() {
            return new Figure(KNOWN, null);
        }

        static Figure unknown(String reason) {
            return new Figure(UNKNOWN, reason);
        }

        /** Whether the figure is given (KNOWN or PARTIAL). */
        public boolean given() {
            return !UNKNOWN.equals(status);
        }
    }

    /** The completeness of {@code ledger} over a period of {@code daysInPeriod} days, its sentences in {@code wording}. */
    public static DataCompleteness of(PeriodLedger ledger, long daysInPeriod, CostWording wording) {
        List<String> withData = new ArrayList<>();
        List<String> withoutData = new ArrayList<>();
        for (CostCategory category : CostCategory.values()) {
            (ledger.has(category) ? withData : withoutData).add(category.name());
        }
        Set<PaymentChannel> channels = EnumSet.noneOf(PaymentChannel.class);
        ledger.salesByChannel().forEach((channel, amount) -> add(channels, channel, amount.signum()));
        ledger.feesByChannel().forEach((channel, fee) -> add(channels, channel, fee.signum()));
        long daysWithout = daysInPeriod - ledger.daysWithData();

        List<String> warnings = new ArrayList<>();
        Figure gross;
        Figure net;
        if (ledger.daysWithData() == 0) {
            gross = net = Figure.unknown(wording.text("reason.noRecords"));
            warnings.add(wording.text("completeness.noRecords"));
        } else if (ledger.revenue().signum() <= 0) {
            gross = net = Figure.unknown(wording.text("reason.noSales"));
            warnings.add(wording.text("completeness.noSales"));
        } else {
            List<CostCategory> missing = missingLines(ledger);
            List<CostCategory> paidBefore = CORE_LINES.stream().filter(ledger.paidBefore()::containsKey).toList();
            String none = missing.isEmpty() ? paidBeforeOnly(ledger, paidBefore, wording)
                    : noRecordsOf(missing, wording);
            boolean noFixed = !ledger.has(CostCategory.LABOUR) && !ledger.has(CostCategory.OCCUPANCY)
                    && !ledger.paidBefore().containsKey(CostCategory.LABOUR)
                    && !ledger.paidBefore().containsKey(CostCategory.OCCUPANCY);
            gross = ledger.has(CostCategory.COGS) ? Figure.known()
                    : Figure.unknown(noRecordsOf(List.of(CostCategory.COGS), wording));
            if (!gross.given() || noFixed) {
                net = Figure.unknown(none);
                warnings.add(wording.text(gross.given() ? "completeness.netMarginUnknown" : "completeness.marginsUnknown",
                        none));
            } else if (!missing.isEmpty() || !paidBefore.isEmpty()) {
                String leftOut = wording.text("completeness.leftOut", none);
                net = new Figure(Figure.PARTIAL, leftOut);
                warnings.add(leftOut);
            } else {
                net = Figure.known();
            }
        }
        if (ledger.daysWithData() > 0 && daysWithout > 0) {
            warnings.add(wording.text("completeness.daysWithout", daysWithout, daysInPeriod,
                    wording.day(ledger.firstDay()), wording.day(ledger.lastDay())));
        }
        String status = ledger.daysWithData() == 0 ? NO_DATA : warnings.isEmpty() ? COMPLETE : INCOMPLETE;
        return new DataCompleteness(status, daysInPeriod, ledger.daysWithData(), daysWithout, ledger.firstDay(),
                ledger.lastDay(), List.copyOf(withData), List.copyOf(withoutData),
                channels.stream().map(Enum::name).toList(), gross, net, net, List.copyOf(warnings));
    }

    /** "There are no records of purchases or rent over the period." */
    public static String noRecordsOf(List<CostCategory> lines, CostWording wording) {
        return wording.text("reason.noRecordsOf", wording.or(lines.stream().map(wording::line).toList()));
    }

    /** The core lines with no records in the period nor shortly before it: records to import. */
    public static List<CostCategory> missingLines(PeriodLedger ledger) {
        return CORE_LINES.stream().filter(line -> !ledger.has(line) && !ledger.paidBefore().containsKey(line))
                .toList();
    }

    private static String paidBeforeOnly(PeriodLedger ledger, List<CostCategory> lines, CostWording wording) {
        return wording.text("reason.paidBefore", wording.and(lines.stream()
                .map(line -> wording.text("reason.paidBefore.line", wording.line(line),
                        wording.day(ledger.paidBefore().get(line))))
                .toList()));
    }

    private static void add(Set<PaymentChannel> channels, PaymentChannel channel, int signum) {
        if (signum != 0) {
            channels.add(channel);
        }
    }
}
