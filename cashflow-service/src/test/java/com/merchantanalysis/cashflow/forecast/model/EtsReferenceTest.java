package com.merchantanalysis.cashflow.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Our ETS against R's {@code forecast::ets} on two classic series (fpp2's oil and austourists; data,
 * reference values and their source in {@code reference/r-forecast-ets.json}).
 *
 * <p>Tolerances: with R's parameters our recursions give R's residuals to 1e-5 (relative) and R's
 * sigma² to 1e-4; fitting ourselves, our log-likelihood is at least R's minus 0.05 (we may find a
 * better optimum, never a clearly worse one), our AICc at most R's plus 0.1, and our forecasts within
 * 2% of R's for the first four steps.
 */
class EtsReferenceTest {

    record Case(String name, double[] y, int period, EtsSpec spec, EtsParameters r, double sigma2, double[] forecast,
            double[] firstResiduals) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() throws IOException {
        JsonNode root;
        try (InputStream in = EtsReferenceTest.class.getResourceAsStream("/reference/r-forecast-ets.json")) {
            root = JsonMapper.builder().build().readTree(in);
        }
        List<Case> cases = new ArrayList<>();
        for (JsonNode fit : root.get("fits")) {
            JsonNode series = root.get("series").get(fit.get("series").asString());
            int period = series.get("period").asInt();
            EtsSpec spec = EtsSpec.parse(fit.get("model").asString());
            double[] init = doubles(fit.get("initstate"));
            int m = spec.hasSeason() ? period : 1;
            double[] seasons = new double[spec.hasSeason() ? m : 0];
            int offset = spec.hasTrend() ? 2 : 1;
            for (int j = 0; j < seasons.length; j++) {
                seasons[j] = init[offset + j];
            }
            EtsParameters r = new EtsParameters(fit.get("alpha").asDouble(),
                    fit.has("beta") ? fit.get("beta").asDouble() : 0, fit.has("gamma") ? fit.get("gamma").asDouble() : 0,
                    fit.has("phi") ? fit.get("phi").asDouble() : 1, init[0], spec.hasTrend() ? init[1] : 0, seasons);
            cases.add(new Case(fit.get("series").asString() + " " + spec.label(), doubles(series.get("values")), period,
                    spec, r, fit.get("sigma2").asDouble(),
                    fit.get("forecast").isNull() ? null : doubles(fit.get("forecast")), doubles(fit.get("firstResiduals"))));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void withRsParametersOurRecursionsGiveRsResidualsAndVariance(Case c) {
        EtsFit atR = EtsFit.withParameters(c.spec(), c.period(), c.r(), c.y());
        double[] fitted = atR.fitted();
        for (int t = 0; t < c.firstResiduals().length; t++) {
            double e = c.spec().error() == EtsSpec.Component.ADDITIVE ? c.y()[t] - fitted[t]
                    : (c.y()[t] - fitted[t]) / fitted[t];
            assertThat(e).isCloseTo(c.firstResiduals()[t], within(1e-5 * Math.max(1, Math.abs(e))));
        }
        assertThat(atR.sigma2()).isCloseTo(c.sigma2(), within(1e-4 * c.sigma2()));
        if (c.forecast() != null) {
            double[] f = atR.forecast(4);
            for (int h = 0; h < 4; h++) {
                assertThat(f[h]).isCloseTo(c.forecast()[h], within(1e-4 * Math.abs(c.forecast()[h])));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ourMaximumLikelihoodFitIsAtLeastAsGoodAsRsAndForecastsAlike(Case c) {
        EtsFit atR = EtsFit.withParameters(c.spec(), c.period(), c.r(), c.y());
        EtsFit ours = new EtsEstimator(c.spec(), c.period(), true, 4000).fit(c.y());

        System.out.printf("%s: R loglik %.4f aicc %.4f alpha %.4f | ours loglik %.4f aicc %.4f %s%n", c.name(),
                atR.logLikelihood(), atR.aicc(), c.r().alpha(), ours.logLikelihood(), ours.aicc(), ours.parameters());
        assertThat(ours.logLikelihood()).isGreaterThanOrEqualTo(atR.logLikelihood() - 0.05);
        assertThat(ours.aicc()).isLessThanOrEqualTo(atR.aicc() + 0.1);
        if (c.forecast() != null) {
            double[] f = ours.forecast(4);
            for (int h = 0; h < 4; h++) {
                assertThat(f[h]).isCloseTo(c.forecast()[h], within(0.02 * Math.abs(c.forecast()[h])));
            }
        }
    }

    private static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asDouble();
        }
        return out;
    }
}
