package com.merchantanalysis.cashflow.forecast.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import com.merchantanalysis.cashflow.forecast.domain.CashflowProjection.Band;
import com.merchantanalysis.cashflow.forecast.domain.CashflowProjection.ScheduledPayment;
import com.merchantanalysis.cashflow.forecast.model.ModelForecast;
import com.merchantanalysis.common.data.PaymentChannel;

/**
 * Turns the sales, other-inflow and variable-cost forecasts into bank cash and a balance path: each
 * simulated path draws model errors (bootstrapped, carried through the models' innovation weights),
 * settles its sales through the channels, pays the fixed payments, and adds up. Paths share their
 * random numbers between base and scenario, so that a difference is the scenario's, not noise.
 */
final class CashflowProjector {

    /** What the projection is built from. */
    record Inputs(LocalDate asOf, double startingCash, ModelForecast sales, ModelForecast otherInflow,
            ModelForecast variableOutflow, List<RecurringOutflow> recurring, SettlementTerms terms, double[] levels,
            int paths, long seed) {
    }

    private CashflowProjector() {
    }

    static CashflowProjection project(Inputs in, Scenario scenario, double floor) {
        int horizon = in.sales().mean().length;
        SettlementTerms terms = in.terms().withFeeRates(scenario.feeRates());
        double[] factor = new double[horizon];
        double[] fixed = new double[horizon];
        List<ScheduledPayment> scheduled = new ArrayList<>();
        for (int h = 0; h < horizon; h++) {
            LocalDate date = in.asOf().plusDays(h + 1L);
            factor[h] = scenario.revenueFactor(date);
            for (RecurringOutflow payment : in.recurring()) {
                if (payment.dueOn(date)) {
                    fixed[h] += payment.amount();
                    scheduled.add(new ScheduledPayment(date, payment.kind().name(), payment.amount()));
                }
            }
            double extra = scenario.extraOutflow(date);
            if (extra > 0) {
                fixed[h] += extra;
                scheduled.add(new ScheduledPayment(date, "SCENARIO", extra));
            }
        }
        double start = in.startingCash();

        double[] salesMean = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            salesMean[h] = Math.max(0, in.sales().mean()[h]) * factor[h];
        }
        double[] inflowMean = new double[horizon];
        double[] outflowMean = new double[horizon];
        double[] netMean = new double[horizon];
        double[] balanceMean = new double[horizon];
        double running = start;
        for (int h = 0; h < horizon; h++) {
            inflowMean[h] = settle(terms, salesMean, h) + Math.max(0, in.otherInflow().mean()[h]);
            outflowMean[h] = Math.max(0, in.variableOutflow().mean()[h]) + fixed[h];
            netMean[h] = inflowMean[h] - outflowMean[h];
            running += netMean[h];
            balanceMean[h] = running;
        }

        SplittableRandom random = new SplittableRandom(in.seed());
        int paths = in.paths();
        double[][] salesErrors = in.sales().simulateErrors(paths, random);
        double[][] otherErrors = in.otherInflow().simulateErrors(paths, random);
        double[][] costErrors = in.variableOutflow().simulateErrors(paths, random);
        double[][] inflowPaths = new double[horizon][paths];
        double[][] outflowPaths = new double[horizon][paths];
        double[][] netPaths = new double[horizon][paths];
        double[][] balancePaths = new double[horizon][paths];
        double[] below = new double[horizon];
        double[] sales = new double[horizon];
        for (int p = 0; p < paths; p++) {
            for (int h = 0; h < horizon; h++) {
                sales[h] = Math.max(0, in.sales().mean()[h] + salesErrors[p][h]) * factor[h];
            }
            double balance = start;
            for (int h = 0; h < horizon; h++) {
                double inflow = settle(terms, sales, h)
                        + Math.max(0, in.otherInflow().mean()[h] + otherErrors[p][h]);
                double outflow = Math.max(0, in.variableOutflow().mean()[h] + costErrors[p][h]) + fixed[h];
                balance += inflow - outflow;
                inflowPaths[h][p] = inflow;
                outflowPaths[h][p] = outflow;
                netPaths[h][p] = inflow - outflow;
                balancePaths[h][p] = balance;
                if (balance < floor) {
                    below[h]++;
                }
            }
        }
        for (int h = 0; h < horizon; h++) {
            below[h] /= paths;
        }
        return new CashflowProjection(in.asOf(), start, floor, inflowMean, outflowMean, netMean, balanceMean,
                bands(inflowPaths, in.levels()), bands(outflowPaths, in.levels()), bands(netPaths, in.levels()),
                bands(balancePaths, in.levels()), below, salesMean, scheduled);
    }

    /** Bank cash arriving on step h: sales settled from earlier steps (or already in transit). */
    private static double settle(SettlementTerms terms, double[] sales, int h) {
        double cash = terms.pending()[h];
        for (Map.Entry<PaymentChannel, SettlementTerms.Channel> e : terms.channels().entrySet()) {
            SettlementTerms.Channel c = e.getValue();
            int saleStep = h - c.lagDays();
            if (saleStep >= 0) {
                cash += c.share() * (1 - c.feeRate() - terms.refundShare()) * sales[saleStep];
            }
        }
        return cash;
    }

    private static Map<Double, Band> bands(double[][] pathsByStep, double[] levels) {
        int horizon = pathsByStep.length;
        Map<Double, Band> out = new TreeMap<>();
        for (double[] step : pathsByStep) {
            Arrays.sort(step);
        }
        for (double level : levels) {
            double tail = (1 - level / 100) / 2;
            double[] lower = new double[horizon];
            double[] upper = new double[horizon];
            for (int h = 0; h < horizon; h++) {
                lower[h] = quantile(pathsByStep[h], tail);
                upper[h] = quantile(pathsByStep[h], 1 - tail);
            }
            out.put(level, new Band(lower, upper));
        }
        return out;
    }

    /** Linear interpolation between order statistics (R type 7) of sorted values. */
    private static double quantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        double weight = position - below;
        return sorted[below] * (1 - weight) + sorted[above] * weight;
    }
}
