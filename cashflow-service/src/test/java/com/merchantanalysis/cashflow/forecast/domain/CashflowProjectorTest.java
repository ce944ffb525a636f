package com.merchantanalysis.cashflow.forecast.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.merchantanalysis.cashflow.forecast.model.ErrorDistribution;
import com.merchantanalysis.cashflow.forecast.model.ModelForecast;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.TransactionKind;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class CashflowProjectorTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 3, 28);
    private static final double[] LEVELS = {80, 95};

    @Test
    void salesBecomeBankCashAfterTheLagNetOfFeeAndRentIsPaidOnItsDay() {
        // WeChat T+1 at 0.6%, cash the same day; yesterday's 900 WeChat sales (894.60 net of the fee) are still
        // in transit, so the bank holds 49,100 of a 49,994.60 balance.
        SettlementTerms terms = new SettlementTerms(Map.of(
                PaymentChannel.WECHAT_PAY, new SettlementTerms.Channel(0.9, 0.006, 1),
                PaymentChannel.CASH, new SettlementTerms.Channel(0.1, 0, 0)), 0, pending(5, 900 * 0.994));
        RecurringOutflow rent = new RecurringOutflow(TransactionKind.RENT, 1, 1, 20_000, YearMonth.of(2025, 3));
        var inputs = new CashflowProjector.Inputs(AS_OF, 49_100, constant(5, 1_000), constant(5, 0), constant(5, 100),
                List.of(rent), terms, LEVELS, 200, 1);

        CashflowProjection p = CashflowProjector.project(inputs, Scenario.NONE, 40_000);

        assertThat(p.startBalance()).isEqualTo(49_100);
        assertThat(p.inflow()[0]).isCloseTo(900 * 0.994 + 100, within(1e-9)); // yesterday's WeChat + today's cash
        assertThat(p.inflow()[1]).isCloseTo(900 * 0.994 + 100, within(1e-9)); // day 1's WeChat arrives on day 2
        assertThat(p.date(3)).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(p.outflow()[3]).isEqualTo(20_100);
        assertThat(p.balance()[4]).isCloseTo(49_100 + 5 * (994.6 - 100) - 20_000, within(1e-6));
        // Without model error the balance is certain: below the floor exactly from rent day on.
        assertThat(p.belowFloorProbability()).containsExactly(0, 0, 0, 1, 1);
        assertThat(p.firstLikelyShortfall()).isEqualTo(3);
        assertThat(p.scheduled()).extracting(CashflowProjection.ScheduledPayment::what).containsExactly("RENT");

        CashflowProjection dearer = CashflowProjector.project(inputs,
                new Scenario(-50.0, AS_OF.plusDays(3), null, List.of(), Map.of(PaymentChannel.WECHAT_PAY, 0.03)), 40_000);
        assertThat(dearer.inflow()[1]).isCloseTo(900 * 0.97 + 100, within(1e-9));
        assertThat(dearer.inflow()[4]).isCloseTo(0.5 * 1_000 * (0.9 * 0.97 + 0.1), within(1e-9));
    }

    @Test
    void theRunwayAndTheBalanceFanReadTheSameCalibratedUncertaintyAsTheSalesIntervals() {
        // Cash sales only, settled the same day, no costs: the day's inflow is the day's sales.
        SettlementTerms terms = new SettlementTerms(Map.of(PaymentChannel.CASH, new SettlementTerms.Channel(1, 0, 0)),
                0, new double[10]);
        ModelForecast sales = calibrated(10, 1_000, 120);
        var inputs = new CashflowProjector.Inputs(AS_OF, 5_000, sales, constant(10, 0), constant(10, 0), List.of(),
                terms, LEVELS, 20_000, 7);

        // A floor at the 80% interval's lower bound of the first day's sales: 10% below it.
        CashflowProjection p = CashflowProjector.project(inputs, Scenario.NONE, 5_000 + sales.lower().get(80.0)[0]);

        assertThat(p.belowFloorProbability()[0]).isCloseTo(0.10, within(0.01));
        for (int h = 0; h < 10; h++) {
            double width = sales.upper().get(95.0)[h] - sales.lower().get(95.0)[h];
            assertThat(p.inflowBands().get(80.0).lower()[h]).isCloseTo(sales.lower().get(80.0)[h], within(0.01 * width));
            assertThat(p.inflowBands().get(95.0).upper()[h]).isCloseTo(sales.upper().get(95.0)[h], within(0.02 * width));
        }
        // The balance fan widens as the days add up.
        CashflowProjection.Band balance = p.balanceBands().get(80.0);
        assertThat(balance.upper()[9] - balance.lower()[9]).isGreaterThan(2 * (balance.upper()[0] - balance.lower()[0]));
    }

    /** A forecast whose errors are normal with the given scale, as a calibrated distribution. */
    private static ModelForecast calibrated(int horizon, double value, double scale) {
        NormalDistribution normal = new NormalDistribution();
        double[] table = new double[401];
        for (int i = 0; i < table.length; i++) {
            table[i] = normal.inverseCumulativeProbability(Math.min(0.9999, Math.max(0.0001, i / 400.0)));
        }
        double[] scales = new double[horizon];
        java.util.Arrays.fill(scales, scale);
        ErrorDistribution errors = new ErrorDistribution(scales, table, 100);
        double[] mean = new double[horizon];
        java.util.Arrays.fill(mean, value);
        Map<Double, double[]> lower = new TreeMap<>();
        Map<Double, double[]> upper = new TreeMap<>();
        for (double level : LEVELS) {
            double tail = (1 - level / 100) / 2;
            double[] lo = new double[horizon];
            double[] hi = new double[horizon];
            for (int h = 0; h < horizon; h++) {
                lo[h] = value + errors.quantile(h, tail);
                hi[h] = value + errors.quantile(h, 1 - tail);
            }
            lower.put(level, lo);
            upper.put(level, hi);
        }
        double[] psi = new double[horizon];
        psi[0] = 1;
        return new ModelForecast("Calibrated", mean, lower, upper, Double.NaN, 1, psi, new double[0], errors);
    }

    private static double[] pending(int horizon, double first) {
        double[] out = new double[horizon];
        out[0] = first;
        return out;
    }

    private static ModelForecast constant(int horizon, double value) {
        double[] mean = new double[horizon];
        java.util.Arrays.fill(mean, value);
        Map<Double, double[]> bounds = new TreeMap<>();
        for (double level : LEVELS) {
            bounds.put(level, mean.clone());
        }
        return new ModelForecast("Constant", mean, bounds, bounds, Double.NaN, 0, new double[horizon], new double[0], null);
    }
}
