package com.merchantanalysis.cashflow.forecast.model;

/** An ETS model with estimated parameters. */
public final class EtsFit implements FittedModel {

    private final EtsSpec spec;
    private final EtsFilter filter;
    private final EtsParameters parameters;
    private final EtsFilter.Pass pass;
    private final int n;
    private final int parameterCount;
    private final double[] y;

    EtsFit(EtsSpec spec, EtsFilter filter, EtsParameters parameters, EtsFilter.Pass pass, double[] y,
            int parameterCount) {
        this.y = y;
        this.spec = spec;
        this.filter = filter;
        this.parameters = parameters;
        this.pass = pass;
        this.n = y.length;
        this.parameterCount = parameterCount;
    }

    public EtsSpec spec() {
        return spec;
    }

    public EtsParameters parameters() {
        return parameters;
    }

    /** R's log-likelihood convention: {@code -0.5 * lik}, without the constant. */
    public double logLikelihood() {
        return -0.5 * pass.lik();
    }

    public double aic() {
        return pass.lik() + 2.0 * parameterCount;
    }

    @Override
    public double aicc() {
        double k = parameterCount;
        return n - k - 1 > 0 ? aic() + 2 * k * (k + 1) / (n - k - 1) : Double.POSITIVE_INFINITY;
    }

    /** R's {@code sigma2}: the error variance with the parameters' degrees of freedom taken out. */
    public double sigma2() {
        return pass.sse() / (n - (parameterCount - 1));
    }

    @Override
    public String name() {
        return spec.label();
    }

    @Override
    public double[] forecast(int horizon) {
        return filter.forecast(pass.end(), parameters.phi(), horizon);
    }

    @Override
    public double[] fitted() {
        return pass.fitted().clone();
    }

    @Override
    public double[] psi(int horizon) {
        return filter.psi(parameters, horizon);
    }

    @Override
    public int estimatedCount() {
        return parameterCount - 1;
    }

    @Override
    public double[][] originForecasts(int horizon, int from) {
        return filter.originForecasts(parameters, y, horizon, from);
    }

    /** Runs given parameters through the filter (for comparing the recursions with a reference). */
    public static EtsFit withParameters(EtsSpec spec, int period, EtsParameters parameters, double[] y) {
        EtsFilter filter = new EtsFilter(spec, period);
        EtsFilter.Pass pass = filter.run(parameters, y, true);
        int m = spec.hasSeason() ? period : 1;
        int count = 1 + (spec.hasTrend() ? 1 : 0) + (spec.hasSeason() ? 1 : 0) + (spec.damped() ? 1 : 0)
                + 1 + (spec.hasTrend() ? 1 : 0) + (spec.hasSeason() ? m - 1 : 0) + 1;
        return new EtsFit(spec, filter, parameters, pass, y, count);
    }
}
