package com.merchantanalysis.simulator.simulation;

import static com.merchantanalysis.simulator.simulation.SimulatorFixtures.merchant;
import static com.merchantanalysis.simulator.simulation.SimulatorFixtures.plan;
import static com.merchantanalysis.simulator.simulation.SimulatorFixtures.simulator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import com.merchantanalysis.common.data.Direction;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.PlantedEvent;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.simulator.simulation.domain.InjectSpec;
import com.merchantanalysis.simulator.simulation.domain.MerchantSimulator;
import com.merchantanalysis.simulator.simulation.domain.PlantPlan;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A planted cash shortfall is a decline a forecast can see coming, in every archetype: sales fall and a
 * new cost rises for weeks, the balance reaches zero about the planned day, and no single payment eats
 * the balance. Compared day by day with the clean twin (same seed, nothing planted).
 */
class PlantedDeclineTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate FROM = LocalDate.of(2025, 7, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 6);
    private static final LocalDate DECLINE = TO.minusDays(105);
    private static final LocalDate AIMED = TO.minusDays(21);

    @ParameterizedTest
    @CsvSource({ "hotpot, 42", "hotpot, 7", "fast-food, 42", "fast-food, 7", "convenience-store, 42",
            "convenience-store, 7", "clothing-retail, 42", "clothing-retail, 7", "ecommerce, 42", "ecommerce, 7" })
    void theBalanceGlidesToZeroAboutThePlannedDayWithNoPaymentThatEatsIt(String archetype, long seed) {
        MerchantDocument shop = merchant("m-decline-" + archetype, archetype);
        PlantPlan plan = plan(shop, FROM, TO, seed,
                List.of(new InjectSpec(PlantedEvent.CASH_SHORTFALL, DECLINE, AIMED, null, null)));
        Run planted = run(shop, seed, plan);
        Run clean = run(shop, seed, PlantPlan.none());

        LocalDate crossed = planted.simulator.floorCrossedOn();
        assertThat(crossed).as("crossing").isNotNull().isBetween(AIMED.minusDays(10), AIMED.plusDays(7));
        assertThat(planted.firstBelowZero()).isEqualTo(crossed);
        assertThat(clean.firstBelowZero()).as("the clean twin's balance").isNull();
        // The labelled rows are a daily promotion that rises, none more than a tenth of the balance the decline met.
        BigDecimal balanceAtStart = planted.balance.get(DECLINE.minusDays(1));
        List<TransactionDocument> promotion = planted.labelled();
        assertThat(promotion).hasSize((int) ChronoUnit.DAYS.between(DECLINE, crossed) + 1).allSatisfy(tx -> {
            assertThat(tx.kind()).isEqualTo(TransactionKind.MARKETING);
            assertThat(tx.direction()).isEqualTo(Direction.OUT);
            assertThat(tx.amount()).isLessThan(balanceAtStart.divide(BigDecimal.TEN));
        });
        assertThat(promotion.get(promotion.size() - 1).amount()).isGreaterThan(promotion.get(0).amount());
        // Sales: the same before the decline, about a third lower once it is under way.
        assertThat(planted.sales(FROM, DECLINE.minusDays(1))).isEqualByComparingTo(clean.sales(FROM, DECLINE.minusDays(1)));
        double ratio = planted.sales(DECLINE.plusDays(28), crossed).doubleValue()
                / clean.sales(DECLINE.plusDays(28), crossed).doubleValue();
        assertThat(planted.simulator.declineSalesLost()).isBetween(0.15, 0.4);
        assertThat(ratio).isCloseTo(1 - planted.simulator.declineSalesLost(), within(0.06));
    }

    private static Run run(MerchantDocument shop, long seed, PlantPlan plan) {
        MerchantSimulator simulator = simulator(shop, seed, plan);
        Run run = new Run(simulator);
        BigDecimal balance = shop.openingCashBalance();
        for (LocalDate day = FROM; !day.isAfter(TO); day = day.plusDays(1)) {
            List<TransactionDocument> rows = new ArrayList<>();
            simulator.day(day, rows::add);
            for (TransactionDocument tx : rows) {
                balance = tx.direction() == Direction.IN ? balance.add(tx.amount()) : balance.subtract(tx.amount());
                if (tx.kind() == TransactionKind.SALE) {
                    run.sales.merge(day, tx.amount(), BigDecimal::add);
                }
                if (tx.labels().contains(PlantedEvent.CASH_SHORTFALL.label())) {
                    run.labelled.add(tx);
                    assertThat(tx.timestamp().atZone(SHANGHAI).toLocalDate()).isEqualTo(day);
                }
            }
            run.balance.put(day, balance);
        }
        return run;
    }

    /** One simulated period: the balance at each day's end, sales per day and the labelled rows. */
    private static final class Run {
        final MerchantSimulator simulator;
        final TreeMap<LocalDate, BigDecimal> balance = new TreeMap<>();
        final TreeMap<LocalDate, BigDecimal> sales = new TreeMap<>();
        final List<TransactionDocument> labelled = new ArrayList<>();

        Run(MerchantSimulator simulator) {
            this.simulator = simulator;
        }

        LocalDate firstBelowZero() {
            return balance.tailMap(DECLINE).entrySet().stream().filter(e -> e.getValue().signum() < 0)
                    .map(e -> e.getKey()).findFirst().orElse(null);
        }

        BigDecimal sales(LocalDate from, LocalDate to) {
            return sales.subMap(from, true, to, true).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        List<TransactionDocument> labelled() {
            return labelled;
        }
    }
}
