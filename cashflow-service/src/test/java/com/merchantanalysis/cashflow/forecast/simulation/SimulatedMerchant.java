package com.merchantanalysis.cashflow.forecast.simulation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * A known generating process for daily merchant cash, for tests and the benchmark: a weekly pattern, a
 * slow trend, a yearly swing, multiplicative noise, a Spring-Festival-like trough, rent on the 1st and
 * payroll on the 10th. Everything is a plain function of the seed, so runs repeat exactly.
 */
public final class SimulatedMerchant {

    /** Busy-ness by day of week, Monday first (restaurant-like: weekend peaks). */
    public static final double[] RESTAURANT_WEEK = {0.8, 0.85, 0.9, 0.95, 1.15, 1.3, 1.05};
    public static final double[] OFFICE_WEEK = {1.15, 1.1, 1.1, 1.1, 1.05, 0.75, 0.75};

    public record Profile(String name, double baseSales, double[] week, double trendPerYear, double yearlyAmplitude,
            double noise, double rent, double payroll, double dailyCostShare) {
    }

    public static final Profile HOTPOT = new Profile("hotpot", 12_000, RESTAURANT_WEEK, 0.08, 0.15, 0.12, 30_000,
            45_000, 0.35);
    public static final Profile CAFE = new Profile("cafe", 3_000, OFFICE_WEEK, 0.05, 0.10, 0.18, 9_000, 12_000, 0.30);
    public static final Profile CONVENIENCE = new Profile("convenience", 6_000, new double[] {1, 1, 1, 1, 1.05, 1.1, 1.1},
            0.03, 0.05, 0.10, 12_000, 15_000, 0.70);

    private final Profile profile;
    private final long seed;

    public SimulatedMerchant(Profile profile, long seed) {
        this.profile = profile;
        this.seed = seed;
    }

    public Profile profile() {
        return profile;
    }

    /** Days around the lunar new year (a fixed stand-in date per year) when sales drop. */
    public static boolean holidayTrough(LocalDate date) {
        LocalDate newYear = switch (date.getYear()) {
            case 2022 -> LocalDate.of(2022, 2, 1);
            case 2023 -> LocalDate.of(2023, 1, 22);
            case 2024 -> LocalDate.of(2024, 2, 10);
            case 2025 -> LocalDate.of(2025, 1, 29);
            case 2026 -> LocalDate.of(2026, 2, 17);
            default -> LocalDate.of(date.getYear(), 2, 5);
        };
        long d = date.toEpochDay() - newYear.toEpochDay();
        return d >= -1 && d <= 6;
    }

    /** Expected gross sales of a day (no noise). */
    public double expectedSales(LocalDate start, LocalDate date) {
        double years = (date.toEpochDay() - start.toEpochDay()) / 365.25;
        double level = profile.baseSales() * (1 + profile.trendPerYear() * years);
        double yearly = 1 + profile.yearlyAmplitude() * Math.cos(2 * Math.PI * (date.getDayOfYear() - 200) / 365.25);
        double week = profile.week()[date.getDayOfWeek().getValue() - 1];
        double holiday = holidayTrough(date) ? 0.35 : 1;
        return level * yearly * week * holiday;
    }

    /** Daily gross sales from {@code start} for {@code days} days. */
    public double[] sales(LocalDate start, int days) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] out = new double[days];
        for (int t = 0; t < days; t++) {
            LocalDate date = start.plusDays(t);
            double noise = Math.exp(profile.noise() * random.nextGaussian() - profile.noise() * profile.noise() / 2);
            out[t] = Math.round(expectedSales(start, date) * noise * 100) / 100.0;
        }
        return out;
    }

    /** Daily outflows: variable costs proportional to sales (with noise), rent on the 1st, payroll on the 10th. */
    public double[] outflows(LocalDate start, double[] sales) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        double[] out = new double[sales.length];
        for (int t = 0; t < sales.length; t++) {
            LocalDate date = start.plusDays(t);
            double cost = profile.dailyCostShare() * sales[t] * (1 + 0.1 * random.nextGaussian());
            if (date.getDayOfMonth() == 1) {
                cost += profile.rent();
            }
            if (date.getDayOfMonth() == 10) {
                cost += profile.payroll();
            }
            if (date.getDayOfWeek() == DayOfWeek.MONDAY) {
                cost += 0.5 * profile.dailyCostShare() * profile.baseSales(); // weekly supplier delivery
            }
            out[t] = Math.round(Math.max(0, cost) * 100) / 100.0;
        }
        return out;
    }
}
