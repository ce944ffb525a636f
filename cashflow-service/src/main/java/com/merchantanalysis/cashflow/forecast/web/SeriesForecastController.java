package com.merchantanalysis.cashflow.forecast.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.merchantanalysis.cashflow.forecast.domain.SeriesForecastService;
import com.merchantanalysis.cashflow.forecast.model.EngineResult;
import com.merchantanalysis.cashflow.forecast.model.ModelForecast;
import com.merchantanalysis.cashflow.forecast.web.SeriesForecastRequest.Frequency;
import com.merchantanalysis.common.text.Wording;
import com.merchantanalysis.common.web.InvalidFieldException;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cashflow")
@Tag(name = "Series forecasts", description = "The forecast engine on any series, stateless")
class SeriesForecastController {

    private final SeriesForecastService forecasts;
    private final MessageSource messages;

    SeriesForecastController(SeriesForecastService forecasts, MessageSource messages) {
        this.forecasts = forecasts;
        this.messages = messages;
    }

    @Operation(summary = "Forecast a posted series with prediction intervals")
    @PostMapping("/forecast")
    SeriesForecastResponse forecast(@Valid @RequestBody SeriesForecastRequest request, Locale locale) {
        Wording wording = new Wording(messages, locale);
        List<SeriesForecastRequest.Point> series = request.series();
        double[] y = new double[series.size()];
        // What the constraints cannot say: finite values, dates in order.
        for (int i = 0; i < y.length; i++) {
            SeriesForecastRequest.Point point = series.get(i);
            if (!Double.isFinite(point.value())) {
                throw new InvalidFieldException("series[" + i + "].value", wording.text("validation.series.finite"));
            }
            if (i > 0 && !point.date().isAfter(series.get(i - 1).date())) {
                throw new InvalidFieldException("series[" + i + "].date", wording.text("validation.series.sorted", i - 1));
            }
            y[i] = point.value();
        }
        Frequency frequency = request.frequency() == null ? Frequency.DAILY : request.frequency();
        int horizon = request.horizon() == null ? 30 : request.horizon();
        double[] levels = RequestChecks.levels(request.levels());
        int season = request.seasonLength() == null ? defaultSeason(frequency, y.length) : request.seasonLength();
        LocalDate first = series.get(0).date();
        LocalDate last = series.get(series.size() - 1).date();
        // Calendar effects need consecutive days; a daily series with gaps is forecast without them.
        boolean consecutive = frequency == Frequency.DAILY && last.toEpochDay() - first.toEpochDay() == y.length - 1;
        int origins = request.backtestOrigins() == null ? forecasts.defaultBacktestOrigins()
                : request.backtestOrigins();
        EngineResult result = forecasts.forecast(y, season, consecutive ? first : null, horizon, levels);
        ModelForecast forecast = result.best();
        AccuracyView accuracy = origins == 0 || result.fallback() ? null
                : AccuracyView.of(forecasts.backtest(y, season, consecutive ? first : null, horizon, origins, levels),
                        result.chosen(), "posted series");
        List<SeriesForecastResponse.Point> points = new ArrayList<>();
        for (int h = 0; h < horizon; h++) {
            int step = h;
            points.add(new SeriesForecastResponse.Point(next(last, frequency, h + 1), Numbers.value(forecast.mean()[h]),
                    Numbers.byLevel(levels, l -> Numbers.value(forecast.lower().get(l)[step])),
                    Numbers.byLevel(levels, l -> Numbers.value(forecast.upper().get(l)[step]))));
        }
        return new SeriesForecastResponse(points, forecast.model(), season, result.fallback(),
                note(result.shortHistory(), wording), accuracy);
    }

    /** Why no model was fitted, or null when one was. */
    private static String note(EngineResult.ShortHistory shortHistory, Wording wording) {
        if (shortHistory == null) {
            return null;
        }
        return wording.text(shortHistory.seasonal() ? "series.note.seasonalNaive" : "series.note.naive",
                shortHistory.observations(), shortHistory.needed());
    }

    private static int defaultSeason(Frequency frequency, int n) {
        return switch (frequency) {
            case DAILY -> 7;
            case WEEKLY -> n >= 104 ? 52 : 1;
            case MONTHLY -> 12;
        };
    }

    private static LocalDate next(LocalDate last, Frequency frequency, int steps) {
        return switch (frequency) {
            case DAILY -> last.plusDays(steps);
            case WEEKLY -> last.plusWeeks(steps);
            case MONTHLY -> last.plusMonths(steps);
        };
    }
}
