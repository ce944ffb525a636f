package com.merchantanalysis.simulator.archetype.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.merchantanalysis.common.data.ChannelContract;
import com.merchantanalysis.common.data.Industry;
import com.merchantanalysis.common.data.LicenceKind;
import com.merchantanalysis.common.data.PaymentChannel;

/**
 * A kind of merchant the simulator can run, read from {@code archetypes/<name>.yml}: how it sells
 * (tickets, orders, hours, weekdays, channels, refunds), what it pays (costs) and how the Chinese
 * calendar moves it. Amounts are CNY at {@link Costs#referenceDate()} in a tier-2 city; {@code tierScale}
 * scales tickets, rents and wages for the merchant's city tier.
 *
 * @param tierScale  multiplier per city tier 1..5 (index 0 = tier 1) applied to prices, rents and wages
 * @param hourly     24 relative weights of sales by local hour (0 = 00:00-00:59)
 * @param weekday    7 relative factors of orders per day, Monday first
 */
public record Archetype(
        String name,
        String displayName,
        Industry industry,
        String version,
        LocalDate effectiveFrom,
        Defaults defaults,
        List<LicenceKind> licences,
        Ticket ticket,
        double ordersPerDay,
        double dailyNoise,
        double[] tierScale,
        double[] hourly,
        double[] weekday,
        List<ChannelShare> channels,
        double refundRate,
        double chargebackRate,
        Costs costs,
        CashHandling cash,
        CalendarEffects calendar) {

    /** What a merchant created from this archetype gets unless the request says otherwise. */
    public record Defaults(String name, String city, int cityTier, BigDecimal openingCashBalance,
            LocalDate openingDate, String size) {
    }

    /** Ticket size: lognormal with this mean and standard deviation (CNY), clipped to [min, max]. */
    public record Ticket(double mean, double sd, double min, double max, double annualDrift) {
    }

    /** A payment channel's share of orders and its usual contract. */
    public record ChannelShare(PaymentChannel channel, double share,
            BigDecimal feeRate, int settlementLagDays) {
    }

    public record Costs(LocalDate referenceDate, Cogs cogs, Rent rent, Payroll payroll, List<Utility> utilities,
            PlatformCommission platformCommission, Marketing marketing, Tax tax) {
    }

    /**
     * Supplier payments: {@code ratio} of the expected revenue of the days covered, rising by
     * {@code annualDrift} a year from the reference date, paid every {@code everyDays} days split
     * over {@code suppliers} companies, each with an invoice (发票).
     */
    public record Cogs(double ratio, double annualDrift, int everyDays, int suppliers, double noise) {
    }

    /** Rent per month by city tier, paid {@code everyMonths} months at a time on {@code dayOfMonth}. */
    public record Rent(double[] monthlyByTier, int everyMonths, int dayOfMonth, String landlord) {
    }

    /** Monthly wage per employee by city tier, paid on {@code dayOfMonth}. */
    public record Payroll(int staff, double[] monthlyWageByTier, int dayOfMonth) {
    }

    /** A monthly utility bill (tier-2 amount) with a factor per calendar month (heating, air conditioning). */
    public record Utility(String name, String payee, double monthly, double[] monthFactor, int dayOfMonth) {
    }

    /** What a platform keeps of the sales on the given channels (delivery platform, marketplace). */
    public record PlatformCommission(double rate, List<PaymentChannel> channels,
            String platform) {
    }

    /** Advertising spend as a share of the expected revenue, paid every {@code everyDays} days. */
    public record Marketing(double ratio, int everyDays, String payee) {
    }

    /**
     * Small-scale VAT: {@code vatRate} of the quarter's sales when they exceed the exemption, paid on
     * {@code dayOfMonth} of the month after the quarter.
     */
    public record Tax(double vatRate, double exemptQuarterlySales, int dayOfMonth) {
    }

    /** The day's cash takings go from the till to the bank at about {@code hour}. */
    public record CashHandling(int hour) {
    }

    /**
     * How the calendar moves orders.
     *
     * @param springFestival  factors by days from the lunar new year (negative before)
     * @param holidayFactor   other statutory holidays
     * @param goldenWeekFactor Labour Day and National Day holidays
     * @param shoppingFestivals factors for 618 and Double 11 by phase; {@code refundTailRefundFactor}
     *                         multiplies the refund rate during the refund tail
     * @param paydays         spending lift for a few days from common paydays
     */
    public record CalendarEffects(List<Window> springFestival, double holidayFactor, double goldenWeekFactor,
            ShoppingFestivals shoppingFestivals, Paydays paydays) {
    }

    /** Days {@code fromDay..toDay} (inclusive) relative to an anchor get {@code factor}. */
    public record Window(int fromDay, int toDay, double factor) {
    }

    /**
     * @param peakWindow  the days of the peak window before its last day
     * @param peak        the last day of the peak window (18 June, 11 November)
     */
    public record ShoppingFestivals(double presale, double peakWindow, double peak, double refundTail,
            double refundTailRefundFactor) {
    }

    public record Paydays(List<Integer> days, int lengthDays, double factor) {
    }

    /** The channel mix as contracts for a new merchant. */
    public List<ChannelContract> channelContracts() {
        return channels.stream().map(c -> new ChannelContract(c.channel(),
                c.feeRate(), c.settlementLagDays())).toList();
    }

    /** The multiplier of prices, rents and wages in a city of this tier. */
    public double tierFactor(int cityTier) {
        int index = Math.min(Math.max(cityTier, 1), 5) - 1;
        return tierScale[index];
    }
}
