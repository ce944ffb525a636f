package com.merchantanalysis.compliance.summary.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
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
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        result.findings().forEach(f -> byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f));
        List<ComplianceSummary.RiskAction> risks = new ArrayList<>();
        for (List<Finding> findings : byRule.values()) {
            Finding first = findings.get(0);
            BigDecimal total = findings.stream().map(Finding::totalAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            String evidence = (findings.size() == 1 ? first.detail()
                    : findings.size() + " findings; most severe: " + first.detail())
                    + " Money involved over the period: ¥" + String.format(Locale.ROOT, "%,.2f", total) + ".";
            risks.add(new ComplianceSummary.RiskAction(firstSentence(first.howToFix()),
                    first.dimension().name().toLowerCase(Locale.ROOT), first.severity().name(), evidence));
        }
        return new ComplianceSummary(merchant.id(), merchant.dataVersion(), result.from(), result.to(),
                result.risk().score(), result.risk().level(), top, risks);
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }
}
