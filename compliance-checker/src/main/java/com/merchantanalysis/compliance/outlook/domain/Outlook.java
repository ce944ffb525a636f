package com.merchantanalysis.compliance.outlook.domain;

import java.time.LocalDate;
import java.util.List;

import com.merchantanalysis.compliance.engine.Finding;
import com.merchantanalysis.compliance.licence.domain.LicenceFinding;

/** What is close to a line now, and what may cross one next month. */
public record Outlook(String merchantId, long dataVersion, LocalDate asOf, LocalDate nearMissFrom,
        List<Finding> nearMisses, List<RatioForecast> forecasts, LocalDate licencesAsOf,
        List<LicenceFinding> licences) {
}
