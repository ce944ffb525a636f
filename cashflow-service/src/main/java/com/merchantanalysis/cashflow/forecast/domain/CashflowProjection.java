package com.merchantanalysis.cashflow.forecast.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Daily bank cash flows and balance over the horizon: point forecasts, simulated bands per level, and
 * per day the probability that the balance is below the floor.
 *
 * @param startBalance the bank balance the projection starts from (the balance less sales in transit: the position's settled cash)
 * @param scheduled    fixed payments (recurring and scenario) inside the horizon
 */
public record CashflowProjection(
        LocalDate asOf,
        double startBalance,
        double floor,
        double[] inflow,
        double[] outflow,
        double[] net,
        double[] balance,
        Map<Double, Band> inflowBands,
        Map<Double, Band> outflowBands,
        Map<Double, Band> netBands,
        Map<Double, Band> balanceBands,
        double[] belowFloorProbability,
        double[] salesForecast,
        List<ScheduledPayment> scheduled) {

    public record Band(double[] lower, double[] upper) {
    }

    /** A fixed payment expected on a day: what it is and how much (CNY). */
    public record ScheduledPayment(LocalDate date, String what, double amount) {
    }

    public int horizon() {
        return inflow.length;
    }

    public LocalDate date(int step) {
        return asOf.plusDays(step + 1L);
    }

    /** The step with the lowest expected balance. */
    public int lowestStep() {
        int best = 0;
        for (int h = 1; h < balance.length; h++) {
            if (balance[h] < balance[best]) {
                best = h;
            }
        }
        return best;
    }

    /** The first step where the balance is more likely than not below the floor, or −1. */
    public int firstLikelyShortfall() {
        for (int h = 0; h < belowFloorProbability.length; h++) {
            if (belowFloorProbability[h] > 0.5) {
                return h;
            }
        }
        return -1;
    }

    public double maxShortfallProbability() {
        double max = 0;
        for (double p : belowFloorProbability) {
            max = Math.max(max, p);
        }
        return max;
    }
}
