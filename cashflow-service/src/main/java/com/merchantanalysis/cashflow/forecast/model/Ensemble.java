package com.merchantanalysis.cashflow.forecast.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The median, step by step, of its members' forecasts (and of their forecasts from past origins, from
 * which its intervals come). A median of different methods is robust to the one that goes astray.
 */
public final class Ensemble {

    private Ensemble() {
    }

    public static FittedModel of(List<FittedModel> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs members");
        }
        List<FittedModel> copy = List.copyOf(members);
        String name = "Ensemble(median of " + copy.stream().map(FittedModel::name).collect(Collectors.joining(", "))
                + ")";
        return new FittedModel() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public double[] forecast(int horizon) {
                List<double[]> all = new ArrayList<>();
                for (FittedModel member : copy) {
                    all.add(member.forecast(horizon));
                }
                return medianByStep(all, horizon);
            }

            @Override
            public double[] fitted() {
                List<double[]> all = new ArrayList<>();
                int n = 0;
                for (FittedModel member : copy) {
                    double[] f = member.fitted();
                    n = f.length;
                    all.add(f);
                }
                return medianByStep(all, n);
            }

            @Override
            public int estimatedCount() {
                int most = 0;
                for (FittedModel member : copy) {
                    most = Math.max(most, member.estimatedCount());
                }
                return most;
            }

            @Override
            public List<FittedModel> members() {
                return copy;
            }

            @Override
            public double[][] originForecasts(int horizon, int from) {
                List<double[][]> all = new ArrayList<>();
                int n = 0;
                for (FittedModel member : copy) {
                    double[][] o = member.originForecasts(horizon, from);
                    if (o == null) {
                        return null;
                    }
                    n = o.length;
                    all.add(o);
                }
                double[][] out = new double[n][];
                List<double[]> rows = new ArrayList<>(all.size());
                for (int t = 0; t < n; t++) {
                    rows.clear();
                    for (double[][] o : all) {
                        if (o[t] == null) {
                            break;
                        }
                        rows.add(o[t]);
                    }
                    if (rows.size() == all.size()) {
                        out[t] = medianByStep(rows, rows.get(0).length);
                    }
                }
                return out;
            }

            @Override
            public double[] psi(int horizon) {
                double[] psi = new double[horizon];
                for (FittedModel member : copy) {
                    double[] p = member.psi(horizon);
                    for (int j = 0; j < horizon; j++) {
                        psi[j] += p[j] / copy.size();
                    }
                }
                if (horizon > 0) {
                    psi[0] = 1;
                }
                return psi;
            }
        };
    }

    /** The median of the finite values at each step; NaN where none is finite. */
    static double[] medianByStep(List<double[]> series, int length) {
        double[] out = new double[length];
        double[] values = new double[series.size()];
        for (int t = 0; t < length; t++) {
            int k = 0;
            for (double[] s : series) {
                if (Double.isFinite(s[t])) {
                    values[k++] = s[t];
                }
            }
            if (k == 0) {
                out[t] = Double.NaN;
                continue;
            }
            double[] v = Arrays.copyOf(values, k);
            Arrays.sort(v);
            out[t] = k % 2 == 1 ? v[k / 2] : 0.5 * (v[k / 2 - 1] + v[k / 2]);
        }
        return out;
    }
}
