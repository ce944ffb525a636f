package com.merchantanalysis.costs.anomaly.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.merchantanalysis.costs.config.CostSettings;

import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * Finds the months where one cost line broke its own pattern.
 *
 * <p>Spikes and drops: each month's expected amount is the seasonal-naive forecast (the same month a year
 * earlier, scaled by how the line's level moved since) when a year of history exists, else the median of
 * the three months before. The residuals, taken on a log scale because cost lines vary by percentages, are
 * scored with a robust z-score, (r − median r) / (1.4826 · MAD), so that the outlier being looked for does
 * not inflate the yardstick. A month is reported only if it is also material: off by at least
 * {@code minRelativeChange} and {@code minAmount} yuan.
 * Months found in a first pass are kept out of the baselines of the second one, so that last year's
 * spike does not make this year's normal month look like a drop.
 *
 * <p>Steps, on contractual lines (by amount) and on lines that move with sales (by share of revenue, so
 * that a busy season is no step): the medians of the {@code stepMonths} months before and after a month
 * differ by at least {@code stepMinChange}, and the two windows do not overlap at all (every month after
 * is above every month before, or below). A single spike cannot pass that test.
 */
final class PatternBreaks {

    /** How far apart months must be for the seasonal-naive forecast. */
    private static final int SEASON = 12;
    private static final int TRAILING = 3;
    private static final int LEVEL_WINDOW = 6;
    private static final int MIN_RESIDUALS = 6;
    /** The fewest complete months this rule judges a line on: a baseline, then enough residuals to score. */
    static final int MIN_MONTHS = TRAILING + MIN_RESIDUALS;
    private static final double MAD_TO_SIGMA = 1.4826;
    /** The least spread assumed on the log scale (about 5%), so a line that never moves does not alarm on cents. */
    private static final double SCALE_FLOOR = 0.05;

    private final CostSettings.Anomaly settings;

    PatternBreaks(CostSettings.Anomaly settings) {
        this.settings = settings;
    }

    /** One finding, by index into the months. */
    record Finding(int index, String type, double amount, double expected, Double z, Baseline baseline, double level) {
    }

    /** How a line's lasting changes are looked for. */
    enum StepMode {
        /** Not at all: the line is seasonal or irregular (utilities, marketing), so a new level means little. */
        NONE,
        /** On the amount: contractual lines such as rent and payroll. */
        AMOUNT,
        /** On the amount per yuan of revenue: lines that move with sales, such as COGS and fees. */
        SHARE_OF_REVENUE
    }

    /**
     * @param values    the line's amount per complete month, in order
     * @param revenue   the revenue of the same months
     * @param evaluate  indexes of the months to report on
     */
    List<Finding> find(double[] values, double[] revenue, StepMode mode, Set<Integer> evaluate) {
        int n = values.length;
        long present = Arrays.stream(values).filter(v -> v > 0).count();
        if (n < MIN_MONTHS || present < settings.minPresence() * n) {
            return List.of();
        }
        List<Finding> steps = steps(values, revenue, mode);
        // After a step the months at the new level are no spikes, though the trailing baseline lags behind them.
        Map<Integer, Double> newLevel = new HashMap<>();
        for (Finding step : steps) {
            for (int i = step.index(); i < Math.min(n, step.index() + settings.stepMonths() + TRAILING); i++) {
                newLevel.put(i, mode == StepMode.SHARE_OF_REVENUE ? revenue[i] * step.level() : step.level());
            }
        }
        double minLogChange = Math.log1p(settings.minRelativeChange());
        Set<Integer> atNewLevel = new HashSet<>();
        newLevel.forEach((i, level) -> {
            if (Math.abs(logResidual(values[i], level)) < minLogChange) {
                atNewLevel.add(i);
            }
        });
        List<Finding> first = spikes(values, Set.of(), atNewLevel, allIndexes(n));
        Set<Integer> excluded = new HashSet<>();
        first.forEach(finding -> excluded.add(finding.index()));
        List<Finding> findings = new ArrayList<>();
        steps.stream().filter(step -> evaluate.contains(step.index())).forEach(findings::add);
        spikes(values, excluded, atNewLevel, allIndexes(n)).stream()
                .filter(finding -> evaluate.contains(finding.index()))
                .forEach(findings::add);
        return findings;
    }

    private List<Finding> spikes(double[] values, Set<Integer> excluded, Set<Integer> atNewLevel, Set<Integer> candidates) {
        int n = values.length;
        double[] expected = new double[n];
        Baseline[] how = new Baseline[n];
        List<Double> residuals = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            expected[i] = Double.NaN;
            baseline(values, i, excluded, expected, how);
            if (!Double.isNaN(expected[i]) && !excluded.contains(i) && !atNewLevel.contains(i)) {
                residuals.add(logResidual(values[i], expected[i]));
            }
        }
        if (residuals.size() < MIN_RESIDUALS) {
            return List.of();
        }
        double[] r = residuals.stream().mapToDouble(Double::doubleValue).toArray();
        double medianResidual = median(r);
        double mad = median(Arrays.stream(r).map(x -> Math.abs(x - medianResidual)).toArray());
        double scale = Math.max(MAD_TO_SIGMA * mad, SCALE_FLOOR);
        double minLogChange = Math.log1p(settings.minRelativeChange());
        List<Finding> found = new ArrayList<>();
        for (int i : candidates) {
            if (Double.isNaN(expected[i]) || atNewLevel.contains(i)) {
                continue;
            }
            double residual = logResidual(values[i], expected[i]);
            double z = (residual - medianResidual) / scale;
            boolean material = Math.abs(values[i] - expected[i]) >= settings.minAmount()
                    && Math.abs(residual) >= minLogChange;
            if (Math.abs(z) >= settings.zThreshold() && material) {
                found.add(new Finding(i, residual > 0 ? "SPIKE" : "DROP", values[i], expected[i], z, how[i], expected[i]));
            }
        }
        return found;
    }

    /** Costs vary by a percentage, not by yuan: residuals are compared on a log scale (+1 yuan keeps zero finite). */
    private static double logResidual(double value, double expected) {
        return Math.log1p(Math.max(value, 0)) - Math.log1p(Math.max(expected, 0));
    }

    private static void baseline(double[] values, int i, Set<Integer> excluded, double[] expected, Baseline[] how) {
        int lastYear = i - SEASON;
        // A year-ago month without the line (the business had just opened) tells nothing about the season.
        if (lastYear >= 0 && !excluded.contains(lastYear) && values[lastYear] > 0) {
            double now = trailingMedian(values, i, LEVEL_WINDOW, excluded);
            double then = trailingMedian(values, lastYear, LEVEL_WINDOW, excluded);
            if (!Double.isNaN(now) && !Double.isNaN(then) && then > 0) {
                expected[i] = values[lastYear] * now / then;
                how[i] = Baseline.of("seasonalScaled");
            } else {
                expected[i] = values[lastYear];
                how[i] = Baseline.of("seasonal");
            }
            return;
        }
        double trailing = trailingMedian(values, i, TRAILING, excluded);
        if (!Double.isNaN(trailing)) {
            expected[i] = trailing;
            how[i] = Baseline.of("trailing", TRAILING);
        }
    }

    /** The median of the {@code window} months before {@code i} that are not excluded, or NaN if too few. */
    private static double trailingMedian(double[] values, int i, int window, Set<Integer> excluded) {
        List<Double> previous = new ArrayList<>();
        for (int j = i - 1; j >= 0 && previous.size() < window; j--) {
            if (!excluded.contains(j)) {
                previous.add(values[j]);
            }
        }
        if (previous.size() < Math.min(window, TRAILING)) {
            return Double.NaN;
        }
        return median(previous.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private List<Finding> steps(double[] values, double[] revenue, StepMode mode) {
        if (mode == StepMode.NONE) {
            return List.of();
        }
        double[] basis = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            basis[i] = mode == StepMode.AMOUNT ? values[i] : revenue[i] > 0 ? values[i] / revenue[i] : 0;
        }
        int k = settings.stepMonths();
        List<Finding> steps = new ArrayList<>();
        for (int i = k; i + k <= basis.length; i++) {
            double[] before = Arrays.copyOfRange(basis, i - k, i);
            double[] after = Arrays.copyOfRange(basis, i, i + k);
            double levelBefore = median(before);
            double levelAfter = median(after);
            if (levelBefore <= 0) {
                continue;
            }
            double change = (levelAfter - levelBefore) / levelBefore;
            double expected = mode == StepMode.AMOUNT ? levelBefore : revenue[i] * levelBefore;
            boolean material = Math.abs(values[i] - expected) >= settings.minAmount()
                    && Math.abs(change) >= settings.stepMinChange();
            boolean up = Arrays.stream(after).min().orElseThrow() > Arrays.stream(before).max().orElseThrow();
            boolean down = Arrays.stream(after).max().orElseThrow() < Arrays.stream(before).min().orElseThrow();
            if (material && (up && change > 0 || down && change < 0)) {
                // A share of revenue is shown in percent, an amount in yuan.
                Baseline how = mode == StepMode.AMOUNT
                        ? Baseline.of("stepAmount", k, money(levelBefore), money(levelAfter))
                        : Baseline.of("stepShare", k, percent(levelBefore), percent(levelAfter));
                steps.add(new Finding(i, up ? "STEP_UP" : "STEP_DOWN", values[i], expected, null, how,
                        levelAfter));
                i += k - 1;
            }
        }
        return steps;
    }

    private static BigDecimal money(double yuan) {
        return BigDecimal.valueOf(yuan).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal percent(double fraction) {
        return BigDecimal.valueOf(fraction).movePointRight(2).setScale(2, RoundingMode.HALF_UP);
    }

    private static Set<Integer> allIndexes(int n) {
        Set<Integer> all = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        return all;
    }

    private static double median(double[] values) {
        return new Median().evaluate(values);
    }
}
