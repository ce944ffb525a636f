package com.merchantanalysis.compliance.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import com.merchantanalysis.common.data.Counterparty;
import com.merchantanalysis.common.data.CounterpartyType;
import com.merchantanalysis.common.data.Direction;
import com.merchantanalysis.common.data.Industry;
import com.merchantanalysis.common.data.Licence;
import com.merchantanalysis.common.data.LicenceKind;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.common.testsupport.MerchantData;
import com.merchantanalysis.compliance.engine.EngineResult;
import com.merchantanalysis.compliance.engine.Finding;
import com.merchantanalysis.compliance.rules.model.Severity;
import com.merchantanalysis.compliance.support.Engines;
import com.merchantanalysis.compliance.support.Wordings;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every rule: fires exactly at its threshold, stays quiet just below (showing a near miss where the rule has
 * one), and respects its effective date.
 */
class RuleThresholdsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    private static final Counterparty COMPANY = new Counterparty(CounterpartyType.COMPANY, "co-1", false);
    private static final Counterparty PERSON = new Counterparty(CounterpartyType.PERSON, "p-1", false);
    private static final Counterparty PERSON_ABROAD = new Counterparty(CounterpartyType.PERSON, "p-hk", true);

    /** A hotpot merchant with only what the test adds. */
    private static MerchantData history() {
        return MerchantData.hotpot("m-threshold", 1, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1));
    }

    private static EngineResult run(MerchantData history, LocalDate from, LocalDate to) {
        return Engines.evaluate(history.merchant(), from, to, history.withoutBusiness().transactions());
    }

    private static List<Finding> findings(EngineResult result, String ruleId) {
        return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    private static List<Finding> nearMisses(EngineResult result, String ruleId) {
        return result.nearMisses().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    private static void money(MerchantData h, LocalDateTime time, String amount, TransactionKind kind,
            PaymentChannel channel, Counterparty counterparty) {
        h.add(time, new BigDecimal(amount), Direction.IN, kind, channel, counterparty, null, null, false, List.of());
    }

    @Nested
    class LargeCash {

        @Test
        void cumulativeCashOfExactly50000InADayFires() {
            var h = history();
            money(h, DAY.atTime(9, 0), "30000.00", TransactionKind.CASH_DEPOSIT, PaymentChannel.CASH, null);
            money(h, DAY.atTime(17, 0), "20000.00", TransactionKind.CASH_WITHDRAWAL, PaymentChannel.CASH, null);

            var found = findings(run(h, DAY, DAY), LargeCashRule.ID);

            assertThat(found).singleElement().satisfies(f -> {
                assertThat(f.measured()).isEqualByComparingTo("50000.00");
                assertThat(f.totalAmount()).isEqualByComparingTo("50000.00");
                assertThat(f.evidenceCount()).isEqualTo(2);
                assertThat(f.ruleVersion()).isEqualTo(1);
                assertThat(Engines.CATALOGUE.version(f.ruleId(), f.ruleVersion()).orElseThrow().citation().zh())
                        .contains("2016").contains("第3号");
                assertThat(Wordings.english(f.facts())).isEqualTo("Cash deposits and withdrawals of ¥50,000.00 on "
                        + "10 Mar 2026, over 2 transactions, reach the ¥50,000.00 large-value reporting line; your "
                        + "bank reports days like this.");
                assertThat(Wordings.chinese(f.facts())).isEqualTo("2026年3月10日现金存取合计¥50,000.00（共2笔），"
                        + "达到¥50,000.00的大额交易报告标准，银行会按规定报告这样的日子。");
            });
        }

        @Test
        void oneFenBelowIsANearMissNotAFinding() {
            var h = history();
            money(h, DAY.atTime(9, 0), "49999.99", TransactionKind.CASH_DEPOSIT, PaymentChannel.CASH, null);

            var result = run(h, DAY, DAY);

            assertThat(findings(result, LargeCashRule.ID)).isEmpty();
            assertThat(nearMisses(result, LargeCashRule.ID)).singleElement()
                    .satisfies(n -> assertThat(Wordings.english(n.facts())).contains("in a single transaction")
                            .contains("¥0.01 below the ¥50,000.00 reporting line"));
        }

        @Test
        void cashSalesAreNotCountedAsBankCash() {
            var h = history();
            money(h, DAY.atTime(9, 0), "60000.00", TransactionKind.SALE, PaymentChannel.CASH, null);

            assertThat(findings(run(h, DAY, DAY), LargeCashRule.ID)).isEmpty();
        }

        @Test
        void notAppliedBeforeTheOrderTookEffect() {
            LocalDate before = LocalDate.of(2017, 6, 30);
            var h = history();
            money(h, before.atTime(9, 0), "80000.00", TransactionKind.CASH_DEPOSIT, PaymentChannel.CASH, null);
            money(h, before.plusDays(1).atTime(9, 0), "80000.00", TransactionKind.CASH_DEPOSIT, PaymentChannel.CASH,
                    null);

            var found = findings(run(h, before, before.plusDays(1)), LargeCashRule.ID);

            assertThat(found).extracting(Finding::from).containsExactly(before.plusDays(1));
        }
    }

    @Nested
    class Transfers {

        @Test
        void eachTransferClassFiresAtItsOwnLine() {
            var h = history();
            money(h, DAY.atTime(10, 0), "2000000.00", TransactionKind.TRANSFER, PaymentChannel.BANK_TRANSFER, COMPANY);
            money(h, DAY.atTime(11, 0), "250000.00", TransactionKind.TRANSFER, PaymentChannel.BANK_TRANSFER, PERSON);
            money(h, DAY.atTime(12, 0), "250000.00", TransactionKind.OTHER, PaymentChannel.BANK_TRANSFER, PERSON);
            money(h, DAY.atTime(13, 0), "200000.00", TransactionKind.TRANSFER, PaymentChannel.BANK_TRANSFER,
                    PERSON_ABROAD);

            var result = run(h, DAY, DAY);

            assertThat(findings(result, CompanyTransferRule.ID)).hasSize(1);
            assertThat(findings(result, PersonTransferRule.ID)).singleElement()
                    .satisfies(f -> assertThat(f.evidenceCount()).isEqualTo(2));
            assertThat(findings(result, PersonCrossBorderRule.ID)).hasSize(1);
        }

        @Test
        void justBelowEachLineIsANearMiss() {
            var h = history();
            money(h, DAY.atTime(10, 0), "1999999.99", TransactionKind.TRANSFER, PaymentChannel.BANK_TRANSFER, COMPANY);
            money(h, DAY.atTime(11, 0), "499999.99", TransactionKind.TRANSFER, PaymentChannel.BANK_TRANSFER, PERSON);
            money(h, DAY.atTime(13, 0), "199999.99", TransactionKind.TRANSFER, PaymentChannel.BANK_TRANSFER,
                    PERSON_ABROAD);

            var result = run(h, DAY, DAY);

            for (String rule : List.of(CompanyTransferRule.ID, PersonTransferRule.ID, PersonCrossBorderRule.ID)) {
                assertThat(findings(result, rule)).as(rule).isEmpty();
                assertThat(nearMisses(result, rule)).as(rule).hasSize(1);
            }
        }

        @Test
        void cardAndWalletSalesAreNotTransfers() {
            var h = history();
            money(h, DAY.atTime(11, 0), "600000.00", TransactionKind.SALE, PaymentChannel.WECHAT_PAY, PERSON);

            assertThat(findings(run(h, DAY, DAY), PersonTransferRule.ID)).isEmpty();
        }

        @Test
        void notAppliedBeforeTheOrderTookEffect() {
            LocalDate before = LocalDate.of(2017, 1, 10);
            var h = history();
            money(h, before.atTime(10, 0), "3000000.00", TransactionKind.TRANSFER, PaymentChannel.BANK_TRANSFER,
                    COMPANY);
            money(h, before.atTime(11, 0), "600000.00", TransactionKind.TRANSFER, PaymentChannel.BANK_TRANSFER, PERSON);
            money(h, before.atTime(12, 0), "300000.00", TransactionKind.TRANSFER, PaymentChannel.BANK_TRANSFER,
                    PERSON_ABROAD);

            var result = run(h, before, before);

            assertThat(result.findings()).isEmpty();
            assertThat(result.rulesApplied()).doesNotContainKeys(CompanyTransferRule.ID, PersonTransferRule.ID,
                    PersonCrossBorderRule.ID);
        }
    }

    @Nested
    class Structuring {

        @Test
        void twoAmountsAtTheBottomOfTheBandWithinTheWindowFire() {
            var h = history();
            money(h, DAY.atTime(15, 0), "40000.00", TransactionKind.CASH_DEPOSIT, PaymentChannel.CASH, null);
            money(h, DAY.plusDays(6).atTime(15, 0), "49999.99", TransactionKind.CASH_DEPOSIT, PaymentChannel.CASH,
                    null);

            var result = run(h, DAY, DAY.plusDays(10));

            assertThat(findings(result, CashStructuringRule.ID)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.HIGH);
                assertThat(f.evidenceCount()).isEqualTo(2);
                assertThat(f.from()).isEqualTo(DAY);
                assertThat(f.to()).isEqualTo(DAY.plusDays(6));
            });
            assertThat(findings(result, LargeCashRule.ID)).isEmpty();
        }

        @Test
        void oneAmountJustUnderIsANearMissAndAmountsOutsideTheBandOrWindowAreNot() {
            var h = history();
            money(h, DAY.atTime(15, 0), "45000.00", TransactionKind.CASH_DEPOSIT, PaymentChannel.CASH, null);
            money(h, DAY.plusDays(7).atTime(15, 0), "45000.00", TransactionKind.CASH_DEPOSIT, PaymentChannel.CASH,
                    null);
            money(h, DAY.plusDays(8).atTime(15, 0), "39999.99", TransactionKind.CASH_DEPOSIT, PaymentChannel.CASH,
                    null);

            var result = run(h, DAY, DAY.plusDays(10));

            assertThat(findings(result, CashStructuringRule.ID)).isEmpty();
            assertThat(nearMisses(result, CashStructuringRule.ID)).hasSize(2);
        }

        @Test
        void notAppliedBeforeItsEffectiveDate() {
            LocalDate before = LocalDate.of(2017, 6, 1);
            var h = history();
            money(h, before.atTime(15, 0), "45000.00", TransactionKind.CASH_DEPOSIT, PaymentChannel.CASH, null);
            money(h, before.plusDays(1).atTime(15, 0), "45000.00", TransactionKind.CASH_DEPOSIT, PaymentChannel.CASH,
                    null);

            assertThat(findings(run(h, before, before.plusDays(2)), CashStructuringRule.ID)).isEmpty();
        }
    }

    @Nested
    class CardCashOut {

        private final Counterparty card = new Counterparty(CounterpartyType.PERSON, "card-suspect", false);

        /**
         * Late-night swipes of one card among ordinary 300-yuan sales (so 5 × the median ticket is 1,500). Three
         * round ones score repeat 15 + round 25 + late night 20 = 60, the line.
         */
        private MerchantData swipes(String... amounts) {
            var h = history();
            for (int i = 0; i < 40; i++) {
                money(h, DAY.atTime(12, i), "300.00", TransactionKind.SALE, PaymentChannel.WECHAT_PAY, PERSON);
            }
            for (int i = 0; i < amounts.length; i++) {
                money(h, DAY.plusDays(i).atTime(2, 0), amounts[i], TransactionKind.SALE, PaymentChannel.UNIONPAY_CARD,
                        card);
            }
            return h;
        }

        @Test
        void aScoreOfExactlyTheLineFires() {
            var result = run(swipes("1000.00", "1200.00", "1100.00"), DAY, DAY.plusDays(5));

            assertThat(findings(result, CardCashOutRule.ID)).singleElement().satisfies(f -> {
                assertThat(f.measured()).isEqualByComparingTo("60");
                assertThat(f.evidenceCount()).isEqualTo(3);
                assertThat(Wordings.english(f.facts())).contains("3 round amounts").contains("3 late at night")
                        .contains("score of 60 reaches the rule’s line of 60");
                assertThat(Wordings.chinese(f.facts())).contains("整数金额3次").contains("深夜3次");
            });
        }

        @Test
        void oneSwipeLessRoundStaysANearMiss() {
            // 15 + 25 * 2/3 + 20 = 51.67
            var result = run(swipes("1000.00", "1200.00", "1150.50"), DAY, DAY.plusDays(5));

            assertThat(findings(result, CardCashOutRule.ID)).isEmpty();
            assertThat(nearMisses(result, CardCashOutRule.ID)).singleElement()
                    .satisfies(n -> assertThat(n.measured()).isEqualByComparingTo("51.67"));
        }

        @Test
        void tooFewSwipesNeverFire() {
            var result = run(swipes("9800.00", "19500.00"), DAY, DAY.plusDays(5));

            assertThat(findings(result, CardCashOutRule.ID)).isEmpty();
            assertThat(nearMisses(result, CardCashOutRule.ID)).hasSize(1);
        }

        @Test
        void notAppliedBeforeTheAcquiringRules() {
            LocalDate before = LocalDate.of(2013, 6, 1);
            var h = history();
            for (int i = 0; i < 4; i++) {
                money(h, before.plusDays(i).atTime(2, 0), "9900.00", TransactionKind.SALE,
                        PaymentChannel.UNIONPAY_CARD, card);
            }

            assertThat(findings(run(h, before, before.plusDays(5)), CardCashOutRule.ID)).isEmpty();
            assertThat(findings(run(h, before, before.plusDays(50)), CardCashOutRule.ID)).hasSize(1);
        }
    }

    @Nested
    class DisputeRatio {

        /** {@code sales} card sales and {@code disputes} chargebacks in the month starting {@code month}. */
        private MerchantData month(LocalDate month, int sales, int disputes) {
            var h = history();
            for (int i = 0; i < sales; i++) {
                money(h, month.plusDays(i % 28).atTime(12, i % 60), "100.00", TransactionKind.SALE,
                        PaymentChannel.UNIONPAY_CARD, new Counterparty(CounterpartyType.PERSON, "c" + i, false));
            }
            for (int i = 0; i < disputes; i++) {
                h.add(month.plusDays(i % 28).atTime(18, i % 60), new BigDecimal("100.00"), Direction.OUT,
                        TransactionKind.CHARGEBACK, PaymentChannel.UNIONPAY_CARD,
                        PERSON, null, null, false, List.of());
            }
            return h;
        }

        private EngineResult runMonth(LocalDate month, int sales, int disputes) {
            return run(month(month, sales, disputes), month, month.plusMonths(1).minusDays(1));
        }

        @Test
        void ecmRatioOfExactlyOnePointFivePercentFiresButBelowItsCountFloorOnlyAsMedium() {
            var found = findings(runMonth(LocalDate.of(2025, 6, 1), 1000, 15), DisputeRatioRule.ID);

            assertThat(found).singleElement().satisfies(f -> {
                assertThat(f.measured()).isEqualByComparingTo("0.015");
                assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
                assertThat(Wordings.english(f.facts())).contains("Mastercard ECM").contains("(1.5%)")
                        .contains("starts at 100 disputes");
                assertThat(Wordings.chinese(f.facts())).contains("Mastercard ECM").contains("1.5%监控线")
                        .contains("从当月100笔拒付起适用");
            });
        }

        @Test
        void refundsTheMerchantGrantsAreNotDisputes() {
            // An online seller refunding 12% of card sales, with no chargebacks: nothing for the schemes.
            var h = month(LocalDate.of(2025, 6, 1), 1000, 0);
            for (int i = 0; i < 120; i++) {
                h.add(LocalDate.of(2025, 6, 1).plusDays(i % 28).atTime(19, i % 60), new BigDecimal("100.00"),
                        Direction.OUT, TransactionKind.REFUND, PaymentChannel.UNIONPAY_CARD, PERSON, null, null, false,
                        List.of());
            }

            var result = run(h, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30));

            assertThat(findings(result, DisputeRatioRule.ID)).isEmpty();
        }

        @Test
        void atTheProgrammesCountFloorTheFindingIsHigh() {
            var found = findings(runMonth(LocalDate.of(2025, 6, 1), 6700, 101), DisputeRatioRule.ID);

            assertThat(found).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.HIGH));
        }

        @Test
        void justBelowTheLowestLineIsANearMiss() {
            var result = runMonth(LocalDate.of(2025, 6, 1), 1000, 14);

            assertThat(findings(result, DisputeRatioRule.ID)).isEmpty();
            assertThat(nearMisses(result, DisputeRatioRule.ID)).singleElement()
                    .satisfies(n -> assertThat(n.measured()).isEqualByComparingTo("0.014"));
        }

        @Test
        void vampLineFallsFrom2Point2To1Point5PercentOnApril1st2026() {
            // 2.0%: above Mastercard ECM either way, so compare which programme line is named
            var march = findings(runMonth(LocalDate.of(2026, 3, 1), 1000, 20), DisputeRatioRule.ID);
            var april = findings(runMonth(LocalDate.of(2026, 4, 1), 1000, 20), DisputeRatioRule.ID);

            assertThat(march).singleElement().satisfies(f -> {
                assertThat(f.ruleVersion()).isEqualTo(1);
                assertThat(Wordings.english(f.facts())).doesNotContain("VAMP");
            });
            assertThat(april).singleElement().satisfies(f -> {
                assertThat(f.ruleVersion()).isEqualTo(2);
                assertThat(f.threshold()).isEqualByComparingTo("0.015");
            });
            assertThat(Engines.CATALOGUE.rule(DisputeRatioRule.ID).orElseThrow().version(2).orElseThrow()
                    .parameters().asMap().get("programmes").toString()).contains("Visa VAMP, ratio=0.015");
        }

        @Test
        void aPinnedRuleSetReplaysTheOldThresholdsAfterTheSwitch() {
            LocalDate april = LocalDate.of(2026, 4, 1);
            var h = month(april, 1000, 20);

            var pinned = Engines.evaluatePinned(h.merchant(), april, april.plusDays(29), h.withoutBusiness().transactions(), "2025.1");

            assertThat(findings(pinned, DisputeRatioRule.ID)).singleElement()
                    .satisfies(f -> assertThat(f.ruleVersion()).isEqualTo(1));
            assertThat(pinned.rulesApplied().get(DisputeRatioRule.ID)).containsExactly(1);
        }

        @Test
        void notAppliedBeforeTheProgrammesStart() {
            assertThat(findings(runMonth(LocalDate.of(2025, 2, 1), 1000, 100), DisputeRatioRule.ID)).isEmpty();
        }
    }

    @Nested
    class PersonalCode {

        private MerchantData sales(LocalDate month, int count, String amount) {
            var h = history();
            for (int i = 0; i < count; i++) {
                h.add(month.plusDays(i).atTime(13, 0), new BigDecimal(amount), Direction.IN, TransactionKind.SALE,
                        PaymentChannel.WECHAT_PAY, PERSON, null, null, true, List.of());
            }
            return h;
        }

        @Test
        void tenSalesInAMonthFire() {
            LocalDate month = LocalDate.of(2024, 5, 1);
            var found = findings(run(sales(month, 10, "50.00"), month, month.plusDays(30)),
                    PersonalCollectionCodeRule.ID);

            assertThat(found).singleElement().satisfies(f -> assertThat(f.evidenceCount()).isEqualTo(10));
        }

        @Test
        void amountOfExactly3000Fires() {
            LocalDate month = LocalDate.of(2024, 5, 1);
            var found = findings(run(sales(month, 2, "1500.00"), month, month.plusDays(30)),
                    PersonalCollectionCodeRule.ID);

            assertThat(found).hasSize(1);
        }

        @Test
        void nineSmallSalesAreANearMiss() {
            LocalDate month = LocalDate.of(2024, 5, 1);
            var result = run(sales(month, 9, "50.00"), month, month.plusDays(30));

            assertThat(findings(result, PersonalCollectionCodeRule.ID)).isEmpty();
            assertThat(nearMisses(result, PersonalCollectionCodeRule.ID)).hasSize(1);
        }

        @Test
        void notAppliedBeforeMarch2022() {
            LocalDate month = LocalDate.of(2022, 2, 1);
            assertThat(findings(run(sales(month, 20, "50.00"), month, month.plusDays(27)),
                    PersonalCollectionCodeRule.ID)).isEmpty();
        }
    }

    @Nested
    class LicenceExpiry {

        private EngineResult withLicence(LocalDate asOf, LocalDate validUntil) {
            var h = history();
            var merchant = h.merchant();
            var withLicence = new MerchantDocument(merchant.id(), merchant.name(), merchant.industry(), merchant.city(),
                    merchant.openingDate(), merchant.zoneId(),
                    List.of(new Licence(LicenceKind.FOOD_BUSINESS_LICENCE, "JY-1", validUntil)), merchant.channels(),
                    merchant.openingCashBalance(), 1, merchant.createdAt(), merchant.archetype(), 2);
            return Engines.evaluate(withLicence, asOf.minusDays(10), asOf, List.of());
        }

        @Test
        void windowsAndExpiryGiveTheirSeverity() {
            LocalDate asOf = LocalDate.of(2026, 1, 1);

            assertThat(findings(withLicence(asOf, asOf.plusDays(90)), LicenceExpiryRule.ID)).singleElement()
                    .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.LOW));
            assertThat(findings(withLicence(asOf, asOf.plusDays(30)), LicenceExpiryRule.ID)).singleElement()
                    .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.MEDIUM));
            assertThat(findings(withLicence(asOf, asOf.minusDays(1)), LicenceExpiryRule.ID)).singleElement()
                    .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.HIGH));
        }

        @Test
        void ninetyOneDaysAheadIsNotFlagged() {
            LocalDate asOf = LocalDate.of(2026, 1, 1);
            assertThat(findings(withLicence(asOf, asOf.plusDays(91)), LicenceExpiryRule.ID)).isEmpty();
        }

        @Test
        void notAppliedBeforeItsEffectiveDate() {
            LocalDate asOf = LocalDate.of(2022, 2, 1);
            assertThat(findings(withLicence(asOf, asOf.minusDays(5)), LicenceExpiryRule.ID)).isEmpty();
        }
    }

    @Nested
    class B2bInvoice {

        @Test
        void uninvoicedCompanySalesFromTheLineUpFire() {
            var h = history();
            money(h, DAY.atTime(10, 0), "1000.00", TransactionKind.SALE, PaymentChannel.BANK_TRANSFER, COMPANY);
            money(h, DAY.atTime(11, 0), "999.99", TransactionKind.SALE, PaymentChannel.BANK_TRANSFER, COMPANY);
            h.add(DAY.atTime(12, 0), new BigDecimal("5000.00"), Direction.IN, TransactionKind.SALE,
                    PaymentChannel.BANK_TRANSFER, COMPANY, "FP-88", null, false, List.of());
            money(h, DAY.atTime(13, 0), "5000.00", TransactionKind.SALE, PaymentChannel.WECHAT_PAY, PERSON);

            var found = findings(run(h, DAY, DAY), B2bInvoiceRule.ID);

            assertThat(found).singleElement().satisfies(f -> {
                assertThat(f.evidenceCount()).isEqualTo(1);
                assertThat(f.totalAmount()).isEqualByComparingTo("1000.00");
            });
        }

        @Test
        void notAppliedBeforeItsEffectiveDate() {
            LocalDate before = LocalDate.of(2011, 1, 5);
            var h = history();
            money(h, before.atTime(10, 0), "9000.00", TransactionKind.SALE, PaymentChannel.BANK_TRANSFER, COMPANY);

            assertThat(findings(run(h, before, before), B2bInvoiceRule.ID)).isEmpty();
        }
    }

    @Nested
    class CostRevenueRatio {

        /** 30 days of 100,000 revenue against {@code costs} of COGS. */
        private EngineResult ratio(LocalDate from, String costs, Industry industry) {
            var h = history();
            money(h, from.atTime(12, 0), "100000.00", TransactionKind.SALE, PaymentChannel.WECHAT_PAY, PERSON);
            h.add(from.plusDays(2).atTime(9, 0), new BigDecimal(costs), Direction.OUT, TransactionKind.COGS,
                    PaymentChannel.BANK_TRANSFER, COMPANY, null, null, false, List.of());
            var m = h.merchant();
            var merchant = new MerchantDocument(m.id(), m.name(), industry, m.city(), m.openingDate(), m.zoneId(),
                    m.licences(), m.channels(), m.openingCashBalance(), 1, m.createdAt(), m.archetype(), 2);
            return Engines.evaluate(merchant, from, from.plusDays(29), h.withoutBusiness().transactions());
        }

        @Test
        void theBandsEdgesFire() {
            LocalDate from = LocalDate.of(2025, 9, 1);
            assertThat(findings(ratio(from, "110000.00", Industry.RESTAURANT), CostRevenueRatioRule.ID)).hasSize(1);
            assertThat(findings(ratio(from, "55000.00", Industry.RESTAURANT), CostRevenueRatioRule.ID)).hasSize(1);
        }

        @Test
        void justInsideTheBandIsANearMiss() {
            LocalDate from = LocalDate.of(2025, 9, 1);
            var result = ratio(from, "109999.00", Industry.RESTAURANT);

            assertThat(findings(result, CostRevenueRatioRule.ID)).isEmpty();
            assertThat(nearMisses(result, CostRevenueRatioRule.ID)).hasSize(1);
            assertThat(ratio(from, "85000.00", Industry.RESTAURANT).nearMisses()).isEmpty();
        }

        @Test
        void theBandDependsOnTheIndustry() {
            LocalDate from = LocalDate.of(2025, 9, 1);
            assertThat(findings(ratio(from, "40000.00", Industry.SERVICES), CostRevenueRatioRule.ID)).isEmpty();
        }

        @Test
        void notAppliedBeforeItsEffectiveDate() {
            assertThat(findings(ratio(LocalDate.of(2005, 1, 1), "200000.00", Industry.RESTAURANT),
                    CostRevenueRatioRule.ID)).isEmpty();
        }
    }
}
