package com.merchantanalysis.compliance.outlook.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import com.merchantanalysis.common.data.LicenceKind;
import com.merchantanalysis.compliance.outlook.domain.Outlook;
import com.merchantanalysis.compliance.outlook.domain.RatioForecast;
import com.merchantanalysis.compliance.web.FindingTexts;
import com.merchantanalysis.common.text.Wording;

/**
 * Near misses over the recent period ({@code nearMissFrom}..{@code asOf}), forecasts of next month's ratios
 * crossing their thresholds, and days until each licence expires as of {@code licencesAsOf} (today).
 */
record OutlookResponse(String merchantId, long dataVersion, LocalDate asOf, LocalDate nearMissFrom,
        List<NearMissView> nearMisses, List<ForecastView> forecasts, LocalDate licencesAsOf,
        List<LicenceView> licences) {

    record NearMissView(String ruleId, int ruleVersion, String title, String detail, LocalDate from, LocalDate to,
            BigDecimal measured, BigDecimal threshold, String unit, int evidenceCount) {
    }

    record ForecastView(String ruleId, int ruleVersion, YearMonth month, String line, BigDecimal threshold,
            BigDecimal lastRatio, BigDecimal expectedRatio, BigDecimal trendPerMonth, int monthsOfHistory,
            BigDecimal probability) {

        static ForecastView of(RatioForecast f, String line) {
            return new ForecastView(f.ruleId(), f.ruleVersion(), f.month(), line, f.threshold(), f.lastRatio(),
                    f.expected(), f.trendPerMonth(), f.monthsOfHistory(), f.probability());
        }
    }

    record LicenceView(LicenceKind kind, String number, LocalDate validUntil, long daysUntilExpiry, String status) {
    }

    static OutlookResponse of(Outlook o, FindingTexts texts, Wording wording, Locale locale) {
        return new OutlookResponse(o.merchantId(), o.dataVersion(), o.asOf(), o.nearMissFrom(),
                o.nearMisses().stream().map(n -> {
                    var worded = texts.of(n, locale);
                    return new NearMissView(n.ruleId(), n.ruleVersion(), worded.title(), worded.detail(), n.from(),
                            n.to(), n.measured(), n.threshold(), n.unit(), n.evidenceCount());
                }).toList(),
                o.forecasts().stream().map(f -> ForecastView.of(f, wording.render(f.line()))).toList(),
                o.licencesAsOf(),
                o.licences().stream().map(l -> new LicenceView(l.kind(), l.number(), l.validUntil(),
                        l.daysRemaining(), l.status())).toList());
    }
}
