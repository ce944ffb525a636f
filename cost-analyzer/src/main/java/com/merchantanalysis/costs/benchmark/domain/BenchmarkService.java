package com.merchantanalysis.costs.benchmark.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import com.merchantanalysis.costs.ledger.DataCompleteness;
import com.merchantanalysis.costs.ledger.PeriodLedger;
import com.merchantanalysis.costs.ledger.RollupReader;
import com.merchantanalysis.costs.ledger.CostWording;
import com.merchantanalysis.common.period.ReportingPeriodPolicy;
import com.merchantanalysis.common.period.ReportingPeriod;
import com.merchantanalysis.costs.structure.domain.StructureService;

import org.springframework.context.MessageSource;
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
    private final MessageSource messages;

    BenchmarkService(MerchantReader merchants, ReportingPeriodPolicy periods, RollupReader rollups, MerchantCache cache,
            CostMetrics metrics, BenchmarkCatalog catalog, MessageSource messages) {
        this.merchants = merchants;
        this.periods = periods;
        this.rollups = rollups;
        this.cache = cache;
        this.metrics = metrics;
        this.catalog = catalog;
        this.messages = messages;
    }

    /** The comparison, its sentences in {@code locale}'s language (which is part of the cache key). */
    public BenchmarkReport benchmarks(Caller caller, String merchantId, LocalDate from, LocalDate to, Locale locale) {
        CostWording wording = new CostWording(messages, locale);
        return metrics.time("benchmarks", () -> {
            MerchantDocument merchant = merchants.require(caller, merchantId);
            ReportingPeriod period = periods.resolve(merchant, from, to);
            return cache.get("benchmarks", merchant, MerchantCache.parameters(period.from(), period.to(),
                    catalog.version(), wording.language()), BenchmarkReport.class,
                    () -> compute(merchant, period, wording));
        });
    }

    BenchmarkReport compute(MerchantDocument merchant, ReportingPeriod period, CostWording wording) {
        PeriodLedger ledger = rollups.ledger(merchant.id(), period);
        DataCompleteness completeness = DataCompleteness.of(ledger, period.days(), wording);
        return new BenchmarkReport(merchant.id(), merchant.dataVersion(), period.from(), period.to(), catalog.version(),
                catalog.effectiveDate(), merchant.archetype(),
                merchant.industry() == null ? null : merchant.industry().name(),
                catalog.profileKey(merchant).orElse(null), merchant.cityTier(), completeness,
                compare(merchant, ledger, completeness, wording));
    }

    /**
     * Every ratio the merchant's profile has a range for and that applies to it (a channel it sells
     * through, prime cost for a restaurant); UNKNOWN, never 0%, where its records are missing.
     */
    public List<RatioComparison> compare(MerchantDocument merchant, PeriodLedger ledger, DataCompleteness completeness,
            CostWording wording) {
        Optional<String> profile = catalog.profileKey(merchant);
        if (profile.isEmpty()) {
            return List.of();
        }
        List<RatioComparison> comparisons = new ArrayList<>();
        for (Map.Entry<BenchmarkRatio, Range> entry : catalog.ranges(profile.get()).entrySet()) {
            BenchmarkRatio ratio = entry.getKey();
            if (ratio == BenchmarkRatio.PRIME_COST_PCT && !StructureService.isRestaurant(merchant)
                    || !ratio.appliesTo(ledger)) {
                continue;
            }
            comparisons.add(compare(ratio, ledger, completeness, entry.getValue(),
                    catalog.tierFactor(ratio, merchant.cityTier()), merchant.cityTier(), wording));
        }
        return comparisons;
    }

    private RatioComparison compare(BenchmarkRatio ratio, PeriodLedger ledger, DataCompleteness completeness,
            Range range, Optional<TierFactorUse> tier, int cityTier, CostWording wording) {
        BigDecimal factor = tier.map(TierFactorUse::factor).orElse(BigDecimal.ONE);
        BigDecimal low = range.low().multiply(factor).setScale(2, RoundingMode.HALF_UP);
        BigDecimal high = range.high().multiply(factor).setScale(2, RoundingMode.HALF_UP);
        String unknown = ratio.unknownBecause(ledger, completeness, wording);
        BigDecimal value = unknown == null ? ratio.valueOf(ledger) : null;
        String position;
        BigDecimal deviation;
        if (value == null) {
            position = RatioComparison.UNKNOWN;
            deviation = null;
        } else if (value.compareTo(high) > 0) {
            position = RatioComparison.ABOVE;
            deviation = value.subtract(high);
        } else if (value.compareTo(low) < 0) {
            position = RatioComparison.BELOW;
            deviation = value.subtract(low);
        } else {
            position = RatioComparison.WITHIN;
            deviation = BigDecimal.ZERO;
        }
        Boolean favourable = switch (position) {
            case RatioComparison.ABOVE -> !ratio.higherIsWorse();
            case RatioComparison.BELOW -> ratio.higherIsWorse();
            case RatioComparison.WITHIN -> true;
            default -> null;
        };
        String subject = ratio.subject(wording);
        String base = ratio.base(wording);
        String assessment = switch (position) {
            case RatioComparison.ABOVE -> wording.text("benchmark.above", subject, base, value, low, high, deviation);
            case RatioComparison.BELOW -> wording.text("benchmark.below", subject, base, value, low, high,
                    deviation.negate());
            case RatioComparison.WITHIN -> wording.text("benchmark.within", subject, base, value, low, high);
            default -> wording.text("benchmark.unknown", subject, base, unknown);
        };
        Source source = catalog.source(range.source());
        boolean estimate = range.estimate() || tier.map(use -> use.definition().estimate()).orElse(false);
        String note = range.note() == null ? null : range.note().in(wording.language());
        if (tier.isPresent()) {
            String city = wording.text("cityTier." + cityTier);
            String why = tier.get().definition().note().in(wording.language());
            note = note == null ? wording.text("benchmark.tier", city, factor, why)
                    : wording.text("benchmark.noteAndTier", note, city, factor, why);
        }
        return new RatioComparison(ratio.name(), wording.text("benchmark.label", subject, base), value, low, high,
                position, deviation, favourable,
                assessment, unknown, estimate, note, tier.map(TierFactorUse::factor).orElse(null),
                new SourceView(source.id(), source.title(), source.publisher(), source.year(), source.url()));
    }
}
