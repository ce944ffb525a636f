package com.merchantanalysis.costs.benchmark.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.merchantanalysis.common.data.DailySummaryDocument;
import com.merchantanalysis.common.data.Industry;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.costs.benchmark.model.BenchmarkReport.RatioComparison;
import com.merchantanalysis.costs.config.CostSettings;
import com.merchantanalysis.costs.ledger.DataCompleteness;
import com.merchantanalysis.costs.ledger.PeriodLedger;
import com.merchantanalysis.costs.ledger.CostWording;
import com.merchantanalysis.costs.support.TestWording;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.DefaultResourceLoader;
import tools.jackson.databind.json.JsonMapper;

/** What the benchmarks say about a hotpot restaurant in a tier-3 city, in sentences an owner can read. */
class BenchmarkAssessmentTest {

    private static final CostSettings SETTINGS = new Binder(new MapConfigurationPropertySource(Map.of()))
            .bindOrCreate("merchant.costs", CostSettings.class);
    private static final MerchantDocument HOTPOT = new MerchantDocument("m", "火锅", Industry.RESTAURANT, "Mianyang",
            LocalDate.of(2020, 1, 1), "Asia/Shanghai", List.of(), List.of(), BigDecimal.ZERO, 1, Instant.now(), "hotpot", 3);

    // Only the catalog is used to compare a ledger already read.
    private final BenchmarkService benchmarks = new BenchmarkService(null, null, null, null, null,
            new BenchmarkCatalog(new DefaultResourceLoader(), SETTINGS, JsonMapper.builder().build()), null);
    private final CostWording english = TestWording.english();

    @Test
    void aRatioOutsideItsRangeIsOneSentenceNamingWhatItMeasures() {
        // 100,000 of sales: purchases 47,500 (hotpot range 35–45%), payroll 20,000 (18–25%), rent 9,000.
        PeriodLedger ledger = ledger(Map.of(TransactionKind.COGS, "-47500", TransactionKind.PAYROLL, "-20000",
                TransactionKind.RENT, "-9000"));

        List<RatioComparison> ratios = benchmarks.compare(HOTPOT, ledger, DataCompleteness.of(ledger, 30, english), english);

        assertThat(ratio(ratios, "COGS_PCT").assessment())
                .isEqualTo("Cost of goods is 47.50% of revenue, above the range of 35.00–45.00% by 2.50 points.");
        assertThat(ratio(ratios, "LABOUR_PCT").assessment())
                .isEqualTo("Payroll is 20.00% of revenue, within the range of 18.00–25.00%.");
        assertThat(ratio(ratios, "FEE_RATE_WECHAT_PAY").assessment())
                .isEqualTo("The WeChat Pay fee is 0.60% of WeChat Pay sales, within the range of 0.20–0.60%.");
        assertThat(ratio(ratios, "COGS_PCT").label()).isEqualTo("Cost of goods, % of revenue");
        RatioComparison inChinese = ratio(benchmarks.compare(HOTPOT, ledger,
                DataCompleteness.of(ledger, 30, TestWording.chinese()), TestWording.chinese()), "COGS_PCT");
        assertThat(inChinese.assessment()).isEqualTo("进货成本占营业收入的47.50%，比参考区间35.00%–45.00%高2.50个百分点。");
        assertThat(inChinese.label()).isEqualTo("进货成本占营业收入的百分比");
        assertThat(inChinese.note()).isEqualTo("火锅的食材占比高于其他菜系");
        for (RatioComparison comparison : ratios) {
            assertThat(comparison.assessment()).as(comparison.ratio()).doesNotContain("_").doesNotMatch(".* is .* is .*");
        }
    }

    @Test
    void aCostLineWithoutRecordsIsUnknownNotZeroAndNotFavourable() {
        PeriodLedger salesOnly = ledger(Map.of());

        List<RatioComparison> ratios = benchmarks.compare(HOTPOT, salesOnly, DataCompleteness.of(salesOnly, 30, english),
                english);

        RatioComparison cogs = ratio(ratios, "COGS_PCT");
        assertThat(cogs.position()).isEqualTo("UNKNOWN");
        assertThat(cogs.value()).isNull();
        assertThat(cogs.favourable()).isNull();
        assertThat(cogs.deviationPoints()).isNull();
        assertThat(cogs.unknownReason()).isEqualTo("There are no records of purchases over the period.");
        assertThat(cogs.assessment()).isEqualTo("Cost of goods as a share of revenue is unknown. There are no records of"
                + " purchases over the period.");
        assertThat(ratio(ratios, "NET_MARGIN_PCT").position()).isEqualTo("UNKNOWN");
        assertThat(ratio(ratios, "COST_RATE_PCT").position()).isEqualTo("UNKNOWN");
        // The fees are on the payment bills: that ratio is still known.
        assertThat(ratio(ratios, "FEE_RATE_WECHAT_PAY").position()).isEqualTo("WITHIN");
        assertThat(ratios).filteredOn(ratio -> Boolean.TRUE.equals(ratio.favourable()))
                .extracting(RatioComparison::ratio).containsExactly("FEE_RATE_WECHAT_PAY");
    }

    private static PeriodLedger ledger(Map<TransactionKind, String> costs) {
        Map<TransactionKind, BigDecimal> byKind = new EnumMap<>(TransactionKind.class);
        byKind.put(TransactionKind.SALE, new BigDecimal("100000"));
        costs.forEach((kind, amount) -> byKind.put(kind, new BigDecimal(amount)));
        return PeriodLedger.of(List.of(new DailySummaryDocument("m:d", "m", LocalDate.of(2024, 3, 1), BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, 1, byKind, Map.of(),
                Map.of(PaymentChannel.WECHAT_PAY, new BigDecimal("100000")),
                Map.of(PaymentChannel.WECHAT_PAY, new BigDecimal("600")), Map.of(), 1000, 0)));
    }

    private static RatioComparison ratio(List<RatioComparison> ratios, String name) {
        return ratios.stream().filter(ratio -> ratio.ratio().equals(name)).findFirst().orElseThrow();
    }
}
