package com.merchantanalysis.cashflow.forecast.model;

import java.util.ArrayList;
import java.util.List;

import com.merchantanalysis.cashflow.forecast.model.EtsSpec.Component;

/**
 * ETS with the model chosen by AICc among the candidates the data allow (multiplicative members only
 * for strictly positive data; no additive error with multiplicative components, as R restricts).
 */
public final class AutoEts implements ForecastModel {

    /** Series up to this length have their initial states estimated by maximum likelihood too. */
    static final int ESTIMATE_STATES_UP_TO = 200;

    /** Longer seasons are not modelled by ETS states (as in R, which ignores them above 24). */
    static final int MAX_SEASON = 24;

    private final List<EtsSpec> candidates;
    private final int maxEvaluations;

    public AutoEts(List<EtsSpec> candidates, int maxEvaluations) {
        this.candidates = List.copyOf(candidates);
        this.maxEvaluations = maxEvaluations;
    }

    /** R's default candidate set without multiplicative trends. */
    public static AutoEts full() {
        List<EtsSpec> specs = new ArrayList<>();
        for (Component error : Component.values()) {
            for (String trend : List.of("N", "A", "Ad")) {
                for (Component season : Component.values()) {
                    if (error == Component.NONE) {
                        continue;
                    }
                    Component t = trend.equals("N") ? Component.NONE : Component.ADDITIVE;
                    if (error == Component.ADDITIVE && season == Component.MULTIPLICATIVE) {
                        continue;
                    }
                    specs.add(new EtsSpec(error, t, trend.equals("Ad"), season));
                }
            }
        }
        return new AutoEts(specs, 2000);
    }

    /**
     * The candidates for long daily series, where every fit costs: level-and-season models, with and
     * without a damped trend, in both error forms.
     */
    public static AutoEts daily() {
        return new AutoEts(List.of(EtsSpec.parse("ANA"), EtsSpec.parse("AAdA"), EtsSpec.parse("MNM"),
                EtsSpec.parse("MAdM"), EtsSpec.parse("MNA"), EtsSpec.parse("ANN")), 400);
    }

    @Override
    public String name() {
        return "ETS";
    }

    @Override
    public EtsFit fit(double[] y, int period) {
        List<EtsFit> fits = fitAll(y, period);
        EtsFit best = null;
        for (EtsFit fit : fits) {
            if (best == null || fit.aicc() < best.aicc()) {
                best = fit;
            }
        }
        if (best == null) {
            throw new IllegalStateException("No ETS model could be fitted");
        }
        return best;
    }

    /** Every admissible candidate's fit. */
    public List<EtsFit> fitAll(double[] y, int period) {
        boolean positive = true;
        for (double v : y) {
            positive &= v > 0;
        }
        boolean seasonal = period > 1 && y.length >= 2 * period + 2;
        List<EtsFit> fits = new ArrayList<>();
        for (EtsSpec spec : candidates) {
            if ((spec.needsPositiveData() && !positive) || (spec.hasSeason() && !seasonal)) {
                continue;
            }
            int parameters = 2 + (spec.hasTrend() ? 2 : 0) + (spec.hasSeason() ? period : 0) + (spec.damped() ? 1 : 0);
            if (y.length <= parameters + 1) {
                continue;
            }
            EtsFit fit = new EtsEstimator(spec, period, y.length <= ESTIMATE_STATES_UP_TO, maxEvaluations).fit(y);
            if (fit != null && Double.isFinite(fit.aicc())) {
                fits.add(fit);
            }
        }
        if (fits.isEmpty() && y.length >= 3) {
            EtsFit simple = new EtsEstimator(EtsSpec.parse("ANN"), 1, true, maxEvaluations).fit(y);
            if (simple != null) {
                fits.add(simple);
            }
        }
        return fits;
    }
}
