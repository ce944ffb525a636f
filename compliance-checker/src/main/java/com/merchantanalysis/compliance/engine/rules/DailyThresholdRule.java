package com.merchantanalysis.compliance.engine.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;

import com.merchantanalysis.compliance.engine.ComplianceRule;
import com.merchantanalysis.compliance.engine.DayTotal;
import com.merchantanalysis.compliance.engine.EvaluationContext;
import com.merchantanalysis.compliance.engine.PeriodAggregates;
import com.merchantanalysis.compliance.rules.model.RuleVersion;
import com.merchantanalysis.common.text.Message;
import com.merchantanalysis.common.text.Message.Arg;

/**
 * A PBOC Order No. 3 large-value indicator: one day's movements of a kind, single or added up, at or above
 * {@code thresholdYuan}. Days at or above {@code nearMissRatio} of it show as near misses.
 */
abstract class DailyThresholdRule implements ComplianceRule {

    static final String THRESHOLD = "thresholdYuan";
    static final String NEAR_MISS_RATIO = "nearMissRatio";

    @Override
    public List<String> requiredParameters() {
        return List.of(THRESHOLD, NEAR_MISS_RATIO);
    }

    /** The per-day totals this rule reads from the shared aggregates. */
    abstract NavigableMap<LocalDate, DayTotal> days(PeriodAggregates data);

    /** The bundle key naming what is added up, e.g. cash deposits and withdrawals. */
    abstract String movements();

    @Override
    public void evaluate(EvaluationContext context) {
        for (DayTotal day : days(context.data()).values()) {
            RuleVersion version = context.version(id(), day.date()).orElse(null);
            if (version == null) {
                continue;
            }
            BigDecimal threshold = version.parameters().money(THRESHOLD);
            long limit = Texts.cents(threshold);
            BigDecimal total = BigDecimal.valueOf(day.cents(), 2);
            if (day.cents() >= limit) {
                context.finding(version, day.date(), day.date())
                        .measured(total, threshold, "CNY")
                        .facts(Message.of("finding.daily-threshold", Arg.label(movements()), Texts.yuan(day.cents()),
                                Arg.date(day.date()), Arg.number(day.transactions().size()), Texts.yuan(threshold)))
                        .report(day.transactions());
            } else if (BigDecimal.valueOf(day.cents()).compareTo(
                    threshold.multiply(version.parameters().decimal(NEAR_MISS_RATIO)).movePointRight(2)) >= 0) {
                context.nearMiss(version, day.date(), day.date())
                        .measured(total, threshold, "CNY")
                        .facts(Message.of("finding.daily-threshold.near", Arg.label(movements()),
                                Texts.yuan(day.cents()), Arg.date(day.date()), Arg.number(day.transactions().size()),
                                Texts.yuan(threshold), Texts.yuan(limit - day.cents())))
                        .report(day.transactions());
            }
        }
    }
}
