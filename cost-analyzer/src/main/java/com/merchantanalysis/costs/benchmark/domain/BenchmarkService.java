package com.merchantanalysis.costs.benchmark.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.MerchantReader;
import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.costs.benchmark.domain.BenchmarkBook.Range;
import com.merchantanalysis.costs.benchmark.domain.BenchmarkBook.Source;
import com.merchantanalysis.costs.benchmark.domain.BenchmarkCatalog.TierFactorUse;
import com.merchantanalysis.costs.benchmark.model.BenchmarkReport;
import com.merchantanalysis.costs.benchmark.model.BenchmarkReport.RatioComparison;
import com.merchantanalysis.costs.benchmark.model.BenchmarkReport.SourceView;
import com.merchantanalysis.common.cache.MerchantCache;
import com.merchantanalysis.costs.config.CostMetrics;
import com.merchantanalysis.costs.ledger.PeriodLedger;
import com.merchantanalysis.costs.ledger.RollupReader;
import com.merchantanalysis.common.period.ReportingPeriodPolicy;
import com.merchantanalysis.common.period.ReportingPeriod;
import com.merchantanalysis.costs.structure.domain.StructureService;

import org.springframework.stereotype.Service;

/** Compares a merchant's ratios with the benchmark file's ranges for its archetype and city tier. */
@Service
public class BenchmarkService {

    private final MerchantReader merchants;
    private final ReportingPeriodPolicy periods;
    private final RollupReader rollups;
    private final MerchantCache cache;
    private final CostMetrics metrics;
    private final BenchmarkCatalog catalog;

    BenchmarkService(MerchantReader merchants, ReportingPeriodPolicy periods, RollupReader rollups, MerchantCache cache,
            CostMetrics metrics, BenchmarkCatalog catalog) {
        this.merchants = merchants;
        this.periods = periods;
        this.rollups = rollups;
        this.cache = cache;
        this.metrics = metrics;
        this.catalog = catalog;
    }

    public BenchmarkReport benchmarks(Caller caller, String merchantId, LocalDate from, LocalDate to) {
        return metrics.time("benchmarks", () -> {
            MerchantDocument merchant = merchants.require(caller, merchantId);
            ReportingPeriod period = periods.resolve(merchant, from, to);
            return cache.get("benchmarks", merchant, MerchantCache.parameters(period.from(), period.to(),
                    catalog.version()), BenchmarkReport.class, () -> compute(merchant, period));
        });
    }

    BenchmarkReport compute(MerchantDocument merchant, ReportingPeriod period) {
        PeriodLedger ledger = rollups.ledger(merchant.id(), period);
        return new BenchmarkReport(merchant.id(), merchant.dataVersion(), period.from(), period.to(), catalog.version(),
                catalog.effectiveDate(), merchant.archetype(),
                merchant.industry() == null ? null : merchant.industry().name(),
                catalog.profileKey(merchant).orElse(null), merchant.cityTier(), compare(merchant, ledger));
    }

    /** Every ratio the merchant's profile has a range for and its ledger has a value for. */
    public List<RatioComparison> compare(MerchantDocument merchant, PeriodLedger ledger) {
        Optional<String> profile = catalog.profileKey(merchant);
        if (profile.isEmpty()) {
            return List.of();
        }
        List<RatioComparison> comparisons = new ArrayList<>();
        for (Map.Entry<BenchmarkRatio, Range> entry : catalog.ranges(profile.get()).entrySet()) {
            BenchmarkRatio ratio = entry.getKey();
            if (ratio == BenchmarkRatio.PRIME_COST_PCT && !StructureService.isRestaurant(merchant)) {
                continue;
            }
            BigDecimal value = ratio.valueOf(ledger);
            if (value != null) {
                comparisons.add(compare(ratio, value, entry.getValue(), catalog.tierFactor(ratio, merchant.cityTier())));
            }
        }
        return comparisons;
    }

    private RatioComparison compare(BenchmarkRatio ratio, BigDecimal value, Range range, Optional<TierFactorUse> tier) {
        BigDecimal factor = tier.map(TierFactorUse::factor).orElse(BigDecimal.ONE);
        BigDecimal low = range.low().multiply(factor).setScale(2, RoundingMode.HALF_UP);
        BigDecimal high = range.high().multiply(factor).setScale(2, RoundingMode.HALF_UP);
        String position;
        BigDecimal deviation;
        if (value.compareTo(high) > 0) {
            position = "ABOVE";
            deviation = value.subtract(high);
        } else if (value.compareTo(low) < 0) {
            position = "BELOW";
            deviation = value.subtract(low);
        } else {
            position = "WITHIN";
            deviation = BigDecimal.ZERO;
        }
        boolean favourable = switch (position) {
            case "ABOVE" -> !ratio.higherIsWorse();
            case "BELOW" -> ratio.higherIsWorse();
            default -> true;
        };
        String assessment = switch (position) {
            case "ABOVE" -> value.toPlainString() + "% is above the range " + low + "–" + high + "% by "
                    + deviation.toPlainString() + " points";
            case "BELOW" -> value.toPlainString() + "% is below the range " + low + "–" + high + "% by "
                    + deviation.negate().toPlainString() + " points";
            default -> value.toPlainString() + "% is within the range " + low + "–" + high + "%";
        };
        Source source = catalog.source(range.source());
        boolean estimate = range.estimate() || tier.map(use -> use.definition().estimate()).orElse(false);
        String note = tier.isEmpty() ? range.note()
                : join(range.note(), "range × " + factor.stripTrailingZeros().toPlainString() + " for city tier ("
                        + catalog.source(tier.get().definition().source()).title() + ")");
        return new RatioComparison(ratio.name(), ratio.label(), value, low, high, position, deviation, favourable,
                assessment, estimate, note, tier.map(TierFactorUse::factor).orElse(null),
                new SourceView(source.id(), source.title(), source.publisher(), source.year(), source.url()));
    }

    private static String join(String first, String second) {
        return first == null ? second : first + "; " + second;
    }
}
