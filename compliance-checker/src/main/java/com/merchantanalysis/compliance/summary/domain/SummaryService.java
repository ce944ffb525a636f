package com.merchantanalysis.compliance.summary.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.merchantanalysis.common.cache.MerchantCache;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.MerchantReader;
import com.merchantanalysis.common.period.ReportingPeriod;
import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.compliance.check.domain.CheckService;
import com.merchantanalysis.compliance.engine.EngineResult;
import com.merchantanalysis.compliance.engine.Finding;

import org.springframework.stereotype.Service;

/** The compliance summary for the gateway: computed with the rules in force, cached per merchant, data and period. */
@Service
public class SummaryService {

    /** Average days in a month, to turn a period's amounts into per-month ones. */
    private static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.4375");

    private final MerchantReader merchants;
    private final CheckService checks;
    private final MerchantCache cache;
    private final SummarySettings settings;

    SummaryService(MerchantReader merchants, CheckService checks, MerchantCache cache, SummarySettings settings) {
        this.merchants = merchants;
        this.checks = checks;
        this.cache = cache;
        this.settings = settings;
    }

    public ComplianceSummary summary(Caller caller, String merchantId, LocalDate from, LocalDate to) {
        MerchantDocument merchant = merchants.require(caller, merchantId);
        ReportingPeriod period = checks.periodOrDefault(merchant, from, to);
        return cache.get("summary", merchant, MerchantCache.parameters(period.from(), period.to()),
                ComplianceSummary.class,
                () -> summarise(merchant, checks.evaluate(merchant, period, checks.selection(null))));
    }

    ComplianceSummary summarise(MerchantDocument merchant, EngineResult result) {
        List<ComplianceSummary.TopFinding> top = result.findings().stream().limit(settings.topFindings())
                .map(f -> new ComplianceSummary.TopFinding(f.ruleId(), f.ruleVersion(), f.severity().name(), f.title(),
                        f.detail()))
                .toList();
        BigDecimal months = BigDecimal.valueOf(ChronoUnit.DAYS.between(result.from(), result.to()) + 1)
                .divide(DAYS_PER_MONTH, 6, RoundingMode.HALF_UP);
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        result.findings().forEach(f -> byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f));
        List<ComplianceSummary.Action> actions = new ArrayList<>();
        for (List<Finding> findings : byRule.values()) {
            Finding first = findings.get(0);
            BigDecimal total = findings.stream().map(Finding::totalAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            String evidence = findings.size() == 1 ? first.detail()
                    : findings.size() + " findings; most severe: " + first.detail();
            actions.add(new ComplianceSummary.Action(firstSentence(first.howToFix()),
                    first.dimension().name().toLowerCase(Locale.ROOT),
                    total.divide(months, 2, RoundingMode.HALF_UP), evidence,
                    settings.confidence().getOrDefault(first.severity(), 0.5)));
        }
        return new ComplianceSummary(merchant.id(), merchant.dataVersion(), result.from(), result.to(),
                result.risk().score(), result.risk().level(), top, actions);
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }
}
