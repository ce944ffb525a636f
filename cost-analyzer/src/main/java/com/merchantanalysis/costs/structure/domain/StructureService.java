package com.merchantanalysis.costs.structure.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.merchantanalysis.common.data.Industry;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.MerchantReader;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.common.cache.MerchantCache;
import com.merchantanalysis.costs.config.CostMetrics;
import com.merchantanalysis.costs.config.CostSettings;
import com.merchantanalysis.costs.ledger.CostCategory;
import com.merchantanalysis.costs.ledger.DataCompleteness;
import com.merchantanalysis.costs.ledger.Money;
import com.merchantanalysis.costs.ledger.PeriodLedger;
import com.merchantanalysis.costs.ledger.RevenueShares;
import com.merchantanalysis.costs.ledger.RollupReader;
import com.merchantanalysis.costs.ledger.CostWording;
import com.merchantanalysis.costs.period.CompareTo;
import com.merchantanalysis.common.period.ReportingPeriodPolicy;
import com.merchantanalysis.common.period.ReportingPeriod;
import com.merchantanalysis.costs.structure.model.StructureReport;
import com.merchantanalysis.costs.structure.model.StructureReport.CategoryLine;
import com.merchantanalysis.costs.structure.model.StructureReport.ChannelFees;
import com.merchantanalysis.costs.structure.model.StructureReport.Comparison;
import com.merchantanalysis.costs.structure.model.StructureReport.FixedVariableSplit;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Revenue, cost lines, margins and their change against a comparison period, from the daily rollups. */
@Service
public class StructureService {

    private final MerchantReader merchants;
    private final ReportingPeriodPolicy periods;
    private final RollupReader rollups;
    private final MerchantCache cache;
    private final CostMetrics metrics;
    private final CostSettings settings;
    private final MessageSource messages;

    StructureService(MerchantReader merchants, ReportingPeriodPolicy periods, RollupReader rollups, MerchantCache cache,
            CostMetrics metrics, CostSettings settings, MessageSource messages) {
        this.merchants = merchants;
        this.periods = periods;
        this.rollups = rollups;
        this.cache = cache;
        this.metrics = metrics;
        this.settings = settings;
        this.messages = messages;
    }

    /** The structure, its sentences in {@code locale}'s language (which is part of the cache key). */
    public StructureReport structure(Caller caller, String merchantId, LocalDate from, LocalDate to, String compareTo,
            Locale locale) {
        CostWording wording = new CostWording(messages, locale);
        return metrics.time("structure", () -> {
            MerchantDocument merchant = merchants.require(caller, merchantId);
            CompareTo comparison = CompareTo.parse(compareTo);
            ReportingPeriod period = periods.resolve(merchant, from, to);
            return cache.get("structure", merchant, MerchantCache.parameters(period.from(), period.to(), comparison,
                    wording.language()), StructureReport.class, () -> compute(merchant, period, comparison, wording));
        });
    }

    /** The structure of an already checked merchant and period (no cache, no timing). */
    public StructureReport compute(MerchantDocument merchant, ReportingPeriod period, CompareTo compareTo,
            CostWording wording) {
        ReportingPeriod before = compareTo.of(period);
        PeriodLedger current = rollups.ledger(merchant.id(), period);
        PeriodLedger previous = rollups.ledger(merchant.id(), before);
        RevenueShares shares = RevenueShares.of(current);
        RevenueShares previousShares = RevenueShares.of(previous);

        List<CategoryLine> lines = new ArrayList<>();
        BigDecimal fixed = BigDecimal.ZERO;
        for (CostCategory category : CostCategory.values()) {
            BigDecimal amount = Money.cents(current.cost(category));
            BigDecimal earlier = Money.cents(previous.cost(category));
            boolean isFixed = settings.fixedCategories().contains(category);
            if (isFixed) {
                fixed = fixed.add(amount);
            }
            lines.add(new CategoryLine(category.name(), isFixed ? "FIXED" : "VARIABLE", amount, shares.of(category),
                    earlier, previousShares.of(category), amount.subtract(earlier), Money.changePercent(earlier, amount),
                    difference(shares.of(category), previousShares.of(category))));
        }
        BigDecimal revenue = Money.cents(current.revenue());
        BigDecimal totalCosts = Money.cents(current.totalCosts());
        BigDecimal variable = totalCosts.subtract(fixed);
        DataCompleteness completeness = DataCompleteness.of(current, period.days(), wording);
        DataCompleteness comparisonCompleteness = DataCompleteness.of(previous, before.days(), wording);
        // Margins over missing cost lines would read as good news: they are null, and completeness says why.
        BigDecimal grossProfit = completeness.grossMargin().given()
                ? Money.cents(revenue.subtract(current.cost(CostCategory.COGS))) : null;
        BigDecimal primeCost = primeCost(merchant, current);
        BigDecimal netProfit = completeness.netMargin().given() ? Money.cents(current.netProfit()) : null;
        BigDecimal netMargin = completeness.netMargin().given() ? shares.netMargin() : null;
        BigDecimal previousNetMargin = comparisonCompleteness.netMargin().given() ? previousShares.netMargin() : null;

        return new StructureReport(merchant.id(), merchant.dataVersion(), period.from(), period.to(),
                compareTo.name().toLowerCase(Locale.ROOT), before.from(), before.to(),
                completeness, Money.cents(current.grossSales()), Money.cents(current.refunds()), revenue,
                current.saleCount(), current.averageTicket() == null ? null : Money.cents(current.averageTicket()),
                lines, totalCosts,
                new FixedVariableSplit(fixed, variable, Money.percent(fixed, revenue), Money.percent(variable, revenue)),
                grossProfit, grossProfit == null ? null : Money.percent(grossProfit, revenue), primeCost,
                primeCost == null ? null : Money.percent(primeCost, revenue), netProfit, netMargin,
                channelFees(current),
                new Comparison(comparisonCompleteness, Money.cents(previous.revenue()),
                        Money.changePercent(previous.revenue(), current.revenue()), Money.cents(previous.totalCosts()),
                        comparisonCompleteness.grossMargin().given() ? Money.percent(
                                previous.revenue().subtract(previous.cost(CostCategory.COGS)), previous.revenue()) : null,
                        previousNetMargin, difference(netMargin, previousNetMargin)));
    }

    /** COGS plus payroll, for a restaurant with both on record; null otherwise. */
    public static BigDecimal primeCost(MerchantDocument merchant, PeriodLedger ledger) {
        if (!isRestaurant(merchant) || !ledger.has(CostCategory.COGS) || !ledger.has(CostCategory.LABOUR)) {
            return null;
        }
        return Money.cents(ledger.cost(CostCategory.COGS).add(ledger.cost(CostCategory.LABOUR)));
    }

    /** Restaurants are where prime cost (food plus labour) is the figure owners steer by. */
    public static boolean isRestaurant(MerchantDocument merchant) {
        return merchant.industry() == Industry.RESTAURANT || merchant.industry() == Industry.FAST_FOOD;
    }

    private static List<ChannelFees> channelFees(PeriodLedger ledger) {
        List<ChannelFees> fees = new ArrayList<>();
        for (PaymentChannel channel : PaymentChannel.values()) {
            BigDecimal sales = ledger.salesByChannel().getOrDefault(channel, BigDecimal.ZERO);
            BigDecimal fee = ledger.feesByChannel().getOrDefault(channel, BigDecimal.ZERO);
            if (sales.signum() != 0 || fee.signum() != 0) {
                fees.add(new ChannelFees(channel.name(), Money.cents(sales), Money.cents(fee), Money.ratePercent(fee, sales)));
            }
        }
        return fees;
    }

    private static BigDecimal difference(BigDecimal now, BigDecimal before) {
        return now == null || before == null ? null : now.subtract(before);
    }
}
