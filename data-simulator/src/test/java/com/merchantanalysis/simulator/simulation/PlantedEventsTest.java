package com.merchantanalysis.simulator.simulation;

import static com.merchantanalysis.simulator.simulation.SimulatorFixtures.generate;
import static com.merchantanalysis.simulator.simulation.SimulatorFixtures.merchant;
import static com.merchantanalysis.simulator.simulation.SimulatorFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.merchantanalysis.common.data.Direction;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.PlantedEvent;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.common.web.InvalidFieldException;
import com.merchantanalysis.simulator.simulation.domain.InjectSpec;
import com.merchantanalysis.simulator.simulation.domain.MerchantSimulator;
import com.merchantanalysis.simulator.simulation.domain.PlantPlan;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every plantable event, planted into one hotpot restaurant's spring, lands with the right shape and label. */
class PlantedEventsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate FROM = LocalDate.of(2025, 3, 1);
    private static final LocalDate TO = LocalDate.of(2025, 5, 31);
    private static final long SEED = 77;
    private static final MerchantDocument HOTPOT = merchant("m-plant", "hotpot");
    private static final LocalDate DECLINE = LocalDate.of(2025, 4, 1);
    private static final LocalDate DECLINE_AIMED = LocalDate.of(2025, 5, 20);

    private static List<TransactionDocument> plain;
    private static List<TransactionDocument> planted;
    private static PlantPlan plan;
    private static MerchantSimulator plantedSimulator;

    @BeforeAll
    static void simulate() {
        plan = plan(HOTPOT, FROM, TO, SEED, List.of(
                new InjectSpec(PlantedEvent.LARGE_CASH_DEPOSIT, LocalDate.of(2025, 3, 5), null, null, null),
                new InjectSpec(PlantedEvent.STRUCTURING, LocalDate.of(2025, 3, 20), null, null, null),
                new InjectSpec(PlantedEvent.CARD_CASH_OUT, LocalDate.of(2025, 4, 2), null, null, null),
                new InjectSpec(PlantedEvent.REFUND_CHARGEBACK_SPIKE, LocalDate.of(2025, 4, 1), null, null, null),
                new InjectSpec(PlantedEvent.PERSONAL_CODE_BUSINESS, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 10),
                        null, null),
                new InjectSpec(PlantedEvent.EXPIRING_LICENCE, null, null, null, null),
                new InjectSpec(PlantedEvent.FEE_OVERCHARGE, LocalDate.of(2025, 3, 10), LocalDate.of(2025, 4, 9),
                        PaymentChannel.ALIPAY, null),
                new InjectSpec(PlantedEvent.UTILITIES_ANOMALY, LocalDate.of(2025, 5, 1), null, null, null),
                new InjectSpec(PlantedEvent.CASH_SHORTFALL, DECLINE, DECLINE_AIMED, null, null)));
        plantedSimulator = SimulatorFixtures.simulator(HOTPOT, SEED, plan);
        planted = new ArrayList<>();
        for (LocalDate day = FROM; !day.isAfter(TO); day = day.plusDays(1)) {
            plantedSimulator.day(day, planted::add);
        }
        plain = generate(HOTPOT, SEED, FROM, TO, PlantPlan.none());
    }

    @Test
    void everyEventThatAddsOrChangesTransactionsLabelsThem() {
        var labels = planted.stream().flatMap(tx -> tx.labels().stream()).collect(Collectors.toSet());

        assertThat(labels).containsExactlyInAnyOrderElementsOf(Arrays.stream(PlantedEvent.values())
                .filter(e -> e != PlantedEvent.EXPIRING_LICENCE).map(PlantedEvent::label).toList());
        assertThat(plain).allSatisfy(tx -> assertThat(tx.labels()).isEmpty());
    }

    @Test
    void aLargeCashDepositIsAtLeastFiftyThousandInOneDay() {
        var deposits = labelled(PlantedEvent.LARGE_CASH_DEPOSIT);

        assertThat(deposits).singleElement().satisfies(tx -> {
            assertThat(tx.kind()).isEqualTo(TransactionKind.CASH_DEPOSIT);
            assertThat(tx.amount()).isGreaterThanOrEqualTo(new BigDecimal("50000"));
            assertThat(localDate(tx)).isEqualTo("2025-03-05");
        });
    }

    @Test
    void structuringIsThreeToFiveDepositsJustUnderTheLimitOnConsecutiveDaysNeverReachingItInADay() {
        var deposits = labelled(PlantedEvent.STRUCTURING);

        assertThat(deposits).hasSizeBetween(3, 5).allSatisfy(tx -> {
            assertThat(tx.kind()).isEqualTo(TransactionKind.CASH_DEPOSIT);
            assertThat(tx.amount()).isBetween(new BigDecimal("45000"), new BigDecimal("49900"));
        });
        var days = deposits.stream().map(PlantedEventsTest::localDate).sorted().toList();
        assertThat(days.get(0)).isEqualTo("2025-03-20");
        assertThat(days.get(days.size() - 1)).isEqualTo(days.get(0).plusDays(days.size() - 1));
        for (LocalDate day : days) {
            BigDecimal total = SimulatorFixtures.sum(planted.stream()
                    .filter(tx -> tx.kind() == TransactionKind.CASH_DEPOSIT && localDate(tx).equals(day)).toList());
            assertThat(total).isLessThan(new BigDecimal("50000"));
        }
    }

    @Test
    void cardCashOutIsRoundLateNightSameCardAndJustUnderALimit() {
        var sales = labelled(PlantedEvent.CARD_CASH_OUT);
        double meanTicket = SimulatorFixtures.model(HOTPOT).meanTicket(FROM);

        assertThat(sales).hasSizeBetween(10, 16).allSatisfy(tx -> {
            assertThat(tx.kind()).isEqualTo(TransactionKind.SALE);
            assertThat(tx.channel()).isEqualTo(PaymentChannel.UNIONPAY_CARD);
            assertThat(tx.amount().remainder(new BigDecimal("100"))).isZero();
            assertThat(tx.amount().doubleValue()).isGreaterThan(20 * meanTicket).isLessThan(20_000);
            assertThat(tx.timestamp().atZone(SHANGHAI).getHour()).isLessThan(5);
            assertThat(tx.fee()).isEqualByComparingTo(tx.amount().multiply(new BigDecimal("0.006"))
                    .setScale(2, RoundingMode.HALF_UP));
        });
        assertThat(sales.stream().map(tx -> tx.counterparty().id()).distinct()).hasSize(1);
    }

    @Test
    void theChargebackSpikeMonthIsAboveTheSchemeThresholds() {
        YearMonth april = YearMonth.of(2025, 4);
        var cardInApril = planted.stream().filter(tx -> tx.channel() == PaymentChannel.UNIONPAY_CARD
                && YearMonth.from(localDate(tx)).equals(april)).toList();
        long chargebacks = cardInApril.stream().filter(tx -> tx.kind() == TransactionKind.CHARGEBACK).count();
        BigDecimal disputed = SimulatorFixtures.sum(cardInApril.stream()
                .filter(tx -> tx.kind() == TransactionKind.CHARGEBACK || tx.kind() == TransactionKind.REFUND).toList());
        BigDecimal cardSales = SimulatorFixtures.sum(cardInApril.stream()
                .filter(tx -> tx.kind() == TransactionKind.SALE).toList());

        assertThat(chargebacks).isGreaterThan(100);
        assertThat(disputed.divide(cardSales, 4, RoundingMode.HALF_UP)).isGreaterThan(new BigDecimal("0.03"));
        assertThat(labelled(PlantedEvent.REFUND_CHARGEBACK_SPIKE)).allSatisfy(tx -> {
            assertThat(YearMonth.from(localDate(tx))).isEqualTo(april);
            assertThat(tx.direction()).isEqualTo(Direction.OUT);
        });
    }

    @Test
    void personalCodeSalesAreBusinessSalesThroughAPersonalCode() {
        var sales = labelled(PlantedEvent.PERSONAL_CODE_BUSINESS);

        assertThat(sales).hasSizeGreaterThan(100).allSatisfy(tx -> {
            assertThat(tx.kind()).isEqualTo(TransactionKind.SALE);
            assertThat(tx.personalCollectionCode()).isTrue();
            assertThat(localDate(tx)).isBetween(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 10));
        });
        assertThat(planted.stream().filter(tx -> tx.personalCollectionCode() && tx.labels().isEmpty())).isEmpty();
    }

    @Test
    void theOverchargingChannelChargesPointEightPercentForItsPeriodOnly() {
        var sales = labelled(PlantedEvent.FEE_OVERCHARGE);

        assertThat(sales).hasSizeGreaterThan(200).allSatisfy(tx -> {
            assertThat(tx.channel()).isEqualTo(PaymentChannel.ALIPAY);
            assertThat(localDate(tx)).isBetween(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 4, 9));
            assertThat(tx.fee()).isEqualByComparingTo(tx.amount().multiply(new BigDecimal("0.008"))
                    .setScale(2, RoundingMode.HALF_UP));
        });
        var outside = planted.stream().filter(tx -> tx.kind() == TransactionKind.SALE
                && tx.channel() == PaymentChannel.ALIPAY && localDate(tx).isAfter(LocalDate.of(2025, 4, 9))).toList();
        assertThat(outside).isNotEmpty().allSatisfy(tx -> {
            assertThat(tx.labels()).doesNotContain(PlantedEvent.FEE_OVERCHARGE.label());
            if (!tx.personalCollectionCode()) {
                assertThat(tx.fee()).isEqualByComparingTo(tx.amount().multiply(new BigDecimal("0.006"))
                        .setScale(2, RoundingMode.HALF_UP));
            }
        });
    }

    @Test
    void utilitiesTripleForTheAnomalyMonthAndNothingElseChanges() {
        var anomalous = labelled(PlantedEvent.UTILITIES_ANOMALY);
        Map<String, TransactionDocument> usual = plain.stream()
                .collect(Collectors.toMap(TransactionDocument::externalId, tx -> tx));

        assertThat(anomalous).hasSize(3).allSatisfy(tx -> {
            assertThat(tx.kind()).isEqualTo(TransactionKind.UTILITIES);
            assertThat(YearMonth.from(localDate(tx))).isEqualTo(YearMonth.of(2025, 5));
            assertThat(tx.amount().doubleValue() / usual.get(tx.externalId()).amount().doubleValue())
                    .isCloseTo(3.0, within(0.001));
        });
    }

    @Test
    void theShortfallIsADeclineThatTakesTheBalanceBelowZeroAboutThePlannedDay() {
        var promotion = labelled(PlantedEvent.CASH_SHORTFALL);
        TreeMap<LocalDate, BigDecimal> netByDay = planted.stream().collect(Collectors.groupingBy(
                PlantedEventsTest::localDate, TreeMap::new, Collectors.reducing(BigDecimal.ZERO,
                        tx -> tx.direction() == Direction.IN ? tx.amount() : tx.amount().negate(), BigDecimal::add)));
        BigDecimal balance = HOTPOT.openingCashBalance();
        BigDecimal atDecline = null;
        LocalDate firstNegative = null;
        for (var day : netByDay.entrySet()) {
            if (day.getKey().equals(DECLINE)) {
                atDecline = balance;
            }
            balance = balance.add(day.getValue());
            if (balance.signum() < 0 && firstNegative == null && !day.getKey().isBefore(DECLINE)) {
                firstNegative = day.getKey();
            }
        }

        assertThat(firstNegative).isEqualTo(plantedSimulator.floorCrossedOn())
                .isBetween(DECLINE_AIMED.minusDays(10), DECLINE_AIMED.plusDays(7));
        // One rising promotion payment a day from the decline's first day to the crossing, each far below the balance.
        BigDecimal balanceAtDecline = atDecline;
        assertThat(promotion).hasSize((int) ChronoUnit.DAYS.between(DECLINE, firstNegative) + 1).allSatisfy(tx -> {
            assertThat(tx.kind()).isEqualTo(TransactionKind.MARKETING);
            assertThat(tx.amount()).isLessThan(balanceAtDecline.divide(BigDecimal.TEN));
        });
        assertThat(promotion.stream().map(PlantedEventsTest::localDate).toList()).isSorted().doesNotHaveDuplicates();
        assertThat(promotion.get(promotion.size() - 1).amount()).isGreaterThan(promotion.get(0).amount());
    }

    @Test
    void theDeclineLosesSalesWithoutRenumberingTheRestOfTheDay() {
        Map<String, TransactionDocument> plainById = plain.stream()
                .collect(Collectors.toMap(TransactionDocument::externalId, tx -> tx));
        var plantedSales = planted.stream().filter(tx -> tx.kind() == TransactionKind.SALE
                && !localDate(tx).isBefore(DECLINE.plusDays(28))).toList();
        long plainSales = plain.stream().filter(tx -> tx.kind() == TransactionKind.SALE
                && !localDate(tx).isBefore(DECLINE.plusDays(28))).count();

        assertThat((double) plantedSales.size() / plainSales)
                .isCloseTo(1 - plantedSimulator.declineSalesLost(), within(0.05));
        // A kept sale is the very sale of the clean run (unless another planted event changed it).
        assertThat(plantedSales.stream().filter(tx -> tx.labels().isEmpty()))
                .allSatisfy(tx -> assertThat(tx).isEqualTo(plainById.get(tx.externalId())));
        // Every other ordinary row keeps its id and kind; only supplier bills, commission and till deposits follow sales.
        assertThat(planted.stream().filter(tx -> tx.labels().isEmpty() && !localDate(tx).isBefore(DECLINE)))
                .allSatisfy(tx -> assertThat(plainById.get(tx.externalId())).as(tx.externalId())
                        .isNotNull().extracting(TransactionDocument::kind).isEqualTo(tx.kind()));
    }

    @Test
    void plantingLeavesTheOrdinaryTransactionsBeforeTheDeclineAsTheyWere() {
        Map<String, TransactionDocument> plantedById = planted.stream()
                .collect(Collectors.toMap(TransactionDocument::externalId, tx -> tx));
        var plainBefore = plain.stream().filter(tx -> localDate(tx).isBefore(DECLINE)).toList();

        long unchanged = plainBefore.stream().filter(tx -> tx.equals(plantedById.get(tx.externalId()))).count();
        long changed = planted.stream().filter(tx -> !tx.labels().isEmpty()).count();
        assertThat(plainBefore.size() - unchanged).isLessThanOrEqualTo(changed);
        assertThat(plainBefore.stream().map(TransactionDocument::externalId).filter(plantedById::containsKey).count())
                .isGreaterThan(plainBefore.size() - 20L);
    }

    @Test
    void eventsThatDoNotFitTheMerchantOrThePeriodAreRefusedNamingTheField() {
        MerchantDocument noCard = merchant("m-ec", "clothing-retail");
        var withoutCard = new MerchantDocument(noCard.id(), noCard.name(), noCard.industry(), noCard.city(),
                noCard.openingDate(), noCard.zoneId(), noCard.licences(), noCard.channels().stream()
                        .filter(c -> c.channel() != PaymentChannel.UNIONPAY_CARD).toList(),
                noCard.openingCashBalance(), 0, noCard.createdAt(), noCard.archetype(), noCard.cityTier());

        assertThatThrownBy(() -> plan(withoutCard, FROM, TO, 1,
                List.of(new InjectSpec(PlantedEvent.CARD_CASH_OUT, null, null, null, null))))
                .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("inject[0].event");
        assertThatThrownBy(() -> plan(HOTPOT, FROM, TO, 1, List.of(
                new InjectSpec(PlantedEvent.LARGE_CASH_DEPOSIT, null, null, null, null),
                new InjectSpec(PlantedEvent.STRUCTURING, LocalDate.of(2025, 5, 29), null, null, null))))
                .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("inject[1].from");
        assertThatThrownBy(() -> plan(HOTPOT, LocalDate.of(2025, 3, 5), LocalDate.of(2025, 4, 20), 1,
                List.of(new InjectSpec(PlantedEvent.UTILITIES_ANOMALY, LocalDate.of(2025, 4, 1), null, null, null))))
                .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("inject[0].from");
        assertThatThrownBy(() -> plan(HOTPOT, FROM, TO, 1, List.of(new InjectSpec(PlantedEvent.FEE_OVERCHARGE, null,
                null, PaymentChannel.WECHAT_PAY, new BigDecimal("0.005")))))
                .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("inject[0].feeRate");
    }

    private static List<TransactionDocument> labelled(PlantedEvent event) {
        return planted.stream().filter(tx -> tx.labels().contains(event.label())).toList();
    }

    private static LocalDate localDate(TransactionDocument tx) {
        return tx.timestamp().atZone(SHANGHAI).toLocalDate();
    }
}
