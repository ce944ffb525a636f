package com.merchantanalysis.simulator.simulation;

import static com.merchantanalysis.simulator.simulation.SimulatorFixtures.CALENDAR;
import static com.merchantanalysis.simulator.simulation.SimulatorFixtures.generate;
import static com.merchantanalysis.simulator.simulation.SimulatorFixtures.merchant;
import static com.merchantanalysis.simulator.simulation.SimulatorFixtures.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.merchantanalysis.common.calendar.DayType;
import com.merchantanalysis.common.data.ChannelContract;
import com.merchantanalysis.common.data.Direction;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.simulator.archetype.domain.Archetype;
import com.merchantanalysis.simulator.simulation.domain.PlantPlan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MerchantSimulatorTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** After Spring Festival 2025 has faded and before 618's presale: an ordinary stretch. */
    private static final LocalDate QUIET_FROM = LocalDate.of(2025, 2, 24);
    private static final LocalDate QUIET_TO = LocalDate.of(2025, 5, 18);

    @Test
    void theSameSeedGivesIdenticalTransactionsAndAnotherSeedDifferentOnes() {
        MerchantDocument merchant = merchant("m-1", "hotpot");
        LocalDate from = LocalDate.of(2025, 3, 1);
        LocalDate to = LocalDate.of(2025, 3, 14);

        var first = generate(merchant, 42, from, to, PlantPlan.none());
        var again = generate(merchant, 42, from, to, PlantPlan.none());
        var other = generate(merchant, 43, from, to, PlantPlan.none());

        assertThat(first).hasSizeGreaterThan(500);
        assertThat(again).isEqualTo(first);
        assertThat(again.toString()).isEqualTo(first.toString());
        assertThat(first.stream().map(TransactionDocument::externalId).collect(Collectors.toSet())).hasSize(first.size());
        assertThat(first.get(0).externalId()).startsWith("sim-42-20250301-");
        assertThat(other).isNotEqualTo(first);
        assertThat(SimulatorFixtures.sum(other)).isNotEqualByComparingTo(SimulatorFixtures.sum(first));
    }

    @Test
    void aDayIsTheSameWhetherGeneratedAloneOrAsPartOfALongerPeriod() {
        MerchantDocument merchant = merchant("m-1", "convenience-store");
        LocalDate day = LocalDate.of(2025, 3, 10);

        var alone = generate(merchant, 7, day, day, PlantPlan.none());
        var within = generate(merchant, 7, day.minusDays(5), day, PlantPlan.none()).stream()
                .filter(tx -> tx.externalId().contains("-20250310-")).toList();

        assertThat(within).isEqualTo(alone);
    }

    @ParameterizedTest
    @ValueSource(strings = { "hotpot", "fast-food", "convenience-store", "clothing-retail", "ecommerce" })
    void archetypeStatisticsMatchTheirParameters(String name) {
        MerchantDocument merchant = merchant("m-" + name, name);
        Archetype archetype = SimulatorFixtures.archetype(name);
        var transactions = generate(merchant, 2025, QUIET_FROM, QUIET_TO, PlantPlan.none());
        var sales = transactions.stream().filter(tx -> tx.kind() == TransactionKind.SALE).toList();
        long refunds = transactions.stream().filter(tx -> tx.kind() == TransactionKind.REFUND).count();

        double meanTicket = SimulatorFixtures.sum(sales).doubleValue() / sales.size();
        double expectedTicket = model(merchant).meanTicket(LocalDate.of(2025, 4, 6));
        assertThat(meanTicket).as("mean ticket").isCloseTo(expectedTicket, within(expectedTicket * 0.05));

        double refundRate = (double) refunds / sales.size();
        double tolerance = 4 / Math.sqrt(archetype.refundRate() * sales.size()) * archetype.refundRate();
        assertThat(refundRate).as("refund rate").isCloseTo(archetype.refundRate(), within(tolerance));

        Map<DayType, double[]> ordersByType = new HashMap<>();
        sales.stream().collect(Collectors.groupingBy(tx -> tx.timestamp().atZone(SHANGHAI).toLocalDate(),
                Collectors.counting())).forEach((date, count) -> {
                    // Only days moved by nothing but their weekday (no holiday, payday or festival).
                    if (Math.abs(model(merchant).orderFactor(date) - weekdayFactor(archetype, date)) < 1e-9) {
                        double[] sum = ordersByType.computeIfAbsent(CALENDAR.dayType(date), t -> new double[2]);
                        sum[0] += count;
                        sum[1]++;
                    }
                });
        double weekend = ordersByType.get(DayType.WEEKEND)[0] / ordersByType.get(DayType.WEEKEND)[1];
        double workday = ordersByType.get(DayType.WORKDAY)[0] / ordersByType.get(DayType.WORKDAY)[1];
        double[] w = archetype.weekday();
        double expectedRatio = ((w[5] + w[6]) / 2) / ((w[0] + w[1] + w[2] + w[3] + w[4]) / 5);
        assertThat(weekend / workday).as("weekend/workday orders").isCloseTo(expectedRatio,
                within(expectedRatio * 0.12));

        for (ChannelContract contract : merchant.channels()) {
            var channelSales = sales.stream().filter(tx -> tx.channel() == contract.channel()).toList();
            BigDecimal gross = SimulatorFixtures.sum(channelSales);
            BigDecimal fees = channelSales.stream().map(TransactionDocument::fee).filter(f -> f != null)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(gross.signum()).as(contract.channel() + " sales").isPositive();
            assertThat(fees.divide(gross, 6, RoundingMode.HALF_UP).doubleValue()).as(contract.channel() + " fee rate")
                    .isCloseTo(contract.feeRate().doubleValue(), within(0.00005));
            double share = (double) channelSales.size() / sales.size();
            double expectedShare = archetype.channels().stream().filter(c -> c.channel() == contract.channel())
                    .findFirst().orElseThrow().share();
            assertThat(share).as(contract.channel() + " share").isCloseTo(expectedShare, within(0.02));
        }
    }

    @Test
    void everySaleHasItsContractedFeeRoundedToCentsAndSettlesAfterItsLag() {
        MerchantDocument merchant = merchant("m-1", "ecommerce");
        Map<PaymentChannel, ChannelContract> contracts = merchant.channels().stream()
                .collect(Collectors.toMap(ChannelContract::channel, c -> c));
        var sales = generate(merchant, 5, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 3), PlantPlan.none())
                .stream().filter(tx -> tx.kind() == TransactionKind.SALE).toList();

        for (TransactionDocument sale : sales) {
            ChannelContract contract = contracts.get(sale.channel());
            BigDecimal expectedFee = sale.amount().multiply(contract.feeRate()).setScale(2, RoundingMode.HALF_UP);
            assertThat(sale.fee() == null ? BigDecimal.ZERO : sale.fee()).isEqualByComparingTo(expectedFee);
            assertThat(sale.settlementDate()).isEqualTo(
                    sale.timestamp().atZone(SHANGHAI).toLocalDate().plusDays(contract.settlementLagDays()));
            assertThat(sale.direction()).isEqualTo(Direction.IN);
        }
    }

    @Test
    void costsArePaidOnTheirDaysToCompaniesWithInvoices() {
        MerchantDocument merchant = merchant("m-1", "hotpot");
        var all = generate(merchant, 9, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 30), PlantPlan.none());
        Map<TransactionKind, List<TransactionDocument>> byKind = all.stream()
                .collect(Collectors.groupingBy(TransactionDocument::kind));
        Archetype hotpot = SimulatorFixtures.archetype("hotpot");

        assertThat(byKind.get(TransactionKind.COGS)).allSatisfy(tx -> {
            assertThat(tx.counterparty().type().name()).isEqualTo("COMPANY");
            assertThat(tx.invoiceReference()).matches("25\\d{18}");
        });
        assertThat(byKind.get(TransactionKind.RENT)).singleElement()
                .satisfies(tx -> assertThat(tx.timestamp().atZone(SHANGHAI).toLocalDate()).isEqualTo("2025-04-01"));
        assertThat(byKind.get(TransactionKind.PAYROLL)).hasSize(2 * hotpot.costs().payroll().staff())
                .allSatisfy(tx -> assertThat(tx.timestamp().atZone(SHANGHAI).getDayOfMonth()).isEqualTo(10));
        assertThat(byKind.get(TransactionKind.TAX)).singleElement()
                .satisfies(tx -> assertThat(tx.timestamp().atZone(SHANGHAI).toLocalDate()).isEqualTo("2025-04-15"));
        BigDecimal delivery = SimulatorFixtures.sum(byKind.get(TransactionKind.SALE).stream()
                .filter(tx -> tx.channel() == PaymentChannel.DELIVERY_PLATFORM).toList());
        BigDecimal commission = SimulatorFixtures.sum(byKind.get(TransactionKind.PLATFORM_COMMISSION));
        assertThat(commission.divide(delivery, 4, RoundingMode.HALF_UP)).isEqualByComparingTo("0.1800");
        double sales = SimulatorFixtures.sum(byKind.get(TransactionKind.SALE)).doubleValue();
        double cogs = SimulatorFixtures.sum(byKind.get(TransactionKind.COGS)).doubleValue();
        assertThat(cogs / sales).isCloseTo(0.40 * 1.03, within(0.04));
        // The till's cash goes to the bank: deposits in, the same amount out of the till.
        assertThat(SimulatorFixtures.sum(byKind.get(TransactionKind.CASH_DEPOSIT)))
                .isEqualByComparingTo(SimulatorFixtures.sum(byKind.get(TransactionKind.TRANSFER))).isPositive();
    }

    @Test
    void springFestivalEmptiesTheRestaurantAndFillsTheShopBefore() {
        LocalDate newYear = LocalDate.of(2025, 1, 29);
        double hotpotDuring = meanDailySales("hotpot", newYear, newYear.plusDays(6));
        double hotpotMarch = meanDailySales("hotpot", LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 30));
        double shopBefore = meanDailySales("convenience-store", newYear.minusDays(20), newYear.minusDays(1));
        double shopMarch = meanDailySales("convenience-store", LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 30));

        assertThat(hotpotDuring / hotpotMarch).isBetween(0.4, 0.75);
        assertThat(shopBefore / shopMarch).isBetween(1.2, 1.6);
    }

    private static double meanDailySales(String archetype, LocalDate from, LocalDate to) {
        var sales = generate(merchant("m-" + archetype, archetype), 11, from, to, PlantPlan.none()).stream()
                .filter(tx -> tx.kind() == TransactionKind.SALE).toList();
        return SimulatorFixtures.sum(sales).doubleValue() / (to.toEpochDay() - from.toEpochDay() + 1);
    }

    /** The archetype's own factor for the date's weekday. */
    private static double weekdayFactor(Archetype archetype, LocalDate date) {
        return archetype.weekday()[date.getDayOfWeek().getValue() - 1];
    }
}
