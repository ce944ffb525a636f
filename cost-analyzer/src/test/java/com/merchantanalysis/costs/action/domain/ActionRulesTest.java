package com.merchantanalysis.costs.action.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.merchantanalysis.common.data.ChannelContract;
import com.merchantanalysis.common.data.DailySummaryDocument;
import com.merchantanalysis.common.data.Industry;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.costs.action.model.Action;
import com.merchantanalysis.costs.anomaly.model.AnomalyReport;
import com.merchantanalysis.costs.benchmark.model.BenchmarkReport.RatioComparison;
import com.merchantanalysis.costs.benchmark.model.BenchmarkReport.SourceView;
import com.merchantanalysis.costs.config.CostSettings;
import com.merchantanalysis.costs.feeaudit.domain.ChannelFeeCheck;
import com.merchantanalysis.costs.ledger.DataCompleteness;
import com.merchantanalysis.costs.ledger.PeriodLedger;
import com.merchantanalysis.costs.ledger.CostWording;
import com.merchantanalysis.costs.support.TestWording;
import com.merchantanalysis.common.period.ReportingPeriod;

import org.junit.jupiter.api.Test;

/**
 * Thirty days of 10,000 yuan sales a day: 300,000 revenue. Labour at 32% of revenue against a 20-28% range;
 * card sales cost 1.2% (as contracted) against 0.6% for WeChat Pay.
 */
class ActionRulesTest {

    private static final ReportingPeriod PERIOD = new ReportingPeriod(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 30));
    private static final SourceView SOURCE = new SourceView("s", "a study", "a publisher", "2023", null);
    static final CostWording EN = TestWording.english();
    private final ActionRules rules = new ActionRules(new CostSettings.Actions(new BigDecimal("0.2"), 10,
            new BigDecimal("50")));

    @Test
    void staffingAboveTheRangeIsWeighedAgainstTheQuietHours() {
        List<Action> actions = rules.actions(findings(), EN);

        Action staffing = actions.stream().filter(a -> a.category().equals("labour")).findFirst().orElseThrow();
        // 4 points of 300,000 over 30 days, per average month: 12,000 × 30.436875 / 30.
        assertThat(staffing.monthlyImpactYuan()).isEqualByComparingTo("12174.75");
        assertThat(staffing.evidence()).contains("15:00").contains("16:00").doesNotContain("12:00");
        assertThat(staffing.confidence()).isEqualByComparingTo("0.40");
    }

    @Test
    void aDearCardChannelIsWorthSteeringFromAndActionsAreRankedByWeightedImpact() {
        List<Action> actions = rules.actions(findings(), EN);

        Action steer = actions.stream().filter(a -> a.title().startsWith("Steer customers from UnionPay card"))
                .findFirst().orElseThrow();
        // 20% of 60,000 card sales moved saves 0.6 points: 72 yuan over the 30 days, 73.05 an average month.
        assertThat(steer.monthlyImpactYuan()).isEqualByComparingTo("73.05");
        assertThat(steer.confidence()).isEqualByComparingTo("0.50");
        assertThat(actions).isSortedAccordingTo((a, b) -> b.monthlyImpactYuan().multiply(b.confidence())
                .compareTo(a.monthlyImpactYuan().multiply(a.confidence())));
    }

    @Test
    void savingsBelowTheFloorAreLeftOut() {
        ActionRules demanding = new ActionRules(new CostSettings.Actions(new BigDecimal("0.2"), 10, new BigDecimal("100")));

        assertThat(demanding.actions(findings(), EN)).extracting(Action::category).containsExactly("labour");
    }

    private static CostFindings findings() {
        MerchantDocument merchant = new MerchantDocument("m", "面馆", Industry.RESTAURANT, "Chengdu", LocalDate.of(2020, 1, 1),
                "Asia/Shanghai", List.of(), List.of(new ChannelContract(PaymentChannel.WECHAT_PAY, new BigDecimal("0.006"), 1),
                        new ChannelContract(PaymentChannel.UNIONPAY_CARD, new BigDecimal("0.012"), 1)),
                BigDecimal.ZERO, 1, Instant.now(), null, 3);
        PeriodLedger ledger = PeriodLedger.of(List.of(new DailySummaryDocument("m:d", "m", PERIOD.from(),
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 1,
                Map.of(TransactionKind.SALE, new BigDecimal("300000"), TransactionKind.PAYROLL, new BigDecimal("-96000")),
                Map.of(), Map.of(PaymentChannel.WECHAT_PAY, new BigDecimal("240000"), PaymentChannel.UNIONPAY_CARD,
                        new BigDecimal("60000")),
                Map.of(PaymentChannel.WECHAT_PAY, new BigDecimal("1440"), PaymentChannel.UNIONPAY_CARD, new BigDecimal("720")),
                Map.of(), 3000, 0)));
        RatioComparison labour = new RatioComparison("LABOUR_PCT", "Payroll, % of revenue", new BigDecimal("32.00"),
                new BigDecimal("20.00"), new BigDecimal("28.00"), "ABOVE", new BigDecimal("4.00"), false,
                "Payroll is 32.00% of revenue, above the range of 20.00–28.00% by 4.00 points.", null, true, null, null,
                SOURCE);
        BigDecimal[] hours = new BigDecimal[24];
        Arrays.fill(hours, BigDecimal.ZERO);
        hours[11] = new BigDecimal("60000");
        hours[12] = new BigDecimal("90000");
        hours[15] = new BigDecimal("3000");
        hours[16] = new BigDecimal("6000");
        hours[18] = new BigDecimal("141000");
        return findings(merchant, ledger, List.of(labour), new HourlySales(hours));
    }

    static CostFindings findings(MerchantDocument merchant, PeriodLedger ledger, List<RatioComparison> benchmarks,
            HourlySales hours) {
        return new CostFindings(merchant, PERIOD, ledger, DataCompleteness.of(ledger, PERIOD.days(), EN),
                ChannelFeeCheck.of(merchant, ledger, new BigDecimal("0.0001")), benchmarks,
                new AnomalyReport("m", 1, PERIOD.from(), PERIOD.to(), PERIOD.from(), List.of(), null, List.of(),
                        AnomalyReport.JUDGED, 0, null, List.of()),
                hours);
    }

    /**
     * One day standing for the period: 300,000 of sales (Alipay 200,000 charged 1,500 in fees, 0.75% against a
     * 0.6% contract; WeChat Pay 100,000 charged 600), with purchases, payroll and rent, and COGS of 47.5%.
     */
    private static CostFindings overchargedShop(List<RatioComparison> benchmarks) {
        MerchantDocument merchant = new MerchantDocument("m", "网店", Industry.ECOMMERCE, "Hangzhou", LocalDate.of(2020, 1, 1),
                "Asia/Shanghai", List.of(), List.of(new ChannelContract(PaymentChannel.ALIPAY, new BigDecimal("0.006"), 10),
                        new ChannelContract(PaymentChannel.WECHAT_PAY, new BigDecimal("0.006"), 7)),
                BigDecimal.ZERO, 1, Instant.now(), "ecommerce", 2);
        PeriodLedger ledger = PeriodLedger.of(List.of(new DailySummaryDocument("m:d", "m", PERIOD.from(),
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 1,
                Map.of(TransactionKind.SALE, new BigDecimal("300000"), TransactionKind.COGS, new BigDecimal("-142500"),
                        TransactionKind.PAYROLL, new BigDecimal("-30000"), TransactionKind.RENT, new BigDecimal("-9000")),
                Map.of(), Map.of(PaymentChannel.ALIPAY, new BigDecimal("200000"), PaymentChannel.WECHAT_PAY,
                        new BigDecimal("100000")),
                Map.of(PaymentChannel.ALIPAY, new BigDecimal("1500"), PaymentChannel.WECHAT_PAY, new BigDecimal("600")),
                Map.of(), 3000, 0)));
        return findings(merchant, ledger, benchmarks, null);
    }

    @Test
    void anOverchargeIsClaimedWithItsDerivationAndNotCountedAgainAsADearChannel() {
        List<Action> actions = rules.actions(overchargedShop(List.of()), EN);

        Action claim = actions.get(0);
        assertThat(claim.title()).isEqualTo("Claim back Alipay fees above the contracted rate");
        // 300 yuan too much over 30 days: 304.37 an average month = 0.15 points of 202,912.50 monthly sales.
        assertThat(claim.monthlyImpactYuan()).isEqualByComparingTo("304.37");
        assertThat(claim.derivation()).isEqualTo("0.15 percentage points over the contracted 0.60% × ¥202,912.50"
                + " monthly Alipay sales ≈ ¥304.37 a month (¥300.00 over the period’s 30 days)");
        assertThat(claim.evidence()).isEqualTo("From 1 Mar 2024 to 30 Mar 2024, Alipay charged 0.75% on ¥200,000.00 of"
                + " sales against a contracted 0.60%: ¥300.00 too much.");
        // Once claimed back Alipay costs its contracted 0.6%, as WeChat Pay does: nothing to steer.
        assertThat(actions).extracting(Action::title).noneMatch(title -> title.startsWith("Steer customers"));
    }

    @Test
    void theSameClaimReadsInChinese() {
        Action claim = rules.actions(overchargedShop(List.of()), TestWording.chinese()).get(0);

        assertThat(claim.title()).isEqualTo("向支付宝追回超出约定费率的手续费");
        assertThat(claim.evidence()).isEqualTo("2024年3月1日至2024年3月30日，支付宝对¥200,000.00的销售额按0.75%收取手续费，"
                + "约定费率为0.60%，多收了¥300.00。");
        assertThat(claim.derivation()).isEqualTo("比约定费率0.60%高出0.15个百分点 × 每月支付宝销售额¥202,912.50 ≈ 每月¥304.37"
                + "（本期30天共¥300.00）");
        assertThat(claim.monthlyImpactYuan()).isEqualByComparingTo("304.37");
    }

    @Test
    void aCostAboveItsBenchmarkReadsAsOneSentenceAndShowsItsDerivation() {
        RatioComparison cogs = new RatioComparison("COGS_PCT", "Cost of goods, % of revenue", new BigDecimal("47.50"),
                new BigDecimal("35.00"), new BigDecimal("45.00"), "ABOVE", new BigDecimal("2.50"), false,
                "Cost of goods is 47.50% of revenue, above the range of 35.00–45.00% by 2.50 points.", null, false, null,
                null, SOURCE);

        Action review = rules.actions(overchargedShop(List.of(cogs)), EN).stream()
                .filter(action -> action.category().equals("cogs")).findFirst().orElseThrow();

        assertThat(review.evidence()).isEqualTo(
                "Cost of goods is 47.50% of revenue, above the range of 35.00–45.00% by 2.50 points. Source: a publisher.");
        // 2.5 points of 300,000 over 30 days, per average month.
        assertThat(review.monthlyImpactYuan()).isEqualByComparingTo("7609.22");
        assertThat(review.derivation()).isEqualTo(
                "2.50 percentage points above the top of the range × ¥304,368.75 monthly revenue ≈ ¥7,609.22 a month");
    }
}
