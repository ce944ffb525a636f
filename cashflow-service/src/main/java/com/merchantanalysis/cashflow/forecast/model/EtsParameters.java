package com.merchantanalysis.cashflow.forecast.model;

/**
 * Smoothing parameters and initial states of an ETS model, in R's state-space convention
 * ({@code beta = alpha * beta*}, {@code gamma = (1 - alpha) * gamma*}).
 *
 * @param seasons  initial seasonal states, most recent first: {@code seasons[m-1]} applies to the
 *                 first observation (R's {@code s[-1] .. s[-m]} order, reversed index)
 */
public record EtsParameters(double alpha, double beta, double gamma, double phi, double level, double trend,
        double[] seasons) {
}
